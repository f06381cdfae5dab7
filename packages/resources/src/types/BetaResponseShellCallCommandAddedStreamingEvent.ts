/**
 * The `BetaResponseShellCallCommandAddedStreamingEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaResponseShellCallCommandAddedStreamingEvent {
  /** @default "response.shell_call_command.added" */
  readonly type: "response.shell_call_command.added"
  readonly sequence_number: number
  readonly agent?: BetaAgentTag | undefined
  readonly output_index: number
  readonly command_index: number
  readonly command: string
}
