/**
 * The `MCPToolFilter` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface MCPToolFilter {
  readonly tool_names?: ReadonlyArray<string> | undefined
  readonly read_only?: boolean | undefined
}
