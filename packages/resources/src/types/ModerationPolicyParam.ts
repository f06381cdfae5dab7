/**
 * The `ModerationPolicyParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModerationConfigParam } from "./ModerationConfigParam.ts"

export interface ModerationPolicyParam {
  readonly input?: ModerationConfigParam | null | undefined
  readonly output?: ModerationConfigParam | null | undefined
}
