/**
 * The `BetaFunctionCallOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaFunctionCallItemStatus } from "./BetaFunctionCallItemStatus.ts"
import type { BetaInputFileContentParam } from "./BetaInputFileContentParam.ts"
import type { BetaInputImageContentParamAutoParam } from "./BetaInputImageContentParamAutoParam.ts"
import type { BetaInputTextContentParam } from "./BetaInputTextContentParam.ts"
import type { BetaToolCallCallerParam } from "./BetaToolCallCallerParam.ts"

export interface BetaFunctionCallOutputItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  /** @default "function_call_output" */
  readonly type: "function_call_output"
  /** @maxLength 10485760 */
  readonly output:
    | string
    | ReadonlyArray<BetaInputTextContentParam | BetaInputImageContentParamAutoParam | BetaInputFileContentParam>
  /**
   * @minLength 1
   * @maxLength 128
   */
  readonly name?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   * @pattern ^[a-zA-Z0-9_-]+$
   */
  readonly namespace?: string | null | undefined
  readonly caller?: BetaToolCallCallerParam | null | undefined
  readonly status?: BetaFunctionCallItemStatus | null | undefined
}
