/**
 * The `BetaInputMessageResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaInputMessage } from "./BetaInputMessage.ts"

export interface BetaInputMessageResource extends Omit<BetaInputMessage, "type"> {
  readonly type: "message"
  readonly id: string
}
