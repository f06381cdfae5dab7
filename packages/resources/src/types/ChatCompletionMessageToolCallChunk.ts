/**
 * The `ChatCompletionMessageToolCallChunk` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ChatCompletionMessageToolCallChunk {
  readonly index: number
  readonly id?: string | undefined
  readonly type?: "function" | undefined
  readonly function?: {
    readonly name?: string | undefined
    readonly arguments?: string | undefined
  } | undefined
}
