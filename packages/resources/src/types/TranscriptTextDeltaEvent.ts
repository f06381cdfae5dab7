/**
 * The `TranscriptTextDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface TranscriptTextDeltaEvent {
  readonly type: "transcript.text.delta"
  readonly delta: string
  readonly logprobs?:
    | ReadonlyArray<{
      readonly token?: string | undefined
      readonly logprob?: number | undefined
      readonly bytes?: ReadonlyArray<number> | undefined
    }>
    | undefined
  readonly segment_id?: string | undefined
}
