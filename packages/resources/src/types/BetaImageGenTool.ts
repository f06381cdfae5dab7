/**
 * The `BetaImageGenTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaImageGenActionEnum } from "./BetaImageGenActionEnum.ts"
import type { BetaInputFidelity } from "./BetaInputFidelity.ts"

export interface BetaImageGenTool {
  readonly type: "image_generation"
  /** @default "gpt-image-1" */
  readonly model?:
    | "gpt-image-1"
    | "gpt-image-1-mini"
    | "gpt-image-2"
    | "gpt-image-2-2026-04-21"
    | "gpt-image-1.5"
    | "chatgpt-image-latest"
    | (string & {})
    | undefined
  /** @default "auto" */
  readonly quality?: "low" | "medium" | "high" | "auto" | undefined
  /** @default "auto" */
  readonly size?: "1024x1024" | "1024x1536" | "1536x1024" | "auto" | (string & {}) | undefined
  /** @default "png" */
  readonly output_format?: "png" | "webp" | "jpeg" | undefined
  /**
   * @default 100
   * @minimum 0
   * @maximum 100
   */
  readonly output_compression?: number | undefined
  /** @default "auto" */
  readonly moderation?: "auto" | "low" | undefined
  /** @default "auto" */
  readonly background?: "transparent" | "opaque" | "auto" | undefined
  readonly input_fidelity?: BetaInputFidelity | null | undefined
  readonly input_image_mask?: {
    readonly image_url?: string | undefined
    readonly file_id?: string | undefined
  } | undefined
  /**
   * @default 0
   * @minimum 0
   * @maximum 3
   */
  readonly partial_images?: number | undefined
  readonly action?: BetaImageGenActionEnum | undefined
}
