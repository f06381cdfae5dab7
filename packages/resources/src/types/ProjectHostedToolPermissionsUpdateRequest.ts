/**
 * The `ProjectHostedToolPermissionsUpdateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { HostedToolPermissionUpdate } from "./HostedToolPermissionUpdate.ts"

export interface ProjectHostedToolPermissionsUpdateRequest {
  readonly file_search?: HostedToolPermissionUpdate | null | undefined
  readonly web_search?: HostedToolPermissionUpdate | null | undefined
  readonly image_generation?: HostedToolPermissionUpdate | null | undefined
  readonly mcp?: HostedToolPermissionUpdate | null | undefined
  readonly code_interpreter?: HostedToolPermissionUpdate | null | undefined
}
