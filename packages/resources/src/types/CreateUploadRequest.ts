/**
 * The `CreateUploadRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FileExpirationAfter } from "./FileExpirationAfter.ts"

export interface CreateUploadRequest {
  readonly filename: string
  readonly purpose: "assistants" | "batch" | "fine-tune" | "vision"
  readonly bytes: number
  readonly mime_type: string
  readonly expires_after?: FileExpirationAfter | undefined
}
