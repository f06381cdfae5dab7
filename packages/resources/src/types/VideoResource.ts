/**
 * The `VideoResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Error_2 } from "./Error_2.ts"
import type { VideoModel } from "./VideoModel.ts"
import type { VideoSeconds } from "./VideoSeconds.ts"
import type { VideoSize } from "./VideoSize.ts"
import type { VideoStatus } from "./VideoStatus.ts"

export interface VideoResource {
  readonly id: string
  /** @default "video" */
  readonly object: "video"
  readonly model: VideoModel
  readonly status: VideoStatus
  readonly progress: number
  /** @format unixtime */
  readonly created_at: number
  /** @format unixtime */
  readonly completed_at: number | null
  /** @format unixtime */
  readonly expires_at: number | null
  readonly prompt: string | null
  readonly size: VideoSize
  readonly seconds: VideoSeconds | (string & {})
  readonly remixed_from_video_id: string | null
  readonly error: Error_2 | null
}
