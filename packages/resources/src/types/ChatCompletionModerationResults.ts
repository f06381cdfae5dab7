/**
 * The `ChatCompletionModerationResults` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModerationResultBody } from "./ModerationResultBody.ts"

export interface ChatCompletionModerationResults {
  readonly type: "moderation_results"
  readonly model: string
  readonly results: ReadonlyArray<ModerationResultBody>
}
