/**
 * The `BetaApproximateLocation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaApproximateLocation {
  /** @default "approximate" */
  readonly type: "approximate"
  readonly country?: string | null | undefined
  readonly region?: string | null | undefined
  readonly city?: string | null | undefined
  readonly timezone?: string | null | undefined
}
