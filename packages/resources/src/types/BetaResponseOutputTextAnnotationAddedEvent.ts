/**
 * The `BetaResponseOutputTextAnnotationAddedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaAnnotation } from "./BetaAnnotation.ts"

export interface BetaResponseOutputTextAnnotationAddedEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.output_text.annotation.added"
  readonly item_id: string
  readonly output_index: number
  readonly content_index: number
  readonly annotation_index: number
  readonly sequence_number: number
  readonly annotation: BetaAnnotation | null
}
