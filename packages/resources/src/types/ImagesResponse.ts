/**
 * The `ImagesResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Image } from "./Image.ts"
import type { ImageGenUsage } from "./ImageGenUsage.ts"

export interface ImagesResponse {
  /** @format unixtime */
  readonly created: number
  readonly data?: ReadonlyArray<Image> | undefined
  readonly background?: "transparent" | "opaque" | undefined
  readonly output_format?: "png" | "webp" | "jpeg" | undefined
  readonly size?: "1024x1024" | "1024x1536" | "1536x1024" | undefined
  readonly quality?: "low" | "medium" | "high" | undefined
  readonly usage?: ImageGenUsage | undefined
}
