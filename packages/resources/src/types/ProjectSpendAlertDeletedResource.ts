/**
 * The `ProjectSpendAlertDeletedResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectSpendAlertDeletedResource {
  readonly id: string
  readonly object: "project.spend_alert.deleted"
  readonly deleted: boolean
}
