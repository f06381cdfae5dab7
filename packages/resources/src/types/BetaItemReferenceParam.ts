/**
 * The `BetaItemReferenceParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"

export interface BetaItemReferenceParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  /** @default "item_reference" */
  readonly type?: "item_reference" | null | undefined
  readonly id: string
}
