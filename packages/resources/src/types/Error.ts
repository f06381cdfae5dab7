/**
 * The `Error` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface Error {
  readonly code: string | null
  readonly message: string
  readonly param: string | null
  readonly type: string
}
