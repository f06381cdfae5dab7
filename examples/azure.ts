/**
 * Azure OpenAI: a chat completion and a stream with Azure's content-filter
 * annotations, a refused prompt as a typed error, and the Assistants flow
 * with function tools (a run that asks for tool outputs until it can answer).
 *
 * Against a real resource when AZURE_OPENAI_ENDPOINT is set (with
 * OPENAI_API_VERSION, AZURE_OPENAI_API_KEY or AZURE_OPENAI_AD_TOKEN, and
 * AZURE_OPENAI_DEPLOYMENT naming a chat deployment); otherwise against the
 * local fake resource in `scripts/azure-mock-server.ts`, signing in with an
 * Entra ID token provider.
 */
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import * as ContentFilter from "@openai-effect/azure/ContentFilter"
import type * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Assistants from "@openai-effect/resources/Assistants"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Threads from "@openai-effect/resources/Threads"
import * as ThreadsMessages from "@openai-effect/resources/ThreadsMessages"
import * as ThreadsRuns from "@openai-effect/resources/ThreadsRuns"
import * as Console from "effect/Console"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as AzureMock from "../scripts/azure-mock-server.ts"

const real = (process.env.AZURE_OPENAI_ENDPOINT ?? "") !== ""
const deployment = process.env.AZURE_OPENAI_DEPLOYMENT ?? "gpt-4o-mini"

// What the assistant's function tools do; the model decides when to call them.
const functions: Record<string, (args: Record<string, string>) => string> = {
  getUserFavoriteCity: () => "Atlanta, GA",
  getCityNickname: ({ city }) => (city === "Atlanta, GA" ? "The ATL" : "Unknown"),
  getWeatherAtLocation: ({ location, temperatureUnit }) =>
    location === "Atlanta, GA" ? (temperatureUnit === "c" ? "26c" : "84f") : "Unknown"
}

const parameters = (properties: Record<string, unknown>, required: ReadonlyArray<string>) => ({
  type: "object",
  properties,
  required
})

const tools = [
  { name: "getUserFavoriteCity", description: "The user's favorite city.", parameters: parameters({}, []) },
  {
    name: "getCityNickname",
    description: "A city's nickname, e.g. 'LA' for 'Los Angeles, CA'.",
    parameters: parameters({ city: { type: "string" } }, ["city"])
  },
  {
    name: "getWeatherAtLocation",
    description: "The current weather at a location.",
    parameters: parameters({ location: { type: "string" }, temperatureUnit: { type: "string", enum: ["f", "c"] } }, [
      "location"
    ])
  }
].map((fn) => ({ type: "function" as const, function: fn }))

/** Polls `run`, submitting tool outputs when it asks for them, until it is done. */
const untilDone = (
  run: ThreadsRuns.Run,
  pollEvery: Duration.Input
): Effect.Effect<ThreadsRuns.Run, unknown, OpenAIClient.OpenAIClient> => {
  const thread_id = run.thread_id
  if (run.status === "requires_action" && run.required_action?.type === "submit_tool_outputs") {
    const calls = run.required_action.submit_tool_outputs.tool_calls
    const tool_outputs = calls.map((call) => ({
      tool_call_id: call.id,
      output: functions[call.function.name]?.(JSON.parse(call.function.arguments)) ?? "unknown function"
    }))
    return Console.log(`run asked for ${calls.map((c) => c.function.name).join(", ")}`).pipe(
      Effect.andThen(ThreadsRuns.submitToolOutputs(run.id, { thread_id, tool_outputs })),
      Effect.flatMap((next) => untilDone(next, pollEvery))
    )
  }
  if (run.status !== "queued" && run.status !== "in_progress") return Effect.succeed(run)
  return Effect.sleep(pollEvery).pipe(
    Effect.andThen(ThreadsRuns.retrieve(run.id, { thread_id })),
    Effect.flatMap((next) => untilDone(next, pollEvery))
  )
}

/**
 * The Assistants flow: an assistant with function tools, a thread, a message
 * and a run, polled and answered until it completes; then the thread's
 * latest message.
 */
export const weatherAssistant = (model: string, pollEvery: Duration.Input) =>
  Effect.gen(function*() {
    const assistant = yield* Assistants.create({
      model,
      name: "Weather bot",
      instructions: "You are a weather bot. Use the provided functions to answer questions.",
      tools
    })
    const thread = yield* Threads.create()
    yield* ThreadsMessages.create(thread.id, {
      role: "user",
      content: "What's the weather like right now in my favorite city?"
    })
    const run = yield* untilDone(yield* ThreadsRuns.create(thread.id, { assistant_id: assistant.id }), pollEvery)
    const messages = yield* ThreadsMessages.list(thread.id, { order: "desc" }).pipe(Stream.runCollect)
    yield* Assistants.delete(assistant.id)
    const texts = messages.map((m) => (m.content[0]?.type === "text" ? m.content[0].text.value : "(no text)"))
    return { run, texts }
  })

const program = Effect.gen(function*() {
  const messages = [{ role: "user" as const, content: "What is Effect?" }]
  const completion: ContentFilter.ChatCompletion = yield* ChatCompletions.create({ model: deployment, messages })
  yield* Console.log(`answer: ${completion.choices[0]?.message.content}`)
  const hate = completion.prompt_filter_results?.[0]?.content_filter_results?.hate
  yield* Console.log(`prompt filter: hate ${hate?.severity ?? "not reported"}`)

  // Azure's first chunk carries no choices and its last no delta: `?.` reads both.
  const streamed = yield* ChatCompletions.createStream({ model: deployment, messages }).pipe(
    Stream.map((chunk: ContentFilter.ChatCompletionChunk) => chunk.choices[0]?.delta?.content ?? ""),
    Stream.mkString
  )
  yield* Console.log(`streamed: ${streamed}`)

  if (!real) {
    const refused = yield* ChatCompletions.create({
      model: deployment,
      messages: [{ role: "user", content: "How do I build a weapon?" }]
    }).pipe(ContentFilter.refine, Effect.flip)
    yield* Console.log(
      refused._tag === "ContentFilterError" ? `refused by the content filter: ${refused.filtered.join(", ")}` : refused
    )
  }

  const { run, texts } = yield* weatherAssistant(deployment, real ? "500 millis" : "10 millis")
  yield* Console.log(`run ${run.status}`)
  yield* Console.log(`assistant: ${texts[0]}`)
})

const main = async () => {
  if (real) {
    const client = AzureOpenAI.layerConfig().pipe(Layer.provide(FetchHttpClient.layer))
    await Effect.runPromise(Effect.provide(program, client))
    return
  }
  // Entra ID tokens as `@azure/identity`'s getBearerTokenProvider hands them out.
  let issued = 0
  const tokens = () => Promise.resolve(`entra-token-${++issued}`)
  const mock = await AzureMock.start({ deployments: [deployment], acceptToken: (t) => t.startsWith("entra-token-") })
  console.log(`(no AZURE_OPENAI_ENDPOINT: using the local fake Azure resource at ${mock.endpoint})\n`)
  try {
    const client = AzureOpenAI.layer({
      endpoint: mock.endpoint,
      apiVersion: "2024-10-21",
      azureADTokenProvider: tokens,
      azureADTokenTTL: "50 minutes"
    }).pipe(Layer.provide(FetchHttpClient.layer))
    await Effect.runPromise(Effect.provide(program, client))
    console.log(`${mock.requests.length} requests, ${issued} Entra ID token fetched`)
  } finally {
    await mock.close()
  }
}

if (import.meta.main) {
  await main().catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
}
