/**
 * An `effect/ai` toolkit as the answer to an assistant run's
 * `requires_action`: the same `Tool`s and handlers that serve chat tool loops
 * serve the Assistants API.
 *
 * ```ts
 * const toolkit = yield* WeatherToolkit
 * yield* ThreadsRuns.createAndStream(threadId, { assistant_id }, { tools: AssistantToolkit.toolOutputs(toolkit) })
 * ```
 *
 * It lives here, not beside `ThreadsRuns`, so that programs that stream runs
 * without a toolkit never type-check or bundle `effect/ai`.
 *
 * @since 0.1.0
 */
import type { ToolOutputs } from "@openai-effect/resources/ThreadsRuns"
import type * as AiError from "effect/ai/AiError"
import type * as Tool from "effect/ai/Tool"
import type * as Toolkit from "effect/ai/Toolkit"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"

const parseArguments = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    // Left as it came, so the toolkit's decoding reports it as a typed error.
    return text
  }
}

/**
 * Answers a run's tool calls with a toolkit: each call's arguments are decoded
 * by its tool's schema, the handler runs, and the final (not preliminary)
 * encoded result is the output, as JSON. A call the toolkit cannot decode or
 * handle fails with the toolkit's error.
 *
 * @example
 * const tools = AssistantToolkit.toolOutputs(yield* WeatherToolkit)
 * yield* ThreadsRuns.createAndStream("thread_abc123", { assistant_id: "asst_abc123" }, { tools })
 * @category constructors
 * @since 0.1.0
 */
export const toolOutputs = <Tools extends Record<string, Tool.Any>>(
  toolkit: Toolkit.WithHandler<Tools>
): ToolOutputs<AiError.AiError | Tool.HandlerError<Tools[keyof Tools]>, Tool.HandlerServices<Tools[keyof Tools]>> =>
(calls) =>
  Effect.forEach(
    calls,
    (call) =>
      toolkit.handle(call.function.name as keyof Tools, parseArguments(call.function.arguments) as never, call.id).pipe(
        Effect.flatMap((results) => Stream.runLast(Stream.filter(results, (result) => !result.preliminary))),
        Effect.map((last) => ({
          tool_call_id: call.id,
          output: Option.match(last, { onNone: () => "", onSome: (result) => JSON.stringify(result.encodedResult) })
        }))
      )
  )
