/**
 * The `BetaMCPListTools` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaMCPListToolsTool } from "./BetaMCPListToolsTool.ts"

export interface BetaMCPListTools {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "mcp_list_tools"
  readonly id: string
  readonly server_label: string
  readonly tools: ReadonlyArray<BetaMCPListToolsTool>
  readonly error?: string | null | undefined
}
