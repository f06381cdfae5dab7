/**
 * The `CreateRunRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AssistantsApiResponseFormatOption } from "./AssistantsApiResponseFormatOption.ts"
import type { AssistantsApiToolChoiceOption } from "./AssistantsApiToolChoiceOption.ts"
import type { AssistantSupportedModels } from "./AssistantSupportedModels.ts"
import type { AssistantTool } from "./AssistantTool.ts"
import type { CreateMessageRequest } from "./CreateMessageRequest.ts"
import type { Metadata } from "./Metadata.ts"
import type { ParallelToolCalls } from "./ParallelToolCalls.ts"
import type { ReasoningEffort } from "./ReasoningEffort.ts"
import type { TruncationObject } from "./TruncationObject.ts"

export interface CreateRunRequest {
  readonly assistant_id: string
  readonly model?: AssistantSupportedModels | (string & {}) | null | undefined
  readonly reasoning_effort?: ReasoningEffort | undefined
  readonly instructions?: string | null | undefined
  readonly additional_instructions?: string | null | undefined
  readonly additional_messages?: ReadonlyArray<CreateMessageRequest> | null | undefined
  /** @maxItems 20 */
  readonly tools?: ReadonlyArray<AssistantTool> | null | undefined
  readonly metadata?: Metadata | undefined
  /**
   * @default 1
   * @minimum 0
   * @maximum 2
   */
  readonly temperature?: number | null | undefined
  /**
   * @default 1
   * @minimum 0
   * @maximum 1
   */
  readonly top_p?: number | null | undefined
  readonly stream?: boolean | null | undefined
  /** @minimum 256 */
  readonly max_prompt_tokens?: number | null | undefined
  /** @minimum 256 */
  readonly max_completion_tokens?: number | null | undefined
  readonly truncation_strategy?: TruncationObject & unknown | undefined
  readonly tool_choice?: AssistantsApiToolChoiceOption & unknown | undefined
  readonly parallel_tool_calls?: ParallelToolCalls | undefined
  readonly response_format?: AssistantsApiResponseFormatOption | null | undefined
}
