/**
 * The `ToolCallCaller` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { DirectToolCallCaller } from "./DirectToolCallCaller.ts"
import type { ProgramToolCallCaller } from "./ProgramToolCallCaller.ts"

export type ToolCallCaller = DirectToolCallCaller | ProgramToolCallCaller
