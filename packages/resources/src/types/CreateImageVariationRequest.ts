/**
 * The `CreateImageVariationRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"

export interface CreateImageVariationRequest {
  readonly image: Uploadable
  readonly model?: "dall-e-2" | (string & {}) | null | undefined
  /**
   * @default 1
   * @minimum 1
   * @maximum 10
   */
  readonly n?: number | null | undefined
  /** @default "url" */
  readonly response_format?: "url" | "b64_json" | null | undefined
  /** @default "1024x1024" */
  readonly size?: "256x256" | "512x512" | "1024x1024" | null | undefined
  readonly user?: string | undefined
}
