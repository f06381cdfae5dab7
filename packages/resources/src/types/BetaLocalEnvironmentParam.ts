/**
 * The `BetaLocalEnvironmentParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaLocalSkillParam } from "./BetaLocalSkillParam.ts"

export interface BetaLocalEnvironmentParam {
  /** @default "local" */
  readonly type: "local"
  /** @maxItems 200 */
  readonly skills?: ReadonlyArray<BetaLocalSkillParam> | undefined
}
