/**
 * The `DeletedSkillVersionResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface DeletedSkillVersionResource {
  /** @default "skill.version.deleted" */
  readonly object: "skill.version.deleted"
  readonly deleted: boolean
  readonly id: string
  readonly version: string
}
