/**
 * The `ToolChoiceParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { SpecificApplyPatchParam } from "./SpecificApplyPatchParam.ts"
import type { SpecificFunctionShellParam } from "./SpecificFunctionShellParam.ts"
import type { SpecificProgrammaticToolCallingParam } from "./SpecificProgrammaticToolCallingParam.ts"
import type { ToolChoiceAllowed } from "./ToolChoiceAllowed.ts"
import type { ToolChoiceCustom } from "./ToolChoiceCustom.ts"
import type { ToolChoiceFunction } from "./ToolChoiceFunction.ts"
import type { ToolChoiceMCP } from "./ToolChoiceMCP.ts"
import type { ToolChoiceOptions } from "./ToolChoiceOptions.ts"
import type { ToolChoiceTypes } from "./ToolChoiceTypes.ts"

export type ToolChoiceParam =
  | ToolChoiceOptions
  | ToolChoiceAllowed
  | ToolChoiceTypes
  | ToolChoiceFunction
  | ToolChoiceMCP
  | ToolChoiceCustom
  | SpecificProgrammaticToolCallingParam
  | SpecificApplyPatchParam
  | SpecificFunctionShellParam
