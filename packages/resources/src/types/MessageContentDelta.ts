/**
 * The `MessageContentDelta` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MessageDeltaContentImageFileObject } from "./MessageDeltaContentImageFileObject.ts"
import type { MessageDeltaContentImageUrlObject } from "./MessageDeltaContentImageUrlObject.ts"
import type { MessageDeltaContentRefusalObject } from "./MessageDeltaContentRefusalObject.ts"
import type { MessageDeltaContentTextObject } from "./MessageDeltaContentTextObject.ts"

export type MessageContentDelta =
  | MessageDeltaContentImageFileObject
  | MessageDeltaContentTextObject
  | MessageDeltaContentRefusalObject
  | MessageDeltaContentImageUrlObject
