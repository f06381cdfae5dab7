/**
 * The `ChatCompletionRequestMessageContentPartAudio` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { PromptCacheBreakpointParam } from "./PromptCacheBreakpointParam.ts"

export interface ChatCompletionRequestMessageContentPartAudio {
  readonly type: "input_audio"
  readonly input_audio: {
    readonly data: string
    readonly format: "wav" | "mp3"
  }
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointParam | undefined
}
