/**
 * The `ComputerCallOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComputerCallSafetyCheckParam } from "./ComputerCallSafetyCheckParam.ts"
import type { ComputerScreenshotImage } from "./ComputerScreenshotImage.ts"
import type { FunctionCallItemStatus } from "./FunctionCallItemStatus.ts"

export interface ComputerCallOutputItemParam {
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  /** @default "computer_call_output" */
  readonly type: "computer_call_output"
  readonly output: ComputerScreenshotImage
  readonly acknowledged_safety_checks?: ReadonlyArray<ComputerCallSafetyCheckParam> | null | undefined
  readonly status?: FunctionCallItemStatus | null | undefined
}
