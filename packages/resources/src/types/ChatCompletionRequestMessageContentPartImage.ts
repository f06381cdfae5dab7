/**
 * The `ChatCompletionRequestMessageContentPartImage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { PromptCacheBreakpointParam } from "./PromptCacheBreakpointParam.ts"

export interface ChatCompletionRequestMessageContentPartImage {
  readonly type: "image_url"
  readonly image_url: {
    /** @format uri */
    readonly url: string
    /** @default "auto" */
    readonly detail?: "auto" | "low" | "high" | undefined
  }
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointParam | undefined
}
