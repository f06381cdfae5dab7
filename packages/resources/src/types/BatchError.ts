/**
 * The `BatchError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BatchError {
  readonly code?: string | undefined
  readonly message?: string | undefined
  readonly param?: string | null | undefined
  readonly line?: number | null | undefined
}
