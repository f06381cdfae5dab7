/**
 * The `TextAnnotationDelta` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MessageDeltaContentTextAnnotationsFileCitationObject } from "./MessageDeltaContentTextAnnotationsFileCitationObject.ts"
import type { MessageDeltaContentTextAnnotationsFilePathObject } from "./MessageDeltaContentTextAnnotationsFilePathObject.ts"

export type TextAnnotationDelta =
  | MessageDeltaContentTextAnnotationsFileCitationObject
  | MessageDeltaContentTextAnnotationsFilePathObject
