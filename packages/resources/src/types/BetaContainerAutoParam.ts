/**
 * The `BetaContainerAutoParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaContainerMemoryLimit } from "./BetaContainerMemoryLimit.ts"
import type { BetaContainerNetworkPolicyAllowlistParam } from "./BetaContainerNetworkPolicyAllowlistParam.ts"
import type { BetaContainerNetworkPolicyDisabledParam } from "./BetaContainerNetworkPolicyDisabledParam.ts"
import type { BetaInlineSkillParam } from "./BetaInlineSkillParam.ts"
import type { BetaSkillReferenceParam } from "./BetaSkillReferenceParam.ts"

export interface BetaContainerAutoParam {
  /** @default "container_auto" */
  readonly type: "container_auto"
  /** @maxItems 50 */
  readonly file_ids?: ReadonlyArray<string> | undefined
  readonly memory_limit?: BetaContainerMemoryLimit | null | undefined
  readonly network_policy?:
    | BetaContainerNetworkPolicyDisabledParam
    | BetaContainerNetworkPolicyAllowlistParam
    | undefined
  /** @maxItems 200 */
  readonly skills?: ReadonlyArray<BetaSkillReferenceParam | BetaInlineSkillParam> | undefined
}
