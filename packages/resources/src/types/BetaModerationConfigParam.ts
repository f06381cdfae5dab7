/**
 * The `BetaModerationConfigParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaModerationMode } from "./BetaModerationMode.ts"

export interface BetaModerationConfigParam {
  readonly mode: BetaModerationMode
}
