/**
 * The `FunctionShellCallOutputContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionShellCallOutputExitOutcome } from "./FunctionShellCallOutputExitOutcome.ts"
import type { FunctionShellCallOutputTimeoutOutcome } from "./FunctionShellCallOutputTimeoutOutcome.ts"

export interface FunctionShellCallOutputContent {
  readonly stdout: string
  readonly stderr: string
  readonly outcome: FunctionShellCallOutputTimeoutOutcome | FunctionShellCallOutputExitOutcome
  readonly created_by?: string | undefined
}
