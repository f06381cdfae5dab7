/**
 * The `BetaFunctionShellCallOutputContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaFunctionShellCallOutputExitOutcome } from "./BetaFunctionShellCallOutputExitOutcome.ts"
import type { BetaFunctionShellCallOutputTimeoutOutcome } from "./BetaFunctionShellCallOutputTimeoutOutcome.ts"

export interface BetaFunctionShellCallOutputContent {
  readonly stdout: string
  readonly stderr: string
  readonly outcome: BetaFunctionShellCallOutputTimeoutOutcome | BetaFunctionShellCallOutputExitOutcome
  readonly created_by?: string | undefined
}
