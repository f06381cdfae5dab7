/**
 * The `ApplyPatchCreateFileOperation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ApplyPatchCreateFileOperation {
  /** @default "create_file" */
  readonly type: "create_file"
  readonly path: string
  readonly diff: string
}
