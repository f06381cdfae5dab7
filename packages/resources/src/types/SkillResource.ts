/**
 * The `SkillResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface SkillResource {
  readonly id: string
  /** @default "skill" */
  readonly object: "skill"
  readonly name: string
  readonly description: string
  /** @format unixtime */
  readonly created_at: number
  readonly default_version: string
  readonly latest_version: string
}
