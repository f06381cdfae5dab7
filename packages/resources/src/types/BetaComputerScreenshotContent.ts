/**
 * The `BetaComputerScreenshotContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaImageDetail } from "./BetaImageDetail.ts"
import type { BetaPromptCacheBreakpointConfig } from "./BetaPromptCacheBreakpointConfig.ts"

export interface BetaComputerScreenshotContent {
  /** @default "computer_screenshot" */
  readonly type: "computer_screenshot"
  /** @format uri */
  readonly image_url: string | null
  readonly file_id: string | null
  readonly detail: BetaImageDetail
  readonly prompt_cache_breakpoint?: BetaPromptCacheBreakpointConfig | undefined
}
