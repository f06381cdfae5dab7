/**
 * The `InputFileContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FileInputDetail } from "./FileInputDetail.ts"
import type { PromptCacheBreakpointConfig } from "./PromptCacheBreakpointConfig.ts"

export interface InputFileContent {
  /** @default "input_file" */
  readonly type: "input_file"
  readonly file_id?: string | null | undefined
  readonly filename?: string | undefined
  readonly file_data?: string | undefined
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointConfig | undefined
  /** @format uri */
  readonly file_url?: string | undefined
  readonly detail?: FileInputDetail | undefined
}
