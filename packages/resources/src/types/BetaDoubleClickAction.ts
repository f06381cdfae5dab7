/**
 * The `BetaDoubleClickAction` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaDoubleClickAction {
  /** @default "double_click" */
  readonly type: "double_click"
  readonly x: number
  readonly y: number
  readonly keys: ReadonlyArray<string> | null
}
