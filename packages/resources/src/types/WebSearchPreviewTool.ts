/**
 * The `WebSearchPreviewTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ApproximateLocation } from "./ApproximateLocation.ts"
import type { SearchContentType } from "./SearchContentType.ts"
import type { SearchContextSize } from "./SearchContextSize.ts"

export interface WebSearchPreviewTool {
  /** @default "web_search_preview" */
  readonly type: "web_search_preview" | "web_search_preview_2025_03_11"
  readonly user_location?: ApproximateLocation | null | undefined
  readonly search_context_size?: SearchContextSize | undefined
  readonly search_content_types?: ReadonlyArray<SearchContentType> | undefined
}
