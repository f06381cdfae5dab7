/**
 * The `FunctionObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionParameters } from "./FunctionParameters.ts"

export interface FunctionObject {
  readonly description?: string | undefined
  readonly name: string
  readonly parameters?: FunctionParameters | undefined
  /** @default false */
  readonly strict?: boolean | null | undefined
}
