/**
 * The `CreateTranslationRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"

export interface CreateTranslationRequest {
  readonly file: Uploadable
  readonly model: "whisper-1" | (string & {})
  readonly prompt?: string | undefined
  /** @default "json" */
  readonly response_format?: "json" | "text" | "srt" | "verbose_json" | "vtt" | undefined
  /** @default 0 */
  readonly temperature?: number | undefined
}
