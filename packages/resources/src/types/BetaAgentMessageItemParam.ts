/**
 * The `BetaAgentMessageItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaEncryptedContentParam } from "./BetaEncryptedContentParam.ts"
import type { BetaInputImageContentParamAutoParam } from "./BetaInputImageContentParamAutoParam.ts"
import type { BetaInputTextContentParam } from "./BetaInputTextContentParam.ts"

export interface BetaAgentMessageItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /** @default "agent_message" */
  readonly type: "agent_message"
  readonly author: string
  readonly recipient: string
  readonly content: ReadonlyArray<
    BetaInputTextContentParam | BetaInputImageContentParamAutoParam | BetaEncryptedContentParam
  >
}
