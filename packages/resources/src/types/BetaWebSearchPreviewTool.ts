/**
 * The `BetaWebSearchPreviewTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaApproximateLocation } from "./BetaApproximateLocation.ts"
import type { BetaSearchContentType } from "./BetaSearchContentType.ts"
import type { BetaSearchContextSize } from "./BetaSearchContextSize.ts"

export interface BetaWebSearchPreviewTool {
  /** @default "web_search_preview" */
  readonly type: "web_search_preview" | "web_search_preview_2025_03_11"
  readonly user_location?: BetaApproximateLocation | null | undefined
  readonly search_context_size?: BetaSearchContextSize | undefined
  readonly search_content_types?: ReadonlyArray<BetaSearchContentType> | undefined
}
