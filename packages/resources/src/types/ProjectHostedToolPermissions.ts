/**
 * The `ProjectHostedToolPermissions` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { HostedToolPermission } from "./HostedToolPermission.ts"

export interface ProjectHostedToolPermissions {
  readonly file_search: HostedToolPermission
  readonly web_search: HostedToolPermission
  readonly image_generation: HostedToolPermission
  readonly mcp: HostedToolPermission
  readonly code_interpreter: HostedToolPermission
}
