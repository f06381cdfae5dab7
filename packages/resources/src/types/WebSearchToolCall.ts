/**
 * The `WebSearchToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { WebSearchActionFind } from "./WebSearchActionFind.ts"
import type { WebSearchActionOpenPage } from "./WebSearchActionOpenPage.ts"
import type { WebSearchActionSearch } from "./WebSearchActionSearch.ts"

export interface WebSearchToolCall {
  readonly id: string
  readonly type: "web_search_call"
  readonly status: "in_progress" | "searching" | "completed" | "failed"
  readonly action: WebSearchActionSearch | WebSearchActionOpenPage | WebSearchActionFind
}
