/**
 * The `TokenCountsBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ConversationParam } from "./ConversationParam.ts"
import type { InputItem } from "./InputItem.ts"
import type { PersonalityEnum } from "./PersonalityEnum.ts"
import type { Reasoning } from "./Reasoning.ts"
import type { ResponseTextParam } from "./ResponseTextParam.ts"
import type { Tool } from "./Tool.ts"
import type { ToolChoiceParam } from "./ToolChoiceParam.ts"
import type { TruncationEnum } from "./TruncationEnum.ts"

export interface TokenCountsBody {
  readonly model?: string | null | undefined
  readonly input?: string | ReadonlyArray<InputItem> | null | undefined
  readonly previous_response_id?: string | null | undefined
  readonly tools?: ReadonlyArray<Tool> | null | undefined
  readonly text?: ResponseTextParam | null | undefined
  readonly reasoning?: Reasoning | null | undefined
  /** @deprecated */
  readonly truncation?: TruncationEnum | undefined
  readonly instructions?: string | null | undefined
  readonly personality?: PersonalityEnum | undefined
  readonly conversation?: ConversationParam | null | undefined
  readonly tool_choice?: ToolChoiceParam | null | undefined
  readonly parallel_tool_calls?: boolean | null | undefined
}
