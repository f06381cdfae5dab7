/**
 * The `VoiceConsentDeletedResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface VoiceConsentDeletedResource {
  readonly id: string
  readonly object: "audio.voice_consent"
  readonly deleted: boolean
}
