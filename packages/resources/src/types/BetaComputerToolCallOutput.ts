/**
 * The `BetaComputerToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaComputerCallSafetyCheckParam } from "./BetaComputerCallSafetyCheckParam.ts"
import type { BetaComputerScreenshotImage } from "./BetaComputerScreenshotImage.ts"

export interface BetaComputerToolCallOutput {
  readonly agent?: BetaAgentTag | null | undefined
  /** @default "computer_call_output" */
  readonly type: "computer_call_output"
  readonly id?: string | undefined
  readonly call_id: string
  readonly acknowledged_safety_checks?: ReadonlyArray<BetaComputerCallSafetyCheckParam> | undefined
  readonly output: BetaComputerScreenshotImage
  readonly status?: "in_progress" | "completed" | "incomplete" | undefined
}
