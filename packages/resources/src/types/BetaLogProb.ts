/**
 * The `BetaLogProb` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaTopLogProb } from "./BetaTopLogProb.ts"

export interface BetaLogProb {
  readonly token: string
  readonly logprob: number
  readonly bytes: ReadonlyArray<number>
  readonly top_logprobs: ReadonlyArray<BetaTopLogProb>
}
