/**
 * The `BetaContainerNetworkPolicyDomainSecretParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaContainerNetworkPolicyDomainSecretParam {
  /** @minLength 1 */
  readonly domain: string
  /** @minLength 1 */
  readonly name: string
  /**
   * @minLength 1
   * @maxLength 10485760
   */
  readonly value: string
}
