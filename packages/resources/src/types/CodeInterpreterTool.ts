/**
 * The `CodeInterpreterTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CallableToolAllowedCaller } from "./CallableToolAllowedCaller.ts"
import type { CodeInterpreterContainerAuto } from "./CodeInterpreterContainerAuto.ts"

export interface CodeInterpreterTool {
  readonly type: "code_interpreter"
  readonly container: string | CodeInterpreterContainerAuto
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<CallableToolAllowedCaller> | null | undefined
}
