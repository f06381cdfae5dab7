/**
 * The `BetaCodeInterpreterOutputImage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaCodeInterpreterOutputImage {
  /** @default "image" */
  readonly type: "image"
  /** @format uri */
  readonly url: string
}
