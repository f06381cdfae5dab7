/**
 * The `BetaFileCitationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaFileCitationParam {
  /** @default "file_citation" */
  readonly type: "file_citation"
  /** @minimum 0 */
  readonly index: number
  readonly file_id: string
  readonly filename: string
}
