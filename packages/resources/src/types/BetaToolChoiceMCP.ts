/**
 * The `BetaToolChoiceMCP` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaToolChoiceMCP {
  readonly type: "mcp"
  readonly server_label: string
  readonly name?: string | null | undefined
}
