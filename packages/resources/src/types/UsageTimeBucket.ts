/**
 * The `UsageTimeBucket` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CostsResult } from "./CostsResult.ts"
import type { UsageAudioSpeechesResult } from "./UsageAudioSpeechesResult.ts"
import type { UsageAudioTranscriptionsResult } from "./UsageAudioTranscriptionsResult.ts"
import type { UsageCodeInterpreterSessionsResult } from "./UsageCodeInterpreterSessionsResult.ts"
import type { UsageCompletionsResult } from "./UsageCompletionsResult.ts"
import type { UsageEmbeddingsResult } from "./UsageEmbeddingsResult.ts"
import type { UsageFileSearchCallsResult } from "./UsageFileSearchCallsResult.ts"
import type { UsageImagesResult } from "./UsageImagesResult.ts"
import type { UsageModerationsResult } from "./UsageModerationsResult.ts"
import type { UsageVectorStoresResult } from "./UsageVectorStoresResult.ts"
import type { UsageWebSearchCallsResult } from "./UsageWebSearchCallsResult.ts"

export interface UsageTimeBucket {
  readonly object: "bucket"
  readonly start_time: number
  readonly end_time: number
  readonly results: ReadonlyArray<
    | UsageCompletionsResult
    | UsageEmbeddingsResult
    | UsageModerationsResult
    | UsageImagesResult
    | UsageAudioSpeechesResult
    | UsageAudioTranscriptionsResult
    | UsageVectorStoresResult
    | UsageCodeInterpreterSessionsResult
    | UsageFileSearchCallsResult
    | UsageWebSearchCallsResult
    | CostsResult
  >
}
