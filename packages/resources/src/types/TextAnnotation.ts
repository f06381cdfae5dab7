/**
 * The `TextAnnotation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MessageContentTextAnnotationsFileCitationObject } from "./MessageContentTextAnnotationsFileCitationObject.ts"
import type { MessageContentTextAnnotationsFilePathObject } from "./MessageContentTextAnnotationsFilePathObject.ts"

export type TextAnnotation =
  | MessageContentTextAnnotationsFileCitationObject
  | MessageContentTextAnnotationsFilePathObject
