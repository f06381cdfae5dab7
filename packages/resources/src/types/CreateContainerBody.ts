/**
 * The `CreateContainerBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ContainerNetworkPolicyAllowlistParam } from "./ContainerNetworkPolicyAllowlistParam.ts"
import type { ContainerNetworkPolicyDisabledParam } from "./ContainerNetworkPolicyDisabledParam.ts"
import type { InlineSkillParam } from "./InlineSkillParam.ts"
import type { SkillReferenceParam } from "./SkillReferenceParam.ts"

export interface CreateContainerBody {
  readonly name: string
  readonly file_ids?: ReadonlyArray<string> | undefined
  readonly expires_after?: {
    readonly anchor: "last_active_at"
    readonly minutes: number
  } | undefined
  readonly skills?: ReadonlyArray<SkillReferenceParam | InlineSkillParam> | undefined
  readonly memory_limit?: "1g" | "4g" | "16g" | "64g" | undefined
  readonly network_policy?: ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam | undefined
}
