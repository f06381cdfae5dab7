/**
 * The `ResponseShellCallOutputContentDeltaStreamingEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ShellCallOutputDelta } from "./ShellCallOutputDelta.ts"

export interface ResponseShellCallOutputContentDeltaStreamingEvent {
  /** @default "response.shell_call_output_content.delta" */
  readonly type: "response.shell_call_output_content.delta"
  readonly sequence_number: number
  readonly item_id: string
  readonly output_index: number
  readonly command_index: number
  readonly delta: ShellCallOutputDelta
}
