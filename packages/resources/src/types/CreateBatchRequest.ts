/**
 * The `CreateBatchRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BatchFileExpirationAfter } from "./BatchFileExpirationAfter.ts"
import type { Metadata } from "./Metadata.ts"

export interface CreateBatchRequest {
  readonly input_file_id: string
  readonly endpoint:
    | "/v1/responses"
    | "/v1/chat/completions"
    | "/v1/embeddings"
    | "/v1/completions"
    | "/v1/moderations"
    | "/v1/images/generations"
    | "/v1/images/edits"
    | "/v1/videos"
  readonly completion_window: "24h"
  readonly metadata?: Metadata | undefined
  readonly output_expires_after?: BatchFileExpirationAfter | undefined
}
