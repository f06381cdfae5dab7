/**
 * The `ApplyPatchUpdateFileOperationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ApplyPatchUpdateFileOperationParam {
  /** @default "update_file" */
  readonly type: "update_file"
  /** @minLength 1 */
  readonly path: string
  /** @maxLength 10485760 */
  readonly diff: string
}
