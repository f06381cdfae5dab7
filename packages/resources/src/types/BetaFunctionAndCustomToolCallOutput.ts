/**
 * The `BetaFunctionAndCustomToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaInputFileContent } from "./BetaInputFileContent.ts"
import type { BetaInputImageContent } from "./BetaInputImageContent.ts"
import type { BetaInputTextContent } from "./BetaInputTextContent.ts"

export type BetaFunctionAndCustomToolCallOutput = BetaInputTextContent | BetaInputImageContent | BetaInputFileContent
