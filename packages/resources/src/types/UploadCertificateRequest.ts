/**
 * The `UploadCertificateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UploadCertificateRequest {
  readonly name?: string | undefined
  readonly certificate: string
}
