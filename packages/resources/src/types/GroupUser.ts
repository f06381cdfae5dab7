/**
 * The `GroupUser` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface GroupUser {
  readonly id: string
  readonly name: string
  readonly email: string | null
}
