/**
 * The `ChatCompletionRequestUserMessageContentPart` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionRequestMessageContentPartAudio } from "./ChatCompletionRequestMessageContentPartAudio.ts"
import type { ChatCompletionRequestMessageContentPartFile } from "./ChatCompletionRequestMessageContentPartFile.ts"
import type { ChatCompletionRequestMessageContentPartImage } from "./ChatCompletionRequestMessageContentPartImage.ts"
import type { ChatCompletionRequestMessageContentPartText } from "./ChatCompletionRequestMessageContentPartText.ts"

export type ChatCompletionRequestUserMessageContentPart =
  | ChatCompletionRequestMessageContentPartText
  | ChatCompletionRequestMessageContentPartImage
  | ChatCompletionRequestMessageContentPartAudio
  | ChatCompletionRequestMessageContentPartFile
