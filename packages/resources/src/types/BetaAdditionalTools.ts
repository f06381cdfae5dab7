/**
 * The `BetaAdditionalTools` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaMessageRole } from "./BetaMessageRole.ts"
import type { BetaTool } from "./BetaTool.ts"

export interface BetaAdditionalTools {
  readonly agent?: BetaAgentTag | undefined
  /** @default "additional_tools" */
  readonly type: "additional_tools"
  readonly id: string
  readonly role: BetaMessageRole
  readonly tools: ReadonlyArray<BetaTool>
}
