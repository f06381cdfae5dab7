/**
 * The `VideoCharacterResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface VideoCharacterResource {
  readonly id: string | null
  readonly name: string | null
  /** @format unixtime */
  readonly created_at: number
}
