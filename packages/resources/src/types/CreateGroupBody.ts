/**
 * The `CreateGroupBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CreateGroupBody {
  /**
   * @minLength 1
   * @maxLength 255
   */
  readonly name: string
}
