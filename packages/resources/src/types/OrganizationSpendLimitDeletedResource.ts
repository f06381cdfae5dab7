/**
 * The `OrganizationSpendLimitDeletedResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface OrganizationSpendLimitDeletedResource {
  /** @default "organization.spend_limit.deleted" */
  readonly object: "organization.spend_limit.deleted"
  readonly deleted: boolean
}
