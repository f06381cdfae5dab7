/**
 * The `BetaMCPToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaMCPToolCallError } from "./BetaMCPToolCallError.ts"
import type { BetaMCPToolCallStatus } from "./BetaMCPToolCallStatus.ts"

export interface BetaMCPToolCall {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "mcp_call"
  readonly id: string
  readonly server_label: string
  readonly name: string
  readonly arguments: string
  readonly output?: string | null | undefined
  readonly error?: BetaMCPToolCallError | null | undefined
  readonly status?: BetaMCPToolCallStatus | undefined
  readonly approval_request_id?: string | null | undefined
}
