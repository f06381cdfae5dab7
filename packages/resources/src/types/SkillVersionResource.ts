/**
 * The `SkillVersionResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface SkillVersionResource {
  /** @default "skill.version" */
  readonly object: "skill.version"
  readonly id: string
  readonly skill_id: string
  readonly version: string
  /** @format unixtime */
  readonly created_at: number
  readonly name: string
  readonly description: string
}
