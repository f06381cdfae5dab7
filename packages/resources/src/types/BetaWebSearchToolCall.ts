/**
 * The `BetaWebSearchToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaWebSearchActionFind } from "./BetaWebSearchActionFind.ts"
import type { BetaWebSearchActionOpenPage } from "./BetaWebSearchActionOpenPage.ts"
import type { BetaWebSearchActionSearch } from "./BetaWebSearchActionSearch.ts"

export interface BetaWebSearchToolCall {
  readonly agent?: BetaAgentTag | null | undefined
  readonly id: string
  readonly type: "web_search_call"
  readonly status: "in_progress" | "searching" | "completed" | "failed"
  readonly action: BetaWebSearchActionSearch | BetaWebSearchActionOpenPage | BetaWebSearchActionFind
}
