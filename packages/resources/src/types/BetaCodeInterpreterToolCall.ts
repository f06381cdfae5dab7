/**
 * The `BetaCodeInterpreterToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaCodeInterpreterOutputImage } from "./BetaCodeInterpreterOutputImage.ts"
import type { BetaCodeInterpreterOutputLogs } from "./BetaCodeInterpreterOutputLogs.ts"

export interface BetaCodeInterpreterToolCall {
  readonly agent?: BetaAgentTag | null | undefined
  /** @default "code_interpreter_call" */
  readonly type: "code_interpreter_call"
  readonly id: string
  readonly status: "in_progress" | "completed" | "incomplete" | "interpreting" | "failed"
  readonly container_id: string
  readonly code: string | null
  readonly outputs: ReadonlyArray<BetaCodeInterpreterOutputLogs | BetaCodeInterpreterOutputImage> | null
}
