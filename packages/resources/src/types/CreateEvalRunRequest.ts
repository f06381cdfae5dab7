/**
 * The `CreateEvalRunRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CreateEvalCompletionsRunDataSource } from "./CreateEvalCompletionsRunDataSource.ts"
import type { CreateEvalJsonlRunDataSource } from "./CreateEvalJsonlRunDataSource.ts"
import type { CreateEvalResponsesRunDataSource } from "./CreateEvalResponsesRunDataSource.ts"
import type { Metadata } from "./Metadata.ts"

export interface CreateEvalRunRequest {
  readonly name?: string | undefined
  readonly metadata?: Metadata | undefined
  readonly data_source:
    | CreateEvalJsonlRunDataSource
    | CreateEvalCompletionsRunDataSource
    | CreateEvalResponsesRunDataSource
}
