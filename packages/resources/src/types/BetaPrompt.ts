/**
 * The `BetaPrompt` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaResponsePromptVariables } from "./BetaResponsePromptVariables.ts"

export type BetaPrompt = {
  readonly id: string
  readonly version?: string | null | undefined
  readonly variables?: BetaResponsePromptVariables | undefined
} | null
