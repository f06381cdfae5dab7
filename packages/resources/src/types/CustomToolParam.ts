/**
 * The `CustomToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CallableToolAllowedCaller } from "./CallableToolAllowedCaller.ts"
import type { CustomGrammarFormatParam } from "./CustomGrammarFormatParam.ts"
import type { CustomTextFormatParam } from "./CustomTextFormatParam.ts"

export interface CustomToolParam {
  /** @default "custom" */
  readonly type: "custom"
  readonly name: string
  readonly description?: string | undefined
  readonly format?: CustomTextFormatParam | CustomGrammarFormatParam | undefined
  readonly defer_loading?: boolean | undefined
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<CallableToolAllowedCaller> | null | undefined
}
