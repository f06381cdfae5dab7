/**
 * The `Model` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface Model {
  readonly id: string
  /** @format unixtime */
  readonly created: number
  readonly object: "model"
  readonly owned_by: string
  /** @format date */
  readonly shutdown_date?: string | null | undefined
}
