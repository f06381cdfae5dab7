/**
 * The `BetaSkillReferenceParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaSkillReferenceParam {
  /** @default "skill_reference" */
  readonly type: "skill_reference"
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly skill_id: string
  readonly version?: string | undefined
}
