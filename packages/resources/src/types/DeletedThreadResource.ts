/**
 * The `DeletedThreadResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface DeletedThreadResource {
  readonly id: string
  /** @default "chatkit.thread.deleted" */
  readonly object: "chatkit.thread.deleted"
  readonly deleted: boolean
}
