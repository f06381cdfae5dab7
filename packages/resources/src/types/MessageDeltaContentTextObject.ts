/**
 * The `MessageDeltaContentTextObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TextAnnotationDelta } from "./TextAnnotationDelta.ts"

export interface MessageDeltaContentTextObject {
  readonly index: number
  readonly type: "text"
  readonly text?: {
    readonly value?: string | undefined
    readonly annotations?: ReadonlyArray<TextAnnotationDelta> | undefined
  } | undefined
}
