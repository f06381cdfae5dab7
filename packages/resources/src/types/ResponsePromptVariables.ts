/**
 * The `ResponsePromptVariables` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InputFileContent } from "./InputFileContent.ts"
import type { InputImageContent } from "./InputImageContent.ts"
import type { InputTextContent } from "./InputTextContent.ts"

export type ResponsePromptVariables = {
  readonly [key: string]: string | InputTextContent | InputImageContent | InputFileContent
} | null
