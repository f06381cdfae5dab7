/**
 * The `WebSearchLocation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface WebSearchLocation {
  readonly country?: string | undefined
  readonly region?: string | undefined
  readonly city?: string | undefined
  readonly timezone?: string | undefined
}
