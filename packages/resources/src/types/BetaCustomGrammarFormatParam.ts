/**
 * The `BetaCustomGrammarFormatParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaGrammarSyntax1 } from "./BetaGrammarSyntax1.ts"

export interface BetaCustomGrammarFormatParam {
  /** @default "grammar" */
  readonly type: "grammar"
  readonly syntax: BetaGrammarSyntax1
  readonly definition: string
}
