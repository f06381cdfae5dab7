/**
 * The `ChatCompletionFunctions` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionParameters } from "./FunctionParameters.ts"

/** @deprecated */
export interface ChatCompletionFunctions {
  readonly description?: string | undefined
  readonly name: string
  readonly parameters?: FunctionParameters | undefined
}
