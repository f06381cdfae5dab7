/**
 * The `BetaLocalShellToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaLocalShellToolCallOutput {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "local_shell_call_output"
  readonly id: string
  readonly output: string
  readonly status?: "in_progress" | "completed" | "incomplete" | null | undefined
}
