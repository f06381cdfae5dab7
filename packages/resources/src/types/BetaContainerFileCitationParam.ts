/**
 * The `BetaContainerFileCitationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaContainerFileCitationParam {
  /** @default "container_file_citation" */
  readonly type: "container_file_citation"
  /** @minimum 0 */
  readonly start_index: number
  /** @minimum 0 */
  readonly end_index: number
  readonly container_id: string
  readonly file_id: string
  readonly filename: string
}
