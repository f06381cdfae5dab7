/**
 * effect's own AI modules on OpenAI: `LanguageModel.generateText`, `streamText`, a tool loop through
 * `Chat`, `generateObject` with a Schema, embeddings, and the Chat Completions variant.
 */
import * as OpenAIEmbeddingModel from "@openai-effect/helpers/OpenAIEmbeddingModel"
import * as OpenAILanguageModel from "@openai-effect/helpers/OpenAILanguageModel"
import * as Chat from "effect/ai/Chat"
import * as EmbeddingModel from "effect/ai/EmbeddingModel"
import * as LanguageModel from "effect/ai/LanguageModel"
import * as Tool from "effect/ai/Tool"
import * as Toolkit from "effect/ai/Toolkit"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { model, run } from "./runtime.ts"

const GetWeather = Tool.make("get_weather", {
  description: "The current weather in a city",
  parameters: Schema.Struct({ city: Schema.String }),
  success: Schema.String
})
const toolkit = Toolkit.make(GetWeather)
const handlers = toolkit.toLayer({ get_weather: ({ city }) => Effect.succeed(`18C and sunny in ${city}`) })

const program = Effect.gen(function*() {
  const hello = yield* LanguageModel.generateText({ prompt: "What is Effect?" })
  yield* Console.log(`generateText: ${hello.text} (${hello.finishReason}, ${hello.usage.outputTokens.total} tokens)`)

  // Parts arrive as the server's events do; print the text as it comes.
  let deltas = 0
  yield* Console.log("streamText:")
  yield* LanguageModel.streamText({ prompt: "Tell me about streams." }).pipe(
    Stream.runForEach((part) => {
      if (part.type === "text-delta") {
        deltas++
        return Effect.sync(() => process.stdout.write(part.delta))
      }
      return part.type === "finish" ? Console.log(`\n(${deltas} text deltas, finish: ${part.reason})`) : Effect.void
    })
  )

  // A tool loop: the model calls get_weather, LanguageModel runs the handler, Chat sends the result back.
  const chat = yield* Chat.empty
  let turn = yield* chat.generateText({ prompt: "What's the weather in Paris?", toolkit })
  let turns = 1
  while (turn.finishReason === "tool-calls") {
    for (const result of turn.toolResults) yield* Console.log(`tool ${result.name} -> ${JSON.stringify(result.result)}`)
    turn = yield* chat.generateText({ prompt: [], toolkit })
    turns++
  }
  yield* Console.log(`tool loop: ${turn.text} (${turns} turns)`)

  const Person = Schema.Struct({ name: Schema.String, language: Schema.String })
  const person = yield* LanguageModel.generateObject({
    prompt: "Who created Lisp?",
    schema: Person,
    objectName: "person"
  })
  yield* Console.log(`generateObject: ${JSON.stringify(person.value)}`)

  const embeddings = yield* EmbeddingModel.EmbeddingModel
  const { embeddings: vectors } = yield* embeddings.embedMany(["one", "two", "three", "four", "five"])
  yield* Console.log(`embedMany: ${vectors.length} vectors of ${vectors[0]?.vector.length} dimensions`)

  const viaChat = yield* LanguageModel.generateText({ prompt: "Hello from Chat Completions" }).pipe(
    Effect.provide(OpenAILanguageModel.layer({ model, api: "chat" }))
  )
  yield* Console.log(`api: "chat": ${viaChat.text}`)
}).pipe(
  Effect.provide(handlers),
  Effect.provide(OpenAILanguageModel.layer({ model })),
  // Two inputs per request here, to show the batching; the default is the API's limit of 2,048.
  Effect.provide(OpenAIEmbeddingModel.layer({ model: "text-embedding-3-small", dimensions: 256, batchSize: 2 }))
)

await run(program)
