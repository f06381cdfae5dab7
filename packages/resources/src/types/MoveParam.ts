/**
 * The `MoveParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface MoveParam {
  /** @default "move" */
  readonly type: "move"
  readonly x: number
  readonly y: number
  readonly keys?: ReadonlyArray<string> | null | undefined
}
