/**
 * The `BetaFunctionShellCallOutputOutcomeParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaFunctionShellCallOutputExitOutcomeParam } from "./BetaFunctionShellCallOutputExitOutcomeParam.ts"
import type { BetaFunctionShellCallOutputTimeoutOutcomeParam } from "./BetaFunctionShellCallOutputTimeoutOutcomeParam.ts"

export type BetaFunctionShellCallOutputOutcomeParam =
  | BetaFunctionShellCallOutputTimeoutOutcomeParam
  | BetaFunctionShellCallOutputExitOutcomeParam
