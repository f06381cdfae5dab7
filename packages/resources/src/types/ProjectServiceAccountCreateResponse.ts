/**
 * The `ProjectServiceAccountCreateResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ProjectServiceAccountApiKey } from "./ProjectServiceAccountApiKey.ts"

export interface ProjectServiceAccountCreateResponse {
  readonly object: "organization.project.service_account"
  readonly id: string
  readonly name: string
  readonly role: "member" | "none"
  /** @format unixtime */
  readonly created_at: number
  readonly api_key: ProjectServiceAccountApiKey | null
}
