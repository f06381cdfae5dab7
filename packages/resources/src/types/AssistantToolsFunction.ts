/**
 * The `AssistantToolsFunction` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionObject } from "./FunctionObject.ts"

export interface AssistantToolsFunction {
  readonly type: "function"
  readonly function: FunctionObject
}
