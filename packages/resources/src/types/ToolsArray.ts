/**
 * The `ToolsArray` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Tool } from "./Tool.ts"

export type ToolsArray = ReadonlyArray<Tool>
