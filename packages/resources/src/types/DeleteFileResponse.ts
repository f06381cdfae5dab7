/**
 * The `DeleteFileResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface DeleteFileResponse {
  readonly id: string
  readonly object: "file"
  readonly deleted: boolean
}
