/**
 * The `BetaComputerCallSafetyCheckParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaComputerCallSafetyCheckParam {
  readonly id: string
  readonly code?: string | null | undefined
  readonly message?: string | null | undefined
}
