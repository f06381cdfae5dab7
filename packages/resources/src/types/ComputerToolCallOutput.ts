/**
 * The `ComputerToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComputerCallSafetyCheckParam } from "./ComputerCallSafetyCheckParam.ts"
import type { ComputerScreenshotImage } from "./ComputerScreenshotImage.ts"

export interface ComputerToolCallOutput {
  /** @default "computer_call_output" */
  readonly type: "computer_call_output"
  readonly id?: string | undefined
  readonly call_id: string
  readonly acknowledged_safety_checks?: ReadonlyArray<ComputerCallSafetyCheckParam> | undefined
  readonly output: ComputerScreenshotImage
  readonly status?: "in_progress" | "completed" | "incomplete" | undefined
}
