/**
 * The `EvalJsonlFileIdSource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface EvalJsonlFileIdSource {
  /** @default "file_id" */
  readonly type: "file_id"
  readonly id: string
}
