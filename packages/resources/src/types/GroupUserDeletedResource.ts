/**
 * The `GroupUserDeletedResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface GroupUserDeletedResource {
  readonly object: "group.user.deleted"
  readonly deleted: boolean
}
