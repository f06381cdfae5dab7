/**
 * The `AssistantsApiResponseFormatOption` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ResponseFormatJsonObject } from "./ResponseFormatJsonObject.ts"
import type { ResponseFormatJsonSchema } from "./ResponseFormatJsonSchema.ts"
import type { ResponseFormatText } from "./ResponseFormatText.ts"

export type AssistantsApiResponseFormatOption =
  | "auto"
  | ResponseFormatText
  | ResponseFormatJsonObject
  | ResponseFormatJsonSchema
