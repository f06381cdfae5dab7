/**
 * The `ContainerFileCitationBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ContainerFileCitationBody {
  /** @default "container_file_citation" */
  readonly type: "container_file_citation"
  readonly container_id: string
  readonly file_id: string
  readonly start_index: number
  readonly end_index: number
  readonly filename: string
}
