/**
 * The `ImageEditStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ImageEditCompletedEvent } from "./ImageEditCompletedEvent.ts"
import type { ImageEditPartialImageEvent } from "./ImageEditPartialImageEvent.ts"

export type ImageEditStreamEvent = ImageEditPartialImageEvent | ImageEditCompletedEvent
