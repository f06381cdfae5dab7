/**
 * The `InputImageContentParamAutoParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { DetailEnum } from "./DetailEnum.ts"
import type { PromptCacheBreakpointParam } from "./PromptCacheBreakpointParam.ts"

export interface InputImageContentParamAutoParam {
  /** @default "input_image" */
  readonly type: "input_image"
  /**
   * @maxLength 20971520
   * @format uri
   */
  readonly image_url?: string | null | undefined
  readonly file_id?: string | null | undefined
  readonly detail?: DetailEnum | null | undefined
  readonly prompt_cache_breakpoint?: PromptCacheBreakpointParam | null | undefined
}
