/**
 * The `BetaResponseProperties` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaModelIdsResponses } from "./BetaModelIdsResponses.ts"
import type { BetaPrompt } from "./BetaPrompt.ts"
import type { BetaResponseTextParam } from "./BetaResponseTextParam.ts"
import type { BetaToolChoiceParam } from "./BetaToolChoiceParam.ts"
import type { BetaToolsArray } from "./BetaToolsArray.ts"

export interface BetaResponseProperties {
  readonly previous_response_id?: string | null | undefined
  readonly model?: BetaModelIdsResponses | undefined
  /** @default false */
  readonly background?: boolean | null | undefined
  readonly max_tool_calls?: number | null | undefined
  readonly text?: BetaResponseTextParam | undefined
  readonly tools?: BetaToolsArray | undefined
  readonly tool_choice?: BetaToolChoiceParam | undefined
  readonly prompt?: BetaPrompt | undefined
}
