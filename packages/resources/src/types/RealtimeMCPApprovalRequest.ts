/**
 * The `RealtimeMCPApprovalRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeMCPApprovalRequest {
  readonly type: "mcp_approval_request"
  readonly id: string
  readonly server_label: string
  readonly name: string
  readonly arguments: string
}
