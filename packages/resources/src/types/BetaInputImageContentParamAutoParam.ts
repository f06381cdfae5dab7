/**
 * The `BetaInputImageContentParamAutoParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaDetailEnum } from "./BetaDetailEnum.ts"
import type { BetaPromptCacheBreakpointParam } from "./BetaPromptCacheBreakpointParam.ts"

export interface BetaInputImageContentParamAutoParam {
  /** @default "input_image" */
  readonly type: "input_image"
  /**
   * @maxLength 20971520
   * @format uri
   */
  readonly image_url?: string | null | undefined
  readonly file_id?: string | null | undefined
  readonly detail?: BetaDetailEnum | null | undefined
  readonly prompt_cache_breakpoint?: BetaPromptCacheBreakpointParam | null | undefined
}
