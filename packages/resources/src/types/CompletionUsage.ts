/**
 * The `CompletionUsage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CompletionUsage {
  /** @default 0 */
  readonly completion_tokens: number
  /** @default 0 */
  readonly prompt_tokens: number
  /** @default 0 */
  readonly total_tokens: number
  readonly completion_tokens_details?: {
    /** @default 0 */
    readonly accepted_prediction_tokens?: number | undefined
    /** @default 0 */
    readonly audio_tokens?: number | undefined
    /** @default 0 */
    readonly reasoning_tokens?: number | undefined
    readonly text_tokens?: number | undefined
    /** @default 0 */
    readonly rejected_prediction_tokens?: number | undefined
  } | undefined
  readonly prompt_tokens_details?: {
    /** @default 0 */
    readonly audio_tokens?: number | undefined
    /** @default 0 */
    readonly cached_tokens?: number | undefined
    readonly text_tokens?: number | undefined
    readonly image_tokens?: number | undefined
    /** @default 0 */
    readonly cache_write_tokens?: number | undefined
  } | undefined
}
