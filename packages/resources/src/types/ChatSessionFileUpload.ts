/**
 * The `ChatSessionFileUpload` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ChatSessionFileUpload {
  readonly enabled: boolean
  readonly max_file_size: number | null
  readonly max_files: number | null
}
