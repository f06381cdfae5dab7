/**
 * The `ChatCompletionResponseMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionMessageToolCalls } from "./ChatCompletionMessageToolCalls.ts"

export interface ChatCompletionResponseMessage {
  readonly content: string | null
  readonly refusal: string | null
  readonly tool_calls?: ChatCompletionMessageToolCalls | undefined
  readonly annotations?:
    | ReadonlyArray<{
      readonly type: "url_citation"
      readonly url_citation: {
        readonly end_index: number
        readonly start_index: number
        /** @format uri */
        readonly url: string
        readonly title: string
      }
    }>
    | undefined
  readonly role: "assistant"
  /** @deprecated */
  readonly function_call?: {
    readonly arguments: string
    readonly name: string
  } | undefined
  readonly audio?:
    | {
      readonly id: string
      /** @format unixtime */
      readonly expires_at: number
      readonly data: string
      readonly transcript: string
    }
    | null
    | undefined
}
