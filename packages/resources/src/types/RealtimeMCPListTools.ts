/**
 * The `RealtimeMCPListTools` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MCPListToolsTool } from "./MCPListToolsTool.ts"

export interface RealtimeMCPListTools {
  readonly type: "mcp_list_tools"
  readonly id?: string | undefined
  readonly server_label: string
  readonly tools: ReadonlyArray<MCPListToolsTool>
}
