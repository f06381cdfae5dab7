/**
 * The `EvalRunOutputItemResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface EvalRunOutputItemResult {
  readonly name: string
  readonly type?: string | undefined
  readonly score: number
  readonly passed: boolean
  readonly sample?: { readonly [key: string]: unknown } | null | undefined
  readonly [key: string]: unknown
}
