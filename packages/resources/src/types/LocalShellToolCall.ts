/**
 * The `LocalShellToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { LocalShellExecAction } from "./LocalShellExecAction.ts"

export interface LocalShellToolCall {
  readonly type: "local_shell_call"
  readonly id: string
  readonly call_id: string
  readonly action: LocalShellExecAction
  readonly status: "in_progress" | "completed" | "incomplete"
}
