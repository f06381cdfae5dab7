/**
 * The `BetaFilePath` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaFilePath {
  readonly type: "file_path"
  readonly file_id: string
  readonly index: number
}
