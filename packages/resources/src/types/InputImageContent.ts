/**
 * The `InputImageContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ImageDetail } from "./ImageDetail.ts"
import type { PromptCacheBreakpointConfig } from "./PromptCacheBreakpointConfig.ts"

export interface InputImageContent {
  /** @default "input_image" */
  readonly type: "input_image"
  /** @format uri */
  readonly image_url?: string | null | undefined
  readonly file_id?: string | null | undefined
  readonly detail: ImageDetail
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointConfig | undefined
}
