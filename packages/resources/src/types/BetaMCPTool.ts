/**
 * The `BetaMCPTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCallableToolAllowedCaller } from "./BetaCallableToolAllowedCaller.ts"
import type { BetaMCPToolFilter } from "./BetaMCPToolFilter.ts"

export interface BetaMCPTool {
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
  readonly allowed_tools?: ReadonlyArray<string> | BetaMCPToolFilter | null | undefined
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<BetaCallableToolAllowedCaller> | null | undefined
  /** @default "always" */
  readonly require_approval?:
    | {
      readonly always?: BetaMCPToolFilter | undefined
      readonly never?: BetaMCPToolFilter | undefined
    }
    | "always"
    | "never"
    | null
    | undefined
  readonly defer_loading?: boolean | undefined
}
