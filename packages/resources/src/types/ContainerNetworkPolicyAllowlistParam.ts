/**
 * The `ContainerNetworkPolicyAllowlistParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ContainerNetworkPolicyDomainSecretParam } from "./ContainerNetworkPolicyDomainSecretParam.ts"

export interface ContainerNetworkPolicyAllowlistParam {
  /** @default "allowlist" */
  readonly type: "allowlist"
  /** @minItems 1 */
  readonly allowed_domains: ReadonlyArray<string>
  /** @minItems 1 */
  readonly domain_secrets?: ReadonlyArray<ContainerNetworkPolicyDomainSecretParam> | undefined
}
