/**
 * The `TranscriptTextUsageTokens` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface TranscriptTextUsageTokens {
  readonly type: "tokens"
  readonly input_tokens: number
  readonly input_token_details?: {
    readonly text_tokens?: number | undefined
    readonly audio_tokens?: number | undefined
  } | undefined
  readonly output_tokens: number
  readonly total_tokens: number
}
