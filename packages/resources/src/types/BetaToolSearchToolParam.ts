/**
 * The `BetaToolSearchToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaEmptyModelParam } from "./BetaEmptyModelParam.ts"
import type { BetaToolSearchExecutionType } from "./BetaToolSearchExecutionType.ts"

export interface BetaToolSearchToolParam {
  /** @default "tool_search" */
  readonly type: "tool_search"
  readonly execution?: BetaToolSearchExecutionType | undefined
  readonly description?: string | null | undefined
  readonly parameters?: BetaEmptyModelParam | null | undefined
}
