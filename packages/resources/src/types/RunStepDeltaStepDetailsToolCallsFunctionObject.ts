/**
 * The `RunStepDeltaStepDetailsToolCallsFunctionObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RunStepDeltaStepDetailsToolCallsFunctionObject {
  readonly index: number
  readonly id?: string | undefined
  readonly type: "function"
  readonly function?: {
    readonly name?: string | undefined
    readonly arguments?: string | undefined
    readonly output?: string | null | undefined
  } | undefined
}
