/**
 * The `ResponseImageGenCallPartialImageEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseImageGenCallPartialImageEvent {
  readonly type: "response.image_generation_call.partial_image"
  readonly output_index: number
  readonly item_id: string
  readonly sequence_number: number
  readonly partial_image_index: number
  readonly partial_image_b64: string
  readonly size?: string | undefined
  readonly quality?: string | undefined
  readonly background?: string | undefined
  readonly output_format?: string | undefined
}
