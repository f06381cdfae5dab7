/**
 * The `FunctionShellCallOutputContentParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionShellCallOutputOutcomeParam } from "./FunctionShellCallOutputOutcomeParam.ts"

export interface FunctionShellCallOutputContentParam {
  /** @maxLength 10485760 */
  readonly stdout: string
  /** @maxLength 10485760 */
  readonly stderr: string
  readonly outcome: FunctionShellCallOutputOutcomeParam
}
