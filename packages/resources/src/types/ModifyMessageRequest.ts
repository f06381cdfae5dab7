/**
 * The `ModifyMessageRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Metadata } from "./Metadata.ts"

export interface ModifyMessageRequest {
  readonly metadata?: Metadata | undefined
}
