/**
 * The `ResponseFormatJsonSchema` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ResponseFormatJsonSchemaSchema } from "./ResponseFormatJsonSchemaSchema.ts"

export interface ResponseFormatJsonSchema {
  readonly type: "json_schema"
  readonly json_schema: {
    readonly description?: string | undefined
    readonly name: string
    readonly schema?: ResponseFormatJsonSchemaSchema | undefined
    /** @default false */
    readonly strict?: boolean | null | undefined
  }
}
