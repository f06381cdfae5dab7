/**
 * The `Group` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface Group {
  readonly object: "group"
  readonly id: string
  readonly name: string
  /** @format unixtime */
  readonly created_at: number
  readonly scim_managed: boolean
}
