/**
 * The `GroupUserAssignment` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface GroupUserAssignment {
  readonly object: "group.user"
  readonly user_id: string
  readonly group_id: string
}
