/**
 * The `FileSearchToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { VectorStoreFileAttributes } from "./VectorStoreFileAttributes.ts"

export interface FileSearchToolCall {
  readonly id: string
  readonly type: "file_search_call"
  readonly status: "in_progress" | "searching" | "completed" | "incomplete" | "failed"
  readonly queries: ReadonlyArray<string>
  readonly results?:
    | ReadonlyArray<{
      readonly file_id?: string | undefined
      readonly text?: string | undefined
      readonly filename?: string | undefined
      readonly attributes?: VectorStoreFileAttributes | undefined
      /** @format float */
      readonly score?: number | undefined
    }>
    | null
    | undefined
}
