/**
 * The `LogProb` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TopLogProb } from "./TopLogProb.ts"

export interface LogProb {
  readonly token: string
  readonly logprob: number
  readonly bytes: ReadonlyArray<number>
  readonly top_logprobs: ReadonlyArray<TopLogProb>
}
