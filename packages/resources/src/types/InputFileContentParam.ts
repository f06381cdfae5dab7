/**
 * The `InputFileContentParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FileDetailEnum } from "./FileDetailEnum.ts"
import type { PromptCacheBreakpointParam } from "./PromptCacheBreakpointParam.ts"

export interface InputFileContentParam {
  /** @default "input_file" */
  readonly type: "input_file"
  readonly file_id?: string | null | undefined
  readonly filename?: string | null | undefined
  /** @maxLength 73400320 */
  readonly file_data?: string | null | undefined
  /** @format uri */
  readonly file_url?: string | null | undefined
  readonly detail?: FileDetailEnum | undefined
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointParam | null | undefined
}
