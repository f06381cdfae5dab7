/**
 * The `GraderStringCheck` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface GraderStringCheck {
  readonly type: "string_check"
  readonly name: string
  readonly input: string
  readonly reference: string
  readonly operation: "eq" | "ne" | "like" | "ilike"
}
