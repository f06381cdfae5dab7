/**
 * The `EvalJsonlFileContentSource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface EvalJsonlFileContentSource {
  /** @default "file_content" */
  readonly type: "file_content"
  readonly content: ReadonlyArray<{
    readonly item: { readonly [key: string]: unknown }
    readonly sample?: { readonly [key: string]: unknown } | undefined
  }>
}
