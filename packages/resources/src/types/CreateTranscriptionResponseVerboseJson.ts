/**
 * The `CreateTranscriptionResponseVerboseJson` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TranscriptionSegment } from "./TranscriptionSegment.ts"
import type { TranscriptionWord } from "./TranscriptionWord.ts"
import type { TranscriptTextUsageDuration } from "./TranscriptTextUsageDuration.ts"

export interface CreateTranscriptionResponseVerboseJson {
  readonly language: string
  /** @format double */
  readonly duration: number
  readonly text: string
  readonly words?: ReadonlyArray<TranscriptionWord> | undefined
  readonly segments?: ReadonlyArray<TranscriptionSegment> | undefined
  readonly usage?: TranscriptTextUsageDuration | undefined
}
