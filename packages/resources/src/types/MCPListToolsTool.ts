/**
 * The `MCPListToolsTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface MCPListToolsTool {
  readonly name: string
  readonly description?: string | null | undefined
  readonly input_schema: { readonly [key: string]: unknown }
  readonly annotations?: { readonly [key: string]: unknown } | null | undefined
}
