/**
 * The `OrganizationSpendAlertDeletedResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface OrganizationSpendAlertDeletedResource {
  readonly id: string
  readonly object: "organization.spend_alert.deleted"
  readonly deleted: boolean
}
