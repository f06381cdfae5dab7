/**
 * The `CreateEvalStoredCompletionsDataSourceConfig` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

/** @deprecated */
export interface CreateEvalStoredCompletionsDataSourceConfig {
  /** @default "stored_completions" */
  readonly type: "stored_completions"
  readonly metadata?: { readonly [key: string]: unknown } | undefined
}
