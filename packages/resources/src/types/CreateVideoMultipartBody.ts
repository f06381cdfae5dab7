/**
 * The `CreateVideoMultipartBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"
import type { ImageRefParam_2 } from "./ImageRefParam_2.ts"
import type { VideoModel } from "./VideoModel.ts"
import type { VideoSeconds } from "./VideoSeconds.ts"
import type { VideoSize } from "./VideoSize.ts"

export interface CreateVideoMultipartBody {
  readonly model?: VideoModel | undefined
  /**
   * @minLength 1
   * @maxLength 32000
   */
  readonly prompt: string
  readonly input_reference?: Uploadable | ImageRefParam_2 | undefined
  readonly seconds?: VideoSeconds | undefined
  readonly size?: VideoSize | undefined
}
