/**
 * The `BetaContextManagementParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaContextManagementParam {
  readonly type: string
  /** @minimum 1000 */
  readonly compact_threshold?: number | null | undefined
}
