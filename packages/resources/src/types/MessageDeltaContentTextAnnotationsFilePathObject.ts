/**
 * The `MessageDeltaContentTextAnnotationsFilePathObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface MessageDeltaContentTextAnnotationsFilePathObject {
  readonly index: number
  readonly type: "file_path"
  readonly text?: string | undefined
  readonly file_path?: {
    readonly file_id?: string | undefined
  } | undefined
  /** @minimum 0 */
  readonly start_index?: number | undefined
  /** @minimum 0 */
  readonly end_index?: number | undefined
}
