/**
 * The `AssistantTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AssistantToolsCode } from "./AssistantToolsCode.ts"
import type { AssistantToolsFileSearch } from "./AssistantToolsFileSearch.ts"
import type { AssistantToolsFunction } from "./AssistantToolsFunction.ts"

export type AssistantTool = AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction
