/**
 * The `InferenceOptions` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ToolChoice } from "./ToolChoice.ts"

export interface InferenceOptions {
  readonly tool_choice: ToolChoice | null
  readonly model: string | null
}
