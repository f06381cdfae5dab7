/**
 * The `MessageContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MessageContentImageFileObject } from "./MessageContentImageFileObject.ts"
import type { MessageContentImageUrlObject } from "./MessageContentImageUrlObject.ts"
import type { MessageContentRefusalObject } from "./MessageContentRefusalObject.ts"
import type { MessageContentTextObject } from "./MessageContentTextObject.ts"

export type MessageContent =
  | MessageContentImageFileObject
  | MessageContentImageUrlObject
  | MessageContentTextObject
  | MessageContentRefusalObject
