/**
 * The `MCPTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CallableToolAllowedCaller } from "./CallableToolAllowedCaller.ts"
import type { MCPToolFilter } from "./MCPToolFilter.ts"

export interface MCPTool {
  readonly type: "mcp"
  readonly server_label: string
  /** @format uri */
  readonly server_url?: string | undefined
  readonly connector_id?:
    | "connector_dropbox"
    | "connector_gmail"
    | "connector_googlecalendar"
    | "connector_googledrive"
    | "connector_microsoftteams"
    | "connector_outlookcalendar"
    | "connector_outlookemail"
    | "connector_sharepoint"
    | undefined
  /** @pattern ^tunnel_[a-z0-9]{32}$ */
  readonly tunnel_id?: string | undefined
  readonly authorization?: string | undefined
  readonly server_description?: string | undefined
  readonly headers?: { readonly [key: string]: string } | null | undefined
  readonly allowed_tools?: ReadonlyArray<string> | MCPToolFilter | null | undefined
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<CallableToolAllowedCaller> | null | undefined
  /** @default "always" */
  readonly require_approval?:
    | {
      readonly always?: MCPToolFilter | undefined
      readonly never?: MCPToolFilter | undefined
    }
    | "always"
    | "never"
    | null
    | undefined
  readonly defer_loading?: boolean | undefined
}
