/**
 * The `ScrollParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ScrollParam {
  /** @default "scroll" */
  readonly type: "scroll"
  readonly x: number
  readonly y: number
  readonly scroll_x: number
  readonly scroll_y: number
  readonly keys?: ReadonlyArray<string> | null | undefined
}
