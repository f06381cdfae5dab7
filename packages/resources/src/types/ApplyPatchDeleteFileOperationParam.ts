/**
 * The `ApplyPatchDeleteFileOperationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ApplyPatchDeleteFileOperationParam {
  /** @default "delete_file" */
  readonly type: "delete_file"
  /** @minLength 1 */
  readonly path: string
}
