/**
 * The `CodeInterpreterToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CodeInterpreterOutputImage } from "./CodeInterpreterOutputImage.ts"
import type { CodeInterpreterOutputLogs } from "./CodeInterpreterOutputLogs.ts"

export interface CodeInterpreterToolCall {
  /** @default "code_interpreter_call" */
  readonly type: "code_interpreter_call"
  readonly id: string
  readonly status: "in_progress" | "completed" | "incomplete" | "interpreting" | "failed"
  readonly container_id: string
  readonly code: string | null
  readonly outputs: ReadonlyArray<CodeInterpreterOutputLogs | CodeInterpreterOutputImage> | null
}
