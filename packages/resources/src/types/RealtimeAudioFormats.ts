/**
 * The `RealtimeAudioFormats` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type RealtimeAudioFormats = {
  readonly type?: "audio/pcm" | undefined
  readonly rate?: 24000 | undefined
} | {
  readonly type?: "audio/pcmu" | undefined
} | {
  readonly type?: "audio/pcma" | undefined
}
