/**
 * The `TextResponseFormatConfiguration` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ResponseFormatJsonObject } from "./ResponseFormatJsonObject.ts"
import type { ResponseFormatText } from "./ResponseFormatText.ts"
import type { TextResponseFormatJsonSchema } from "./TextResponseFormatJsonSchema.ts"

export type TextResponseFormatConfiguration =
  | ResponseFormatText
  | TextResponseFormatJsonSchema
  | ResponseFormatJsonObject
