/**
 * The `BetaInputImageContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaImageDetail } from "./BetaImageDetail.ts"
import type { BetaPromptCacheBreakpointConfig } from "./BetaPromptCacheBreakpointConfig.ts"

export interface BetaInputImageContent {
  /** @default "input_image" */
  readonly type: "input_image"
  /** @format uri */
  readonly image_url?: string | null | undefined
  readonly file_id?: string | null | undefined
  readonly detail: BetaImageDetail
  readonly prompt_cache_breakpoint?: BetaPromptCacheBreakpointConfig | undefined
}
