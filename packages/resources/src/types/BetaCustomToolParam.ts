/**
 * The `BetaCustomToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCallableToolAllowedCaller } from "./BetaCallableToolAllowedCaller.ts"
import type { BetaCustomGrammarFormatParam } from "./BetaCustomGrammarFormatParam.ts"
import type { BetaCustomTextFormatParam } from "./BetaCustomTextFormatParam.ts"

export interface BetaCustomToolParam {
  /** @default "custom" */
  readonly type: "custom"
  readonly name: string
  readonly description?: string | undefined
  readonly format?: BetaCustomTextFormatParam | BetaCustomGrammarFormatParam | undefined
  readonly defer_loading?: boolean | undefined
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<BetaCallableToolAllowedCaller> | null | undefined
}
