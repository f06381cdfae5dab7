/**
 * The `Prompt` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ResponsePromptVariables } from "./ResponsePromptVariables.ts"

export type Prompt = {
  readonly id: string
  readonly version?: string | null | undefined
  readonly variables?: ResponsePromptVariables | undefined
} | null
