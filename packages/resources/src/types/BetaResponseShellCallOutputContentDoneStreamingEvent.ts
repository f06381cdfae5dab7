/**
 * The `BetaResponseShellCallOutputContentDoneStreamingEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaFunctionShellCallOutputContent } from "./BetaFunctionShellCallOutputContent.ts"

export interface BetaResponseShellCallOutputContentDoneStreamingEvent {
  /** @default "response.shell_call_output_content.done" */
  readonly type: "response.shell_call_output_content.done"
  readonly sequence_number: number
  readonly agent?: BetaAgentTag | undefined
  readonly item_id: string
  readonly output_index: number
  readonly command_index: number
  readonly output: ReadonlyArray<BetaFunctionShellCallOutputContent>
}
