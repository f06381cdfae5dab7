/**
 * The `AudioTranscription` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface AudioTranscription {
  readonly model?:
    | "whisper-1"
    | "gpt-transcribe"
    | "gpt-live-transcribe"
    | "gpt-4o-mini-transcribe"
    | "gpt-4o-mini-transcribe-2025-12-15"
    | "gpt-4o-transcribe"
    | "gpt-4o-transcribe-diarize"
    | "gpt-realtime-whisper"
    | (string & {})
    | undefined
  readonly language?: string | undefined
  /** @minItems 1 */
  readonly languages?: ReadonlyArray<string> | undefined
  readonly keywords?: ReadonlyArray<string> | undefined
  readonly prompt?: string | undefined
  readonly delay?: "minimal" | "low" | "medium" | "high" | "xhigh" | undefined
}
