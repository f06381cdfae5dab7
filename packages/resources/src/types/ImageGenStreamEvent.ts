/**
 * The `ImageGenStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ImageGenCompletedEvent } from "./ImageGenCompletedEvent.ts"
import type { ImageGenPartialImageEvent } from "./ImageGenPartialImageEvent.ts"

export type ImageGenStreamEvent = ImageGenPartialImageEvent | ImageGenCompletedEvent
