/**
 * The `HistoryParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface HistoryParam {
  readonly enabled?: boolean | undefined
  /** @minimum 1 */
  readonly recent_threads?: number | undefined
}
