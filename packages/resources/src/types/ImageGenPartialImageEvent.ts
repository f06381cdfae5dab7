/**
 * The `ImageGenPartialImageEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ImageGenPartialImageEvent {
  readonly type: "image_generation.partial_image"
  readonly b64_json: string
  /** @format unixtime */
  readonly created_at: number
  readonly size: "1024x1024" | "1024x1536" | "1536x1024" | "auto"
  readonly quality: "low" | "medium" | "high" | "auto"
  readonly background: "transparent" | "opaque" | "auto"
  readonly output_format: "png" | "webp" | "jpeg"
  readonly partial_image_index: number
}
