/**
 * The `FunctionToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CallableToolAllowedCaller } from "./CallableToolAllowedCaller.ts"
import type { EmptyModelParam } from "./EmptyModelParam.ts"

export interface FunctionToolParam {
  /**
   * @minLength 1
   * @maxLength 128
   * @pattern ^[a-zA-Z0-9_-]+$
   */
  readonly name: string
  readonly description?: string | null | undefined
  readonly parameters?: EmptyModelParam | null | undefined
  readonly strict?: boolean | null | undefined
  /** @default "function" */
  readonly type: "function"
  readonly output_schema?: { readonly [key: string]: unknown } | null | undefined
  readonly defer_loading?: boolean | undefined
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<CallableToolAllowedCaller> | null | undefined
}
