/**
 * The `CreateCompletionResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CompletionUsage } from "./CompletionUsage.ts"

export interface CreateCompletionResponse {
  readonly id: string
  readonly choices: ReadonlyArray<{
    readonly finish_reason: "stop" | "length" | "content_filter"
    readonly index: number
    readonly logprobs: {
      readonly text_offset?: ReadonlyArray<number> | undefined
      readonly token_logprobs?: ReadonlyArray<number> | undefined
      readonly tokens?: ReadonlyArray<string> | undefined
      readonly top_logprobs?: ReadonlyArray<{ readonly [key: string]: number }> | undefined
    } | null
    readonly text: string
  }>
  /** @format unixtime */
  readonly created: number
  readonly model: string
  readonly system_fingerprint?: string | undefined
  readonly object: "text_completion"
  readonly usage?: CompletionUsage | undefined
}
