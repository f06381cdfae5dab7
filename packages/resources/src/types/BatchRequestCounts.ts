/**
 * The `BatchRequestCounts` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BatchRequestCounts {
  readonly total: number
  readonly completed: number
  readonly failed: number
}
