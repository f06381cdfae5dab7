/**
 * The `ChatCompletionToolChoiceOption` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionAllowedToolsChoice } from "./ChatCompletionAllowedToolsChoice.ts"
import type { ChatCompletionNamedToolChoice } from "./ChatCompletionNamedToolChoice.ts"
import type { ChatCompletionNamedToolChoiceCustom } from "./ChatCompletionNamedToolChoiceCustom.ts"

export type ChatCompletionToolChoiceOption =
  | "none"
  | "auto"
  | "required"
  | ChatCompletionAllowedToolsChoice
  | ChatCompletionNamedToolChoice
  | ChatCompletionNamedToolChoiceCustom
