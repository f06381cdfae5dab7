/**
 * An assistant run as a stream, as in the official SDK's README: text as it
 * is written, and the code interpreter's input and logs as they come. Then a
 * run that calls a function: the stream answers `requires_action` with the
 * function's output and goes on with the run's continuation.
 */
import * as Assistants from "@openai-effect/resources/Assistants"
import * as Threads from "@openai-effect/resources/Threads"
import * as ThreadsRuns from "@openai-effect/resources/ThreadsRuns"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { model, run } from "./runtime.ts"

const write = (text: string) => Effect.sync(() => process.stdout.write(text))

// What the official SDK's `.on("textCreated" | "textDelta" | "toolCallCreated" | "toolCallDelta")` printed.
const print = (part: ThreadsRuns.AssistantStreamPart) => {
  switch (part.type) {
    case "textCreated":
      return write("\nassistant > ")
    case "textDelta":
      return write(part.delta.value ?? "")
    case "toolCallCreated":
      return write(`\nassistant > ${part.toolCall.type}\n\n`)
    case "toolCallDelta": {
      if (part.delta.type !== "code_interpreter") return Effect.void
      const { input, outputs } = part.delta.code_interpreter ?? {}
      const logs = (outputs ?? []).flatMap((output) => output.type === "logs" ? [`\n${output.logs}\n`] : [])
      return write(`${input ?? ""}${outputs === undefined || outputs.length === 0 ? "" : `\noutput >${logs.join("")}`}`)
    }
    default:
      return Effect.void
  }
}

const program = Effect.gen(function*() {
  const mathTutor = yield* Assistants.create({
    model,
    instructions: "You are a math tutor. Write and run code to answer math questions.",
    tools: [{ type: "code_interpreter" }]
  })
  const thread = yield* Threads.create({ messages: [{ role: "user", content: "What is 2 to the 10th power?" }] })
  yield* ThreadsRuns.createAndStream(thread.id, { assistant_id: mathTutor.id }).pipe(Stream.runForEach(print))

  const forecaster = yield* Assistants.create({
    model,
    instructions: "Use get_weather to answer questions about the weather.",
    tools: [{
      type: "function",
      function: {
        name: "get_weather",
        parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] }
      }
    }]
  })
  const question = yield* Threads.create({ messages: [{ role: "user", content: "How warm is it in Paris?" }] })
  yield* ThreadsRuns.createAndStream(question.id, { assistant_id: forecaster.id }, {
    tools: (calls) =>
      Effect.succeed(calls.map((call) => ({ tool_call_id: call.id, output: JSON.stringify({ celsius: 21 }) })))
  }).pipe(
    Stream.tap((part) =>
      part.type === "event" && part.event.event === "thread.run.requires_action"
        ? write(
          `\nassistant > calls ${part.event.data.required_action?.submit_tool_outputs.tool_calls[0]?.function.name}`
        )
        : Effect.void
    ),
    Stream.runForEach(print)
  )
  yield* write("\n")
})

await run(program)
