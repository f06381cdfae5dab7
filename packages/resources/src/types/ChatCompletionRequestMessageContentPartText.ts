/**
 * The `ChatCompletionRequestMessageContentPartText` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { PromptCacheBreakpointParam } from "./PromptCacheBreakpointParam.ts"

export interface ChatCompletionRequestMessageContentPartText {
  readonly type: "text"
  readonly text: string
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointParam | undefined
}
