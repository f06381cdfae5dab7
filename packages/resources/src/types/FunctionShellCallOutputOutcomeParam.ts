/**
 * The `FunctionShellCallOutputOutcomeParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionShellCallOutputExitOutcomeParam } from "./FunctionShellCallOutputExitOutcomeParam.ts"
import type { FunctionShellCallOutputTimeoutOutcomeParam } from "./FunctionShellCallOutputTimeoutOutcomeParam.ts"

export type FunctionShellCallOutputOutcomeParam =
  | FunctionShellCallOutputTimeoutOutcomeParam
  | FunctionShellCallOutputExitOutcomeParam
