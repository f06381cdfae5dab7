/**
 * The `ApplyPatchUpdateFileOperation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ApplyPatchUpdateFileOperation {
  /** @default "update_file" */
  readonly type: "update_file"
  readonly path: string
  readonly diff: string
}
