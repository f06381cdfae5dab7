/**
 * The `ContainerAutoParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ContainerMemoryLimit } from "./ContainerMemoryLimit.ts"
import type { ContainerNetworkPolicyAllowlistParam } from "./ContainerNetworkPolicyAllowlistParam.ts"
import type { ContainerNetworkPolicyDisabledParam } from "./ContainerNetworkPolicyDisabledParam.ts"
import type { InlineSkillParam } from "./InlineSkillParam.ts"
import type { SkillReferenceParam } from "./SkillReferenceParam.ts"

export interface ContainerAutoParam {
  /** @default "container_auto" */
  readonly type: "container_auto"
  /** @maxItems 50 */
  readonly file_ids?: ReadonlyArray<string> | undefined
  readonly memory_limit?: ContainerMemoryLimit | null | undefined
  readonly network_policy?: ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam | undefined
  /** @maxItems 200 */
  readonly skills?: ReadonlyArray<SkillReferenceParam | InlineSkillParam> | undefined
}
