/**
 * The `ProjectApiKey` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ProjectApiKeyOwnerServiceAccount } from "./ProjectApiKeyOwnerServiceAccount.ts"
import type { ProjectApiKeyOwnerUser } from "./ProjectApiKeyOwnerUser.ts"

export interface ProjectApiKey {
  readonly object: "organization.project.api_key"
  readonly redacted_value: string
  readonly name: string
  /** @format unixtime */
  readonly created_at: number
  /** @format unixtime */
  readonly last_used_at: number | null
  readonly id: string
  readonly owner_project_access: "active" | "inactive"
  readonly owner: {
    readonly type?: "user" | "service_account" | undefined
    readonly user?: ProjectApiKeyOwnerUser | undefined
    readonly service_account?: ProjectApiKeyOwnerServiceAccount | undefined
  }
}
