/**
 * The `VoiceConsentResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface VoiceConsentResource {
  readonly object: "audio.voice_consent"
  readonly id: string
  readonly name: string
  readonly language: string
  /** @format unixtime */
  readonly created_at: number
}
