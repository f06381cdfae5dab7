/**
 * The `CustomGrammarFormatParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { GrammarSyntax1 } from "./GrammarSyntax1.ts"

export interface CustomGrammarFormatParam {
  /** @default "grammar" */
  readonly type: "grammar"
  readonly syntax: GrammarSyntax1
  readonly definition: string
}
