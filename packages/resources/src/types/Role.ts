/**
 * The `Role` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface Role {
  readonly object: "role"
  readonly id: string
  readonly name: string
  readonly description: string | null
  readonly permissions: ReadonlyArray<string>
  readonly resource_type: string
  readonly predefined_role: boolean
}
