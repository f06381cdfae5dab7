/**
 * The `RealtimeMCPToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeMCPHTTPError } from "./RealtimeMCPHTTPError.ts"
import type { RealtimeMCPProtocolError } from "./RealtimeMCPProtocolError.ts"
import type { RealtimeMCPToolExecutionError } from "./RealtimeMCPToolExecutionError.ts"

export interface RealtimeMCPToolCall {
  readonly type: "mcp_call"
  readonly id: string
  readonly server_label: string
  readonly name: string
  readonly arguments: string
  readonly approval_request_id?: string | null | undefined
  readonly output?: string | null | undefined
  readonly error?: RealtimeMCPProtocolError | RealtimeMCPToolExecutionError | RealtimeMCPHTTPError | null | undefined
}
