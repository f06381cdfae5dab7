/**
 * The `BetaWebSearchApproximateLocation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type BetaWebSearchApproximateLocation = {
  /** @default "approximate" */
  readonly type?: "approximate" | undefined
  readonly country?: string | null | undefined
  readonly region?: string | null | undefined
  readonly city?: string | null | undefined
  readonly timezone?: string | null | undefined
} | null
