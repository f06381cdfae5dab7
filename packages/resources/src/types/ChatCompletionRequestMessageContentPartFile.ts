/**
 * The `ChatCompletionRequestMessageContentPartFile` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { PromptCacheBreakpointParam } from "./PromptCacheBreakpointParam.ts"

export interface ChatCompletionRequestMessageContentPartFile {
  readonly type: "file"
  readonly file: {
    readonly filename?: string | undefined
    readonly file_data?: string | undefined
    readonly file_id?: string | undefined
  }
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointParam | undefined
}
