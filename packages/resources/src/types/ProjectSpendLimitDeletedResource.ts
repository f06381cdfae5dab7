/**
 * The `ProjectSpendLimitDeletedResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectSpendLimitDeletedResource {
  /** @default "project.spend_limit.deleted" */
  readonly object: "project.spend_limit.deleted"
  readonly deleted: boolean
}
