/**
 * The `EvalItemInputImage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface EvalItemInputImage {
  readonly type: "input_image"
  /** @format uri */
  readonly image_url: string
  readonly detail?: string | undefined
}
