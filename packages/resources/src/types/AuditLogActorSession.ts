/**
 * The `AuditLogActorSession` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AuditLogActorUser } from "./AuditLogActorUser.ts"

export interface AuditLogActorSession {
  readonly user?: AuditLogActorUser | undefined
  readonly ip_address?: string | undefined
}
