/**
 * The `MessageContentTextAnnotationsFilePathObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface MessageContentTextAnnotationsFilePathObject {
  readonly type: "file_path"
  readonly text: string
  readonly file_path: {
    readonly file_id: string
  }
  /** @minimum 0 */
  readonly start_index: number
  /** @minimum 0 */
  readonly end_index: number
}
