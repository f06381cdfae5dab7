/**
 * The `BetaCodeInterpreterTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAutoCodeInterpreterToolParam } from "./BetaAutoCodeInterpreterToolParam.ts"
import type { BetaCallableToolAllowedCaller } from "./BetaCallableToolAllowedCaller.ts"

export interface BetaCodeInterpreterTool {
  readonly type: "code_interpreter"
  readonly container: string | BetaAutoCodeInterpreterToolParam
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<BetaCallableToolAllowedCaller> | null | undefined
}
