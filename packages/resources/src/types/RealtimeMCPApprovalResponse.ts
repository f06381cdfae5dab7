/**
 * The `RealtimeMCPApprovalResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeMCPApprovalResponse {
  readonly type: "mcp_approval_response"
  readonly id: string
  readonly approval_request_id: string
  readonly approve: boolean
  readonly reason?: string | null | undefined
}
