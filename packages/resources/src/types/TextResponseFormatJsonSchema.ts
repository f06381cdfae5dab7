/**
 * The `TextResponseFormatJsonSchema` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ResponseFormatJsonSchemaSchema } from "./ResponseFormatJsonSchemaSchema.ts"

export interface TextResponseFormatJsonSchema {
  readonly type: "json_schema"
  readonly description?: string | undefined
  readonly name: string
  readonly schema: ResponseFormatJsonSchemaSchema
  /** @default false */
  readonly strict?: boolean | null | undefined
}
