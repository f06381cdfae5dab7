/**
 * The `Attachment` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AttachmentType } from "./AttachmentType.ts"

export interface Attachment {
  readonly type: AttachmentType
  readonly id: string
  readonly name: string
  readonly mime_type: string
  /** @format uri */
  readonly preview_url: string | null
}
