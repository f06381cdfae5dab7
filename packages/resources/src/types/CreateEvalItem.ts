/**
 * The `CreateEvalItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalItem } from "./EvalItem.ts"

export type CreateEvalItem = {
  readonly role: string
  readonly content: string
} | EvalItem
