/**
 * The `BetaFileSearchToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaVectorStoreFileAttributes } from "./BetaVectorStoreFileAttributes.ts"

export interface BetaFileSearchToolCall {
  readonly agent?: BetaAgentTag | null | undefined
  readonly id: string
  readonly type: "file_search_call"
  readonly status: "in_progress" | "searching" | "completed" | "incomplete" | "failed"
  readonly queries: ReadonlyArray<string>
  readonly results?:
    | ReadonlyArray<{
      readonly file_id?: string | undefined
      readonly text?: string | undefined
      readonly filename?: string | undefined
      readonly attributes?: BetaVectorStoreFileAttributes | undefined
      /** @format float */
      readonly score?: number | undefined
    }>
    | null
    | undefined
}
