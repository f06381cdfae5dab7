/**
 * The `Upload` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { OpenAIFile } from "./OpenAIFile.ts"

export interface Upload {
  readonly id: string
  /** @format unixtime */
  readonly created_at: number
  readonly filename: string
  readonly bytes: number
  readonly purpose: string
  readonly status: "pending" | "completed" | "cancelled" | "expired"
  /** @format unixtime */
  readonly expires_at: number
  readonly object: "upload"
  readonly file?: OpenAIFile & unknown | undefined
}
