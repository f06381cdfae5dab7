/**
 * The `BetaMCPApprovalResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaMCPApprovalResponse {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "mcp_approval_response"
  readonly id?: string | null | undefined
  readonly approval_request_id: string
  readonly approve: boolean
  readonly reason?: string | null | undefined
}
