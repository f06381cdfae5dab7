/**
 * The `BetaInlineSkillSourceParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaInlineSkillSourceParam {
  /** @default "base64" */
  readonly type: "base64"
  /** @default "application/zip" */
  readonly media_type: "application/zip"
  /**
   * @minLength 1
   * @maxLength 70254592
   */
  readonly data: string
}
