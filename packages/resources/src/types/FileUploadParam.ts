/**
 * The `FileUploadParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface FileUploadParam {
  readonly enabled?: boolean | undefined
  /**
   * @minimum 1
   * @maximum 512
   */
  readonly max_file_size?: number | undefined
  /** @minimum 1 */
  readonly max_files?: number | undefined
}
