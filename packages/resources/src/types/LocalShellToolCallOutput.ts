/**
 * The `LocalShellToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface LocalShellToolCallOutput {
  readonly type: "local_shell_call_output"
  readonly id: string
  readonly output: string
  readonly status?: "in_progress" | "completed" | "incomplete" | null | undefined
}
