/**
 * The `UserDeleteResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UserDeleteResponse {
  readonly object: "organization.user.deleted"
  readonly id: string
  readonly deleted: boolean
}
