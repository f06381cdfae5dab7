/**
 * The `AuditLogActorUser` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface AuditLogActorUser {
  readonly id?: string | undefined
  readonly email?: string | undefined
}
