/**
 * The `BetaMCPProtocolError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaMCPProtocolError {
  /** @default "mcp_protocol_error" */
  readonly type: "mcp_protocol_error"
  readonly code: number
  readonly message: string
}
