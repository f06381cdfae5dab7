/**
 * The `BetaMCPToolFilter` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaMCPToolFilter {
  readonly tool_names?: ReadonlyArray<string> | undefined
  readonly read_only?: boolean | undefined
}
