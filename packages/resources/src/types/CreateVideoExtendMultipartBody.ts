/**
 * The `CreateVideoExtendMultipartBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"
import type { VideoReferenceInputParam } from "./VideoReferenceInputParam.ts"
import type { VideoSeconds } from "./VideoSeconds.ts"

export interface CreateVideoExtendMultipartBody {
  readonly video: Uploadable | VideoReferenceInputParam
  /**
   * @minLength 1
   * @maxLength 32000
   */
  readonly prompt: string
  readonly seconds: VideoSeconds
}
