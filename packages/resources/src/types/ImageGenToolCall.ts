/**
 * The `ImageGenToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ImageGenToolCall {
  readonly type: "image_generation_call"
  readonly id: string
  readonly status: "in_progress" | "completed" | "generating" | "failed"
  readonly result: string | null
}
