/**
 * The `CreateTranslationResponseVerboseJson` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TranscriptionSegment } from "./TranscriptionSegment.ts"

export interface CreateTranslationResponseVerboseJson {
  readonly language: string
  /** @format double */
  readonly duration: number
  readonly text: string
  readonly segments?: ReadonlyArray<TranscriptionSegment> | undefined
}
