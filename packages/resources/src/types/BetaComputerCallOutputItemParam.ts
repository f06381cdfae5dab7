/**
 * The `BetaComputerCallOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaComputerCallSafetyCheckParam } from "./BetaComputerCallSafetyCheckParam.ts"
import type { BetaComputerScreenshotImage } from "./BetaComputerScreenshotImage.ts"
import type { BetaFunctionCallItemStatus } from "./BetaFunctionCallItemStatus.ts"

export interface BetaComputerCallOutputItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  /** @default "computer_call_output" */
  readonly type: "computer_call_output"
  readonly output: BetaComputerScreenshotImage
  readonly acknowledged_safety_checks?: ReadonlyArray<BetaComputerCallSafetyCheckParam> | null | undefined
  readonly status?: BetaFunctionCallItemStatus | null | undefined
}
