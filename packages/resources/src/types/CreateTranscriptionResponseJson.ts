/**
 * The `CreateTranscriptionResponseJson` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TranscriptionLanguage } from "./TranscriptionLanguage.ts"
import type { TranscriptTextUsageDuration } from "./TranscriptTextUsageDuration.ts"
import type { TranscriptTextUsageTokens } from "./TranscriptTextUsageTokens.ts"

export interface CreateTranscriptionResponseJson {
  readonly text: string
  readonly languages?: ReadonlyArray<TranscriptionLanguage> | undefined
  readonly logprobs?:
    | ReadonlyArray<{
      readonly token?: string | undefined
      readonly logprob?: number | undefined
      readonly bytes?: ReadonlyArray<number> | undefined
    }>
    | undefined
  readonly usage?: TranscriptTextUsageTokens | TranscriptTextUsageDuration | undefined
}
