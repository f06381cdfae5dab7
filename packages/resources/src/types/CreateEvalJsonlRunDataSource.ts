/**
 * The `CreateEvalJsonlRunDataSource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalJsonlFileContentSource } from "./EvalJsonlFileContentSource.ts"
import type { EvalJsonlFileIdSource } from "./EvalJsonlFileIdSource.ts"

export interface CreateEvalJsonlRunDataSource {
  /** @default "jsonl" */
  readonly type: "jsonl"
  readonly source: EvalJsonlFileContentSource | EvalJsonlFileIdSource
}
