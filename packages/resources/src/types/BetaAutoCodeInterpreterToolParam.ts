/**
 * The `BetaAutoCodeInterpreterToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaContainerMemoryLimit } from "./BetaContainerMemoryLimit.ts"
import type { BetaContainerNetworkPolicyAllowlistParam } from "./BetaContainerNetworkPolicyAllowlistParam.ts"
import type { BetaContainerNetworkPolicyDisabledParam } from "./BetaContainerNetworkPolicyDisabledParam.ts"

export interface BetaAutoCodeInterpreterToolParam {
  /** @default "auto" */
  readonly type: "auto"
  /** @maxItems 50 */
  readonly file_ids?: ReadonlyArray<string> | undefined
  readonly memory_limit?: BetaContainerMemoryLimit | null | undefined
  readonly network_policy?:
    | BetaContainerNetworkPolicyDisabledParam
    | BetaContainerNetworkPolicyAllowlistParam
    | undefined
}
