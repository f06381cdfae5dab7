/**
 * The `MessageDeltaContentImageFileObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface MessageDeltaContentImageFileObject {
  readonly index: number
  readonly type: "image_file"
  readonly image_file?: {
    readonly file_id?: string | undefined
    /** @default "auto" */
    readonly detail?: "auto" | "low" | "high" | undefined
  } | undefined
}
