/**
 * The `ModifyAssistantRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AssistantsApiResponseFormatOption } from "./AssistantsApiResponseFormatOption.ts"
import type { AssistantSupportedModels } from "./AssistantSupportedModels.ts"
import type { AssistantTool } from "./AssistantTool.ts"
import type { Metadata } from "./Metadata.ts"
import type { ReasoningEffort } from "./ReasoningEffort.ts"

export interface ModifyAssistantRequest {
  readonly model?: AssistantSupportedModels | (string & {}) | undefined
  readonly reasoning_effort?: ReasoningEffort | undefined
  /** @maxLength 256 */
  readonly name?: string | null | undefined
  /** @maxLength 512 */
  readonly description?: string | null | undefined
  /** @maxLength 256000 */
  readonly instructions?: string | null | undefined
  /**
   * @default []
   * @maxItems 128
   */
  readonly tools?: ReadonlyArray<AssistantTool> | undefined
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
  readonly response_format?: AssistantsApiResponseFormatOption | null | undefined
}
