/**
 * The `DeletedSkillResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface DeletedSkillResource {
  /** @default "skill.deleted" */
  readonly object: "skill.deleted"
  readonly deleted: boolean
  readonly id: string
}
