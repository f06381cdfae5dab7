/**
 * The `CreateVideoRemixBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CreateVideoRemixBody {
  /**
   * @minLength 1
   * @maxLength 32000
   */
  readonly prompt: string
}
