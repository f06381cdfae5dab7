/**
 * The `MCPToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MCPToolCallError } from "./MCPToolCallError.ts"
import type { MCPToolCallStatus } from "./MCPToolCallStatus.ts"

export interface MCPToolCall {
  readonly type: "mcp_call"
  readonly id: string
  readonly server_label: string
  readonly name: string
  readonly arguments: string
  readonly output?: string | null | undefined
  readonly error?: MCPToolCallError | null | undefined
  readonly status?: MCPToolCallStatus | undefined
  readonly approval_request_id?: string | null | undefined
}
