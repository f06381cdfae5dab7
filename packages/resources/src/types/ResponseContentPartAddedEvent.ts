/**
 * The `ResponseContentPartAddedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { OutputContent } from "./OutputContent.ts"

export interface ResponseContentPartAddedEvent {
  readonly type: "response.content_part.added"
  readonly item_id: string
  readonly output_index: number
  readonly content_index: number
  readonly part: OutputContent
  readonly sequence_number: number
}
