/**
 * The `BetaMCPApprovalRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaMCPApprovalRequest {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "mcp_approval_request"
  readonly id: string
  readonly server_label: string
  readonly name: string
  readonly arguments: string
}
