/**
 * The `PredictionContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionRequestMessageContentPartText } from "./ChatCompletionRequestMessageContentPartText.ts"

export interface PredictionContent {
  readonly type: "content"
  /** @minItems 1 */
  readonly content: string | ReadonlyArray<ChatCompletionRequestMessageContentPartText>
}
