/**
 * The chat stream helper: print the text as it arrives (`content.delta`),
 * watch a tool call's arguments being parsed while they stream, and fold a
 * stream into the final completion.
 */
import * as ChatCompletionStream from "@openai-effect/helpers/ChatCompletionStream"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { model, run } from "./runtime.ts"

const messages = [{ role: "user" as const, content: "Tell me a short story." }]

const weather = {
  type: "function" as const,
  function: {
    name: "get_weather",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, unit: { type: "string", enum: ["c", "f"] } },
      required: ["city", "unit"],
      additionalProperties: false
    },
    strict: true
  }
}

const program = Effect.gen(function*() {
  yield* ChatCompletionStream.stream({ model, messages, stream_options: { include_usage: true } }).pipe(
    Stream.runForEach((event) => {
      switch (event.type) {
        case "content.delta":
          return Effect.sync(() => process.stdout.write(event.delta))
        case "content.done":
          return Console.log(`\n(content.done: ${event.content.length} characters)`)
        case "chatCompletion":
          return Console.log(
            `finish reason: ${
              event.completion.choices[0]?.finish_reason
            }, usage: ${event.completion.usage?.total_tokens} tokens`
          )
        default:
          return Effect.void
      }
    })
  )

  yield* ChatCompletionStream.stream({
    model,
    messages: [{ role: "user", content: "What is the weather in Paris?" }],
    tools: [weather]
  }).pipe(
    Stream.runForEach((event) =>
      event.type === "tool_calls.function.arguments.delta"
        ? Console.log(`${event.name} arguments so far: ${JSON.stringify(event.parsed_arguments)}`)
        : event.type === "tool_calls.function.arguments.done"
        ? Console.log(`${event.name} called with ${JSON.stringify(event.parsed_arguments)}`)
        : Effect.void
    )
  )

  const completion = yield* ChatCompletionStream.accumulate(ChatCompletions.createStream({ model, messages }))
  yield* Console.log(`accumulated: ${completion.choices[0]?.message.content?.slice(0, 40)}...`)
})

await run(program)
