/**
 * The `BetaModerationPolicyParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaModerationConfigParam } from "./BetaModerationConfigParam.ts"

export interface BetaModerationPolicyParam {
  readonly input?: BetaModerationConfigParam | null | undefined
  readonly output?: BetaModerationConfigParam | null | undefined
}
