/**
 * The `ResponseShellCallOutputContentDoneStreamingEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionShellCallOutputContent } from "./FunctionShellCallOutputContent.ts"

export interface ResponseShellCallOutputContentDoneStreamingEvent {
  /** @default "response.shell_call_output_content.done" */
  readonly type: "response.shell_call_output_content.done"
  readonly sequence_number: number
  readonly item_id: string
  readonly output_index: number
  readonly command_index: number
  readonly output: ReadonlyArray<FunctionShellCallOutputContent>
}
