/**
 * The `BetaToolChoiceParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaSpecificApplyPatchParam } from "./BetaSpecificApplyPatchParam.ts"
import type { BetaSpecificFunctionShellParam } from "./BetaSpecificFunctionShellParam.ts"
import type { BetaSpecificProgrammaticToolCallingParam } from "./BetaSpecificProgrammaticToolCallingParam.ts"
import type { BetaToolChoiceAllowed } from "./BetaToolChoiceAllowed.ts"
import type { BetaToolChoiceCustom } from "./BetaToolChoiceCustom.ts"
import type { BetaToolChoiceFunction } from "./BetaToolChoiceFunction.ts"
import type { BetaToolChoiceMCP } from "./BetaToolChoiceMCP.ts"
import type { BetaToolChoiceOptions } from "./BetaToolChoiceOptions.ts"
import type { BetaToolChoiceTypes } from "./BetaToolChoiceTypes.ts"

export type BetaToolChoiceParam =
  | BetaToolChoiceOptions
  | BetaToolChoiceAllowed
  | BetaToolChoiceTypes
  | BetaToolChoiceFunction
  | BetaToolChoiceMCP
  | BetaToolChoiceCustom
  | BetaSpecificProgrammaticToolCallingParam
  | BetaSpecificApplyPatchParam
  | BetaSpecificFunctionShellParam
