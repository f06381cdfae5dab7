/**
 * The `BetaModerationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaModerationPolicyParam } from "./BetaModerationPolicyParam.ts"

export interface BetaModerationParam {
  readonly model: string
  readonly policy?: BetaModerationPolicyParam | null | undefined
}
