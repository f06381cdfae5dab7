/**
 * The `BetaTextResponseFormatJsonSchema` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaResponseFormatJsonSchemaSchema } from "./BetaResponseFormatJsonSchemaSchema.ts"

export interface BetaTextResponseFormatJsonSchema {
  readonly type: "json_schema"
  readonly description?: string | undefined
  readonly name: string
  readonly schema: BetaResponseFormatJsonSchemaSchema
  /** @default false */
  readonly strict?: boolean | null | undefined
}
