/**
 * The `BetaMultiAgentParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaMultiAgentParam {
  readonly enabled: boolean
  /** @minimum 1 */
  readonly max_concurrent_subagents?: number | undefined
}
