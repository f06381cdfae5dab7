/**
 * The `CompleteUploadRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CompleteUploadRequest {
  readonly part_ids: ReadonlyArray<string>
  readonly md5?: string | undefined
}
