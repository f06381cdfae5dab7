/**
 * The `VoiceResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface VoiceResource {
  readonly object: "audio.voice"
  readonly id: string
  readonly name: string
  /** @format unixtime */
  readonly created_at: number
}
