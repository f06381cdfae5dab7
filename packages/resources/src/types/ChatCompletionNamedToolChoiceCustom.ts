/**
 * The `ChatCompletionNamedToolChoiceCustom` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ChatCompletionNamedToolChoiceCustom {
  readonly type: "custom"
  readonly custom: {
    readonly name: string
  }
}
