/**
 * The `ChatCompletionAllowedToolsChoice` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionAllowedTools } from "./ChatCompletionAllowedTools.ts"

export interface ChatCompletionAllowedToolsChoice {
  readonly type: "allowed_tools"
  readonly allowed_tools: ChatCompletionAllowedTools
}
