/**
 * A structured output: an Effect Schema sent as OpenAI's strict JSON Schema, and the answer decoded
 * back into it. An optional field travels as a required, nullable one and comes back absent.
 */
import * as StructuredOutput from "@openai-effect/helpers/StructuredOutput"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { model, run } from "./runtime.ts"

const CalendarEvent = Schema.Struct({
  name: Schema.String,
  date: Schema.String.annotate({ description: "ISO 8601 date" }),
  participants: Schema.Array(Schema.String),
  location: Schema.optional(Schema.String)
})

const program = Effect.gen(function*() {
  const completion = yield* StructuredOutput.parse({
    model,
    messages: [
      { role: "system", content: "Extract the event information." },
      { role: "user", content: "Alice and Bob are going to a science fair on Friday." }
    ],
    response_format: StructuredOutput.responseFormat(CalendarEvent, "calendar_event")
  })
  const message = completion.choices[0].message
  switch (message.outcome) {
    case "parsed":
      yield* Console.log(`event: ${message.parsed.name} on ${message.parsed.date}`)
      yield* Console.log(`participants: ${message.parsed.participants.join(", ")}`)
      yield* Console.log(`location given: ${message.parsed.location !== undefined}`)
      break
    case "refusal":
      yield* Console.log(`refused: ${message.refusal}`)
      break
    default:
      yield* Console.log(`no answer: ${message.outcome}`)
  }
})

await run(program)
