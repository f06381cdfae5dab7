/**
 * The `BetaFunctionShellAction` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaFunctionShellAction {
  readonly commands: ReadonlyArray<string>
  readonly timeout_ms: number | null
  readonly max_output_length: number | null
}
