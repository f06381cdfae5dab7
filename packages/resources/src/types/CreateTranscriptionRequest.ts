/**
 * The `CreateTranscriptionRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"
import type { AudioResponseFormat } from "./AudioResponseFormat.ts"
import type { TranscriptionChunkingStrategy } from "./TranscriptionChunkingStrategy.ts"
import type { TranscriptionInclude } from "./TranscriptionInclude.ts"

export interface CreateTranscriptionRequest {
  readonly file: Uploadable
  readonly model:
    | "whisper-1"
    | "gpt-transcribe"
    | "gpt-4o-transcribe"
    | "gpt-4o-mini-transcribe"
    | "gpt-4o-mini-transcribe-2025-12-15"
    | "gpt-4o-transcribe-diarize"
    | (string & {})
  readonly language?: string | undefined
  /** @minItems 1 */
  readonly languages?: ReadonlyArray<string> | undefined
  readonly keywords?: ReadonlyArray<string> | undefined
  readonly prompt?: string | undefined
  readonly response_format?: AudioResponseFormat | undefined
  /** @default 0 */
  readonly temperature?: number | undefined
  readonly include?: ReadonlyArray<TranscriptionInclude> | undefined
  /** @default ["segment"] */
  readonly timestamp_granularities?: ReadonlyArray<"word" | "segment"> | undefined
  /** @default false */
  readonly stream?: boolean | null | undefined
  readonly chunking_strategy?: TranscriptionChunkingStrategy | undefined
  /** @maxItems 4 */
  readonly known_speaker_names?: ReadonlyArray<string> | undefined
  /** @maxItems 4 */
  readonly known_speaker_references?: ReadonlyArray<string> | undefined
}
