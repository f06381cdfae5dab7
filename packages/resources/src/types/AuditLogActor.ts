/**
 * The `AuditLogActor` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AuditLogActorApiKey } from "./AuditLogActorApiKey.ts"
import type { AuditLogActorSession } from "./AuditLogActorSession.ts"

export interface AuditLogActor {
  readonly type?: "session" | "api_key" | undefined
  readonly session?: AuditLogActorSession | undefined
  readonly api_key?: AuditLogActorApiKey | undefined
}
