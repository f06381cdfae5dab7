/**
 * The `AuditLogActorApiKey` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AuditLogActorServiceAccount } from "./AuditLogActorServiceAccount.ts"
import type { AuditLogActorUser } from "./AuditLogActorUser.ts"

export interface AuditLogActorApiKey {
  readonly id?: string | undefined
  readonly type?: "user" | "service_account" | undefined
  readonly user?: AuditLogActorUser | undefined
  readonly service_account?: AuditLogActorServiceAccount | undefined
}
