/**
 * The `BetaProgram` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaProgram {
  readonly agent?: BetaAgentTag | undefined
  /** @default "program" */
  readonly type: "program"
  readonly id: string
  readonly call_id: string
  readonly code: string
  readonly fingerprint: string
}
