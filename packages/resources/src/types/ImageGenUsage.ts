/**
 * The `ImageGenUsage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ImageGenInputUsageDetails } from "./ImageGenInputUsageDetails.ts"
import type { ImageGenOutputTokensDetails } from "./ImageGenOutputTokensDetails.ts"

export interface ImageGenUsage {
  readonly input_tokens: number
  readonly total_tokens: number
  readonly output_tokens: number
  readonly output_tokens_details?: ImageGenOutputTokensDetails | undefined
  readonly input_tokens_details: ImageGenInputUsageDetails
}
