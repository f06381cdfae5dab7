/**
 * The `CreateImageRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { PartialImages } from "./PartialImages.ts"

export interface CreateImageRequest {
  readonly prompt: string
  readonly model?:
    | "gpt-image-1"
    | "gpt-image-1-mini"
    | "gpt-image-2"
    | "gpt-image-2-2026-04-21"
    | "gpt-image-1.5"
    | "chatgpt-image-latest"
    | "dall-e-2"
    | "dall-e-3"
    | (string & {})
    | null
    | undefined
  /**
   * @default 1
   * @minimum 1
   * @maximum 10
   */
  readonly n?: number | null | undefined
  /** @default "auto" */
  readonly quality?: "standard" | "hd" | "low" | "medium" | "high" | "auto" | null | undefined
  /** @default "url" */
  readonly response_format?: "url" | "b64_json" | null | undefined
  /** @default "png" */
  readonly output_format?: "png" | "jpeg" | "webp" | null | undefined
  /** @default 100 */
  readonly output_compression?: number | null | undefined
  /** @default false */
  readonly stream?: boolean | null | undefined
  readonly partial_images?: PartialImages | undefined
  readonly size?:
    | "auto"
    | "1024x1024"
    | "1536x1024"
    | "1024x1536"
    | "256x256"
    | "512x512"
    | "1792x1024"
    | "1024x1792"
    | (string & {})
    | null
    | undefined
  /** @default "auto" */
  readonly moderation?: "low" | "auto" | null | undefined
  /** @default "auto" */
  readonly background?: "transparent" | "opaque" | "auto" | null | undefined
  /** @default "vivid" */
  readonly style?: "vivid" | "natural" | null | undefined
  readonly user?: string | undefined
}
