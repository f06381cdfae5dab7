/**
 * The `DeleteCertificateResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface DeleteCertificateResponse {
  readonly object: "certificate.deleted"
  readonly id: string
}
