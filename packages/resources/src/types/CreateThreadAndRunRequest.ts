/**
 * The `CreateThreadAndRunRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AssistantsApiResponseFormatOption } from "./AssistantsApiResponseFormatOption.ts"
import type { AssistantsApiToolChoiceOption } from "./AssistantsApiToolChoiceOption.ts"
import type { AssistantTool } from "./AssistantTool.ts"
import type { CreateThreadRequest } from "./CreateThreadRequest.ts"
import type { Metadata } from "./Metadata.ts"
import type { ParallelToolCalls } from "./ParallelToolCalls.ts"
import type { TruncationObject } from "./TruncationObject.ts"

export interface CreateThreadAndRunRequest {
  readonly assistant_id: string
  readonly thread?: CreateThreadRequest | undefined
  readonly model?:
    | "gpt-5"
    | "gpt-5-mini"
    | "gpt-5-nano"
    | "gpt-5-2025-08-07"
    | "gpt-5-mini-2025-08-07"
    | "gpt-5-nano-2025-08-07"
    | "gpt-4.1"
    | "gpt-4.1-mini"
    | "gpt-4.1-nano"
    | "gpt-4.1-2025-04-14"
    | "gpt-4.1-mini-2025-04-14"
    | "gpt-4.1-nano-2025-04-14"
    | "gpt-4o"
    | "gpt-4o-2024-11-20"
    | "gpt-4o-2024-08-06"
    | "gpt-4o-2024-05-13"
    | "gpt-4o-mini"
    | "gpt-4o-mini-2024-07-18"
    | "gpt-4.5-preview"
    | "gpt-4.5-preview-2025-02-27"
    | "gpt-4-turbo"
    | "gpt-4-turbo-2024-04-09"
    | "gpt-4-0125-preview"
    | "gpt-4-turbo-preview"
    | "gpt-4-1106-preview"
    | "gpt-4-vision-preview"
    | "gpt-4"
    | "gpt-4-0314"
    | "gpt-4-0613"
    | "gpt-4-32k"
    | "gpt-4-32k-0314"
    | "gpt-4-32k-0613"
    | "gpt-3.5-turbo"
    | "gpt-3.5-turbo-16k"
    | "gpt-3.5-turbo-0613"
    | "gpt-3.5-turbo-1106"
    | "gpt-3.5-turbo-0125"
    | "gpt-3.5-turbo-16k-0613"
    | (string & {})
    | null
    | undefined
  readonly instructions?: string | null | undefined
  /** @maxItems 20 */
  readonly tools?: ReadonlyArray<AssistantTool> | null | undefined
  readonly tool_resources?:
    | {
      readonly code_interpreter?: {
        /**
         * @default []
         * @maxItems 20
         */
        readonly file_ids?: ReadonlyArray<string> | undefined
      } | undefined
      readonly file_search?: {
        /** @maxItems 1 */
        readonly vector_store_ids?: ReadonlyArray<string> | undefined
      } | undefined
    }
    | null
    | undefined
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
