/**
 * The `InputTextContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { PromptCacheBreakpointConfig } from "./PromptCacheBreakpointConfig.ts"

export interface InputTextContent {
  /** @default "input_text" */
  readonly type: "input_text"
  readonly text: string
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointConfig | undefined
}
