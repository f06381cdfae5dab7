/**
 * The `BetaFunctionTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCallableToolAllowedCaller } from "./BetaCallableToolAllowedCaller.ts"

export interface BetaFunctionTool {
  /** @default "function" */
  readonly type: "function"
  readonly name: string
  readonly description?: string | null | undefined
  readonly parameters: { readonly [key: string]: unknown } | null
  readonly output_schema?: { readonly [key: string]: unknown } | null | undefined
  readonly strict: boolean | null
  readonly defer_loading?: boolean | undefined
  readonly allowed_callers?: ReadonlyArray<BetaCallableToolAllowedCaller> | null | undefined
}
