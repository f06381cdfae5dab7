/**
 * The `CreateVoiceRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"

export interface CreateVoiceRequest {
  readonly name: string
  readonly audio_sample: Uploadable
  readonly consent: string
}
