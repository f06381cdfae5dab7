/**
 * The `UploadPart` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UploadPart {
  readonly id: string
  /** @format unixtime */
  readonly created_at: number
  readonly upload_id: string
  readonly object: "upload.part"
}
