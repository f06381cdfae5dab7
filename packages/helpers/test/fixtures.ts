/**
 * Chat completions as the API sends them, for scripting the test client.
 */
import type { ChatCompletion } from "@openai-effect/resources/ChatCompletions"

export interface ToolCallFixture {
  readonly id: string
  readonly name: string
  readonly arguments: string
}

const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }

/** One choice with `message` fields and a finish reason. */
export const completion = (
  message: {
    readonly content?: string | null
    readonly refusal?: string | null
    readonly tool_calls?: ReadonlyArray<ToolCallFixture>
  },
  finish_reason: ChatCompletion["choices"][number]["finish_reason"] = message.tool_calls ? "tool_calls" : "stop"
): ChatCompletion => ({
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1,
  model: "gpt-4o-mini",
  usage,
  choices: [{
    index: 0,
    finish_reason,
    logprobs: null,
    message: {
      role: "assistant",
      content: message.content ?? null,
      refusal: message.refusal ?? null,
      ...(message.tool_calls === undefined ? {} : {
        tool_calls: message.tool_calls.map((call) => ({
          id: call.id,
          type: "function" as const,
          function: { name: call.name, arguments: call.arguments }
        }))
      })
    }
  }]
})

export const text = (content: string) => completion({ content })

export const toolCalls = (...calls: ReadonlyArray<ToolCallFixture>) => completion({ tool_calls: calls })
