/**
 * The `BetaApplyPatchDeleteFileOperation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaApplyPatchDeleteFileOperation {
  /** @default "delete_file" */
  readonly type: "delete_file"
  readonly path: string
}
