/**
 * The `RealtimeMCPProtocolError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeMCPProtocolError {
  readonly type: "protocol_error"
  readonly code: number
  readonly message: string
}
