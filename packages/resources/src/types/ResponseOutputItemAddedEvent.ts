/**
 * The `ResponseOutputItemAddedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { OutputItem } from "./OutputItem.ts"

export interface ResponseOutputItemAddedEvent {
  readonly type: "response.output_item.added"
  readonly output_index: number
  readonly sequence_number: number
  readonly item: OutputItem
}
