/**
 * The `ModerationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModerationPolicyParam } from "./ModerationPolicyParam.ts"

export interface ModerationParam {
  readonly model: string
  readonly policy?: ModerationPolicyParam | null | undefined
}
