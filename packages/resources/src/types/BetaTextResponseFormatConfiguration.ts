/**
 * The `BetaTextResponseFormatConfiguration` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaResponseFormatJsonObject } from "./BetaResponseFormatJsonObject.ts"
import type { BetaResponseFormatText } from "./BetaResponseFormatText.ts"
import type { BetaTextResponseFormatJsonSchema } from "./BetaTextResponseFormatJsonSchema.ts"

export type BetaTextResponseFormatConfiguration =
  | BetaResponseFormatText
  | BetaTextResponseFormatJsonSchema
  | BetaResponseFormatJsonObject
