/**
 * The `EvalItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalItemContent } from "./EvalItemContent.ts"

export interface EvalItem {
  readonly role: "user" | "assistant" | "system" | "developer"
  readonly content: EvalItemContent
  readonly type?: "message" | undefined
}
