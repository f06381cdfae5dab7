/**
 * The `FileCitationBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface FileCitationBody {
  /** @default "file_citation" */
  readonly type: "file_citation"
  readonly file_id: string
  readonly index: number
  readonly filename: string
}
