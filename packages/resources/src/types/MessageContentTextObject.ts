/**
 * The `MessageContentTextObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TextAnnotation } from "./TextAnnotation.ts"

export interface MessageContentTextObject {
  readonly type: "text"
  readonly text: {
    readonly value: string
    readonly annotations: ReadonlyArray<TextAnnotation>
  }
}
