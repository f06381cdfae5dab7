/**
 * The `InviteRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface InviteRequest {
  readonly email: string
  readonly role: "reader" | "owner"
  readonly projects?:
    | ReadonlyArray<{
      readonly id: string
      readonly role: "member" | "owner"
    }>
    | undefined
}
