/**
 * The `EvalStoredCompletionsDataSourceConfig` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Metadata } from "./Metadata.ts"

/** @deprecated */
export interface EvalStoredCompletionsDataSourceConfig {
  /** @default "stored_completions" */
  readonly type: "stored_completions"
  readonly metadata?: Metadata | undefined
  readonly schema: { readonly [key: string]: unknown }
}
