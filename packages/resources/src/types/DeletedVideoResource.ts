/**
 * The `DeletedVideoResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface DeletedVideoResource {
  /** @default "video.deleted" */
  readonly object: "video.deleted"
  readonly deleted: boolean
  readonly id: string
}
