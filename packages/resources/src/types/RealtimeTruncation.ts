/**
 * The `RealtimeTruncation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type RealtimeTruncation = "auto" | "disabled" | {
  readonly type: "retention_ratio"
  /**
   * @minimum 0
   * @maximum 1
   */
  readonly retention_ratio: number
  readonly token_limits?: {
    /** @minimum 0 */
    readonly post_instructions?: number | undefined
  } | undefined
}
