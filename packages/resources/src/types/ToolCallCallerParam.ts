/**
 * The `ToolCallCallerParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { DirectToolCallCallerParam } from "./DirectToolCallCallerParam.ts"
import type { ProgramToolCallCallerParam } from "./ProgramToolCallCallerParam.ts"

export type ToolCallCallerParam = DirectToolCallCallerParam | ProgramToolCallCallerParam
