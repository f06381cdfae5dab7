/**
 * The `BetaLocalShellToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaLocalShellExecAction } from "./BetaLocalShellExecAction.ts"

export interface BetaLocalShellToolCall {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "local_shell_call"
  readonly id: string
  readonly call_id: string
  readonly action: BetaLocalShellExecAction
  readonly status: "in_progress" | "completed" | "incomplete"
}
