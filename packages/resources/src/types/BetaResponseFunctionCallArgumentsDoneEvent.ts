/**
 * The `BetaResponseFunctionCallArgumentsDoneEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaResponseFunctionCallArgumentsDoneEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.function_call_arguments.done"
  readonly item_id: string
  readonly name: string
  readonly output_index: number
  readonly sequence_number: number
  readonly arguments: string
}
