/**
 * The `CreateTranscriptionResponseDiarizedJson` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TranscriptionDiarizedSegment } from "./TranscriptionDiarizedSegment.ts"
import type { TranscriptTextUsageDuration } from "./TranscriptTextUsageDuration.ts"
import type { TranscriptTextUsageTokens } from "./TranscriptTextUsageTokens.ts"

export interface CreateTranscriptionResponseDiarizedJson {
  readonly task: "transcribe"
  /** @format double */
  readonly duration: number
  readonly text: string
  readonly segments: ReadonlyArray<TranscriptionDiarizedSegment>
  readonly usage?: TranscriptTextUsageTokens | TranscriptTextUsageDuration | undefined
}
