/**
 * The `RealtimeFunctionTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeFunctionTool {
  readonly type?: "function" | undefined
  readonly name?: string | undefined
  readonly description?: string | undefined
  readonly parameters?: { readonly [key: string]: unknown } | undefined
}
