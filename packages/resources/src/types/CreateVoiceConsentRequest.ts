/**
 * The `CreateVoiceConsentRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"

export interface CreateVoiceConsentRequest {
  readonly name: string
  readonly recording: Uploadable
  readonly language: string
}
