/**
 * The `CreateFileRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"
import type { FileExpirationAfter } from "./FileExpirationAfter.ts"
import type { FilePurpose } from "./FilePurpose.ts"

export interface CreateFileRequest {
  readonly file: Uploadable
  readonly purpose: FilePurpose
  readonly expires_after?: FileExpirationAfter | undefined
}
