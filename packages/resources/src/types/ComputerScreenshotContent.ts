/**
 * The `ComputerScreenshotContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ImageDetail } from "./ImageDetail.ts"
import type { PromptCacheBreakpointConfig } from "./PromptCacheBreakpointConfig.ts"

export interface ComputerScreenshotContent {
  /** @default "computer_screenshot" */
  readonly type: "computer_screenshot"
  /** @format uri */
  readonly image_url: string | null
  readonly file_id: string | null
  readonly detail: ImageDetail
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointConfig | undefined
}
