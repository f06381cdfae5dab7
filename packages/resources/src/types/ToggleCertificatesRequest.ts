/**
 * The `ToggleCertificatesRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ToggleCertificatesRequest {
  /**
   * @minItems 1
   * @maxItems 10
   */
  readonly certificate_ids: ReadonlyArray<string>
}
