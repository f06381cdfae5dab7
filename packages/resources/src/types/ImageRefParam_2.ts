/**
 * The `ImageRefParam-2` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ImageRefParam_2 {
  /**
   * @maxLength 20971520
   * @format uri
   */
  readonly image_url?: string | undefined
  readonly file_id?: string | undefined
}
