/**
 * The `CreateImageEditRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"
import type { InputFidelity } from "./InputFidelity.ts"
import type { PartialImages } from "./PartialImages.ts"

export interface CreateImageEditRequest {
  /** @maxItems 16 */
  readonly image: Uploadable | ReadonlyArray<Uploadable>
  readonly prompt: string
  readonly mask?: Uploadable | undefined
  /** @default "auto" */
  readonly background?: "transparent" | "opaque" | "auto" | null | undefined
  readonly model?:
    | "gpt-image-1"
    | "gpt-image-1-mini"
    | "gpt-image-2"
    | "gpt-image-2-2026-04-21"
    | "gpt-image-1.5"
    | "chatgpt-image-latest"
    | "dall-e-2"
    | (string & {})
    | null
    | undefined
  /**
   * @default 1
   * @minimum 1
   * @maximum 10
   */
  readonly n?: number | null | undefined
  readonly size?:
    | "256x256"
    | "512x512"
    | "1024x1024"
    | "1536x1024"
    | "1024x1536"
    | "auto"
    | (string & {})
    | null
    | undefined
  readonly response_format?: "url" | "b64_json" | null | undefined
  /** @default "png" */
  readonly output_format?: "png" | "jpeg" | "webp" | null | undefined
  /** @default 100 */
  readonly output_compression?: number | null | undefined
  readonly user?: string | undefined
  readonly input_fidelity?: InputFidelity | null | undefined
  /** @default false */
  readonly stream?: boolean | null | undefined
  readonly partial_images?: PartialImages | undefined
  /** @default "auto" */
  readonly quality?: "standard" | "low" | "medium" | "high" | "auto" | null | undefined
}
