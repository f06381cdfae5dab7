/**
 * The `RunObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AssistantsApiResponseFormatOption } from "./AssistantsApiResponseFormatOption.ts"
import type { AssistantsApiToolChoiceOption } from "./AssistantsApiToolChoiceOption.ts"
import type { AssistantTool } from "./AssistantTool.ts"
import type { Metadata } from "./Metadata.ts"
import type { ParallelToolCalls } from "./ParallelToolCalls.ts"
import type { RunCompletionUsage } from "./RunCompletionUsage.ts"
import type { RunStatus } from "./RunStatus.ts"
import type { RunToolCallObject } from "./RunToolCallObject.ts"
import type { TruncationObject } from "./TruncationObject.ts"

export interface RunObject {
  readonly id: string
  readonly object: "thread.run"
  /** @format unixtime */
  readonly created_at: number
  readonly thread_id: string
  readonly assistant_id: string
  readonly status: RunStatus
  readonly required_action: {
    readonly type: "submit_tool_outputs"
    readonly submit_tool_outputs: {
      readonly tool_calls: ReadonlyArray<RunToolCallObject>
    }
  } | null
  readonly last_error: {
    readonly code: "server_error" | "rate_limit_exceeded" | "invalid_prompt"
    readonly message: string
  } | null
  /** @format unixtime */
  readonly expires_at: number | null
  /** @format unixtime */
  readonly started_at: number | null
  /** @format unixtime */
  readonly cancelled_at: number | null
  /** @format unixtime */
  readonly failed_at: number | null
  /** @format unixtime */
  readonly completed_at: number | null
  readonly incomplete_details: {
    readonly reason?: "max_completion_tokens" | "max_prompt_tokens" | undefined
  } | null
  readonly model: string
  readonly instructions: string
  /**
   * @default []
   * @maxItems 20
   */
  readonly tools: ReadonlyArray<AssistantTool>
  readonly metadata: Metadata
  readonly usage: RunCompletionUsage
  readonly temperature?: number | null | undefined
  readonly top_p?: number | null | undefined
  /** @minimum 256 */
  readonly max_prompt_tokens: number | null
  /** @minimum 256 */
  readonly max_completion_tokens: number | null
  readonly truncation_strategy: TruncationObject & unknown
  readonly tool_choice: AssistantsApiToolChoiceOption & unknown
  readonly parallel_tool_calls: ParallelToolCalls
  readonly response_format: AssistantsApiResponseFormatOption | null
}
