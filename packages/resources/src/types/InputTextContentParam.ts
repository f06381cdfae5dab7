/**
 * The `InputTextContentParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { PromptCacheBreakpointParam } from "./PromptCacheBreakpointParam.ts"

export interface InputTextContentParam {
  /** @default "input_text" */
  readonly type: "input_text"
  /** @maxLength 10485760 */
  readonly text: string
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointParam | null | undefined
}
