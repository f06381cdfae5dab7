/**
 * The `ChatCompletionModeration` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionModerationError } from "./ChatCompletionModerationError.ts"
import type { ChatCompletionModerationResults } from "./ChatCompletionModerationResults.ts"

export interface ChatCompletionModeration {
  readonly input: ChatCompletionModerationResults | ChatCompletionModerationError
  readonly output: ChatCompletionModerationResults | ChatCompletionModerationError
}
