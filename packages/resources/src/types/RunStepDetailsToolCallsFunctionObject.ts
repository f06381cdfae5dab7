/**
 * The `RunStepDetailsToolCallsFunctionObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RunStepDetailsToolCallsFunctionObject {
  readonly id: string
  readonly type: "function"
  readonly function: {
    readonly name: string
    readonly arguments: string
    readonly output: string | null
  }
}
