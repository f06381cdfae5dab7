/**
 * The `BetaTokenCountsBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaConversationParam } from "./BetaConversationParam.ts"
import type { BetaInputItem } from "./BetaInputItem.ts"
import type { BetaPersonalityEnum } from "./BetaPersonalityEnum.ts"
import type { BetaReasoning } from "./BetaReasoning.ts"
import type { BetaResponseTextParam } from "./BetaResponseTextParam.ts"
import type { BetaTool } from "./BetaTool.ts"
import type { BetaToolChoiceParam } from "./BetaToolChoiceParam.ts"
import type { BetaTruncationEnum } from "./BetaTruncationEnum.ts"

export interface BetaTokenCountsBody {
  readonly model?: string | null | undefined
  readonly input?: string | ReadonlyArray<BetaInputItem> | null | undefined
  readonly previous_response_id?: string | null | undefined
  readonly tools?: ReadonlyArray<BetaTool> | null | undefined
  readonly text?: BetaResponseTextParam | null | undefined
  readonly reasoning?: BetaReasoning | null | undefined
  /** @deprecated */
  readonly truncation?: BetaTruncationEnum | undefined
  readonly instructions?: string | null | undefined
  readonly personality?: BetaPersonalityEnum | undefined
  readonly conversation?: BetaConversationParam | null | undefined
  readonly tool_choice?: BetaToolChoiceParam | null | undefined
  readonly parallel_tool_calls?: boolean | null | undefined
}
