/**
 * The `ResponseProperties` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModelIdsResponses } from "./ModelIdsResponses.ts"
import type { Prompt } from "./Prompt.ts"
import type { ResponseTextParam } from "./ResponseTextParam.ts"
import type { ToolChoiceParam } from "./ToolChoiceParam.ts"
import type { ToolsArray } from "./ToolsArray.ts"

export interface ResponseProperties {
  readonly previous_response_id?: string | null | undefined
  readonly model?: ModelIdsResponses | undefined
  /** @default false */
  readonly background?: boolean | null | undefined
  readonly max_tool_calls?: number | null | undefined
  readonly text?: ResponseTextParam | undefined
  readonly tools?: ToolsArray | undefined
  readonly tool_choice?: ToolChoiceParam | undefined
  readonly prompt?: Prompt | undefined
}
