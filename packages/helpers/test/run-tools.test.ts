import { assert, describe, it } from "@effect/vitest"
import * as RunTools from "@openai-effect/helpers/RunTools"
import * as Tool from "effect/ai/Tool"
import * as Toolkit from "effect/ai/Toolkit"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import type * as Layer from "effect/Layer"
import * as Queue from "effect/Queue"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/testing/TestClock"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"
import { response, text, toolCalls } from "./fixtures/completions.ts"
import * as ResponseFixtures from "./fixtures/responses.ts"

const GetLocation = Tool.make("get_location", { success: Schema.String })
const GetWeather = Tool.make("get_weather", {
  description: "The weather in a city",
  parameters: Schema.Struct({ city: Schema.String, unit: Schema.optional(Schema.Literals(["c", "f"])) }),
  success: Schema.String,
  failure: Schema.Struct({ reason: Schema.String })
})
const toolkit = Toolkit.make(GetLocation, GetWeather)
type Tools = typeof toolkit.tools
type WeatherParams = Tool.Parameters<typeof GetWeather>

/** Handlers that record the weather calls they get. */
const handlers = (
  weather: (params: WeatherParams) => Effect.Effect<string, { readonly reason: string }> = ({ city }) =>
    Effect.succeed(`18C in ${city}`)
) => {
  const calls: Array<WeatherParams> = []
  const layer = toolkit.toLayer({
    get_location: () => Effect.succeed("Paris"),
    get_weather: (params) =>
      Effect.suspend(() => {
        calls.push(params)
        return weather(params)
      })
  })
  return { calls, layer }
}

const messages = [{ role: "user" as const, content: "Weather here?" }]
const params = { model: "gpt-4o-mini", messages, toolkit }

const call = (id: string, name: string, args: string) => ({ id, name, arguments: args })

const bodyOf = (script: TestHttp.Scripted, index: number) => JSON.parse(script.requests[index].body!)

const provide = <A, E>(
  script: TestHttp.Scripted,
  layer: Layer.Layer<Tool.HandlersFor<Tools>>,
  effect: Effect.Effect<A, E, RunTools.Requirements<Tools>>
) => effect.pipe(Effect.provide(layer), Effect.provide(TestHttp.client(script)))

describe("RunTools.run", () => {
  it.effect("calls the tools the model asks for until it answers, and returns the whole transcript", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, toolCalls(call("call_1", "get_location", "{}"))),
        TestHttp.json(200, toolCalls(call("call_2", "get_weather", `{"city":"Paris","unit":null}`))),
        TestHttp.json(200, text("18C in Paris: take a jacket."))
      ])
      const { calls, layer } = handlers()
      const result = yield* provide(script, layer, RunTools.run(params))
      assert.strictEqual(result.finalContent, "18C in Paris: take a jacket.")
      assert.deepStrictEqual(calls, [{ city: "Paris" }])
      assert.deepStrictEqual(result.messages, [
        messages[0],
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "call_1", type: "function", function: { name: "get_location", arguments: "{}" } }]
        },
        { role: "tool", tool_call_id: "call_1", content: "Paris" },
        {
          role: "assistant",
          content: null,
          tool_calls: [{
            id: "call_2",
            type: "function",
            function: { name: "get_weather", arguments: `{"city":"Paris","unit":null}` }
          }]
        },
        { role: "tool", tool_call_id: "call_2", content: "18C in Paris" },
        { role: "assistant", content: "18C in Paris: take a jacket." }
      ])
      assert.strictEqual(result.completions.length, 3)
      assert.deepStrictEqual(result.usage, { prompt_tokens: 30, completion_tokens: 15, total_tokens: 45 })
      assert.deepStrictEqual(bodyOf(script, 2).messages, result.messages.slice(0, 5))
    }))

  it.effect("sends each tool as a strict function with its JSON Schema", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.json(200, text("Hi"))])
      yield* provide(script, handlers().layer, RunTools.run(params))
      assert.deepStrictEqual(bodyOf(script, 0).tools, [
        {
          type: "function",
          function: {
            name: "get_location",
            parameters: { type: "object", properties: {}, required: [], additionalProperties: false },
            strict: true
          }
        },
        {
          type: "function",
          function: {
            name: "get_weather",
            description: "The weather in a city",
            parameters: {
              type: "object",
              properties: {
                city: { type: "string" },
                unit: { anyOf: [{ type: "string", enum: ["c"] }, { type: "string", enum: ["f"] }, { type: "null" }] }
              },
              required: ["city", "unit"],
              additionalProperties: false
            },
            strict: true
          }
        }
      ])
    }))

  it.effect("parallel tools finish in the time of the slowest, and their results stay in call order", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(
          200,
          toolCalls(
            call("slow", "get_weather", `{"city":"Oslo","unit":null}`),
            call("fast", "get_weather", `{"city":"Rome","unit":null}`)
          )
        ),
        TestHttp.json(200, text("done"))
      ])
      const started = yield* Queue.unbounded<string>()
      const { layer } = handlers(({ city }) =>
        Queue.offer(started, city).pipe(
          Effect.andThen(Effect.sleep(city === "Oslo" ? "3 seconds" : "1 second")),
          Effect.as(`sunny in ${city}`)
        )
      )
      const fiber = yield* provide(script, layer, RunTools.run(params)).pipe(Effect.forkChild)
      assert.deepStrictEqual([yield* Queue.take(started), yield* Queue.take(started)], ["Oslo", "Rome"])
      yield* TestClock.adjust("2999 millis")
      assert.strictEqual(script.requests.length, 1)
      yield* TestClock.adjust("1 millis")
      const result = yield* Fiber.join(fiber)
      assert.strictEqual(script.requests.length, 2)
      assert.deepStrictEqual(bodyOf(script, 1).messages.slice(2), [
        { role: "tool", tool_call_id: "slow", content: "sunny in Oslo" },
        { role: "tool", tool_call_id: "fast", content: "sunny in Rome" }
      ])
      assert.strictEqual(result.finalContent, "done")
    }))

  it.effect("parallel_tool_calls: false runs the calls one after another", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(
          200,
          toolCalls(
            call("a", "get_weather", `{"city":"Oslo","unit":null}`),
            call("b", "get_weather", `{"city":"Rome","unit":null}`)
          )
        ),
        TestHttp.json(200, text("done"))
      ])
      const started = yield* Queue.unbounded<string>()
      const { layer } = handlers(({ city }) =>
        Queue.offer(started, city).pipe(Effect.andThen(Effect.sleep("2 seconds")), Effect.as(city))
      )
      const fiber = yield* provide(script, layer, RunTools.run({ ...params, parallel_tool_calls: false }))
        .pipe(Effect.forkChild)
      assert.strictEqual(yield* Queue.take(started), "Oslo")
      yield* TestClock.adjust("1999 millis")
      assert.strictEqual(yield* Queue.size(started), 0)
      yield* TestClock.adjust("1 millis")
      assert.strictEqual(yield* Queue.take(started), "Rome")
      yield* TestClock.adjust("1999 millis")
      assert.strictEqual(script.requests.length, 1)
      yield* TestClock.adjust("1 millis")
      yield* Fiber.join(fiber)
      assert.strictEqual(script.requests.length, 2)
    }))

  it.effect("concurrency bounds how many calls run at once", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(
          200,
          toolCalls(
            call("a", "get_weather", `{"city":"A","unit":null}`),
            call("b", "get_weather", `{"city":"B","unit":null}`),
            call("c", "get_weather", `{"city":"C","unit":null}`)
          )
        ),
        TestHttp.json(200, text("done"))
      ])
      const started = yield* Queue.unbounded<string>()
      const { layer } = handlers(({ city }) =>
        Queue.offer(started, city).pipe(Effect.andThen(Effect.sleep("1 second")), Effect.as(city))
      )
      const fiber = yield* provide(script, layer, RunTools.run({ ...params, concurrency: 2 })).pipe(Effect.forkChild)
      assert.deepStrictEqual([yield* Queue.take(started), yield* Queue.take(started)], ["A", "B"])
      assert.strictEqual(yield* Queue.size(started), 0)
      yield* TestClock.adjust("1 second")
      assert.strictEqual(yield* Queue.take(started), "C")
      yield* TestClock.adjust("999 millis")
      assert.strictEqual(script.requests.length, 1)
      yield* TestClock.adjust("1 millis")
      yield* Fiber.join(fiber)
      assert.strictEqual(script.requests.length, 2)
    }))

  it.effect("malformed arguments for one call still run the others, and the model sees the error", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(
          200,
          toolCalls(
            call("bad", "get_weather", `{"city":5,"unit":null}`),
            call("good", "get_weather", `{"city":"Rome","unit":null}`),
            call("cut", "get_weather", `{"city":"Ro`)
          )
        ),
        TestHttp.json(200, text("done"))
      ])
      const { calls, layer } = handlers()
      yield* provide(script, layer, RunTools.run(params))
      assert.deepStrictEqual(calls, [{ city: "Rome" }])
      const [bad, good, cut] = bodyOf(script, 1).messages.slice(2)
      assert.strictEqual(bad.tool_call_id, "bad")
      assert.match(bad.content, /^Error: .*Invalid parameters for tool 'get_weather': Expected string\s+at \["city"\]/)
      assert.deepStrictEqual(good, { role: "tool", tool_call_id: "good", content: "18C in Rome" })
      assert.match(cut.content, /^Error: .*JSON/)
    }))

  it.effect("an unknown tool name goes back to the model as an error naming the tools", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, toolCalls(call("x", "get_time", "{}"))),
        TestHttp.json(200, text("sorry"))
      ])
      const result = yield* provide(script, handlers().layer, RunTools.run(params))
      assert.deepStrictEqual(result.messages[2], {
        role: "tool",
        tool_call_id: "x",
        content: "Error: Toolkit.get_time.handle: Tool 'get_time' not found. Available tools: get_location, get_weather"
      })
      assert.strictEqual(result.finalContent, "sorry")
    }))

  it.effect("a handler failure goes back to the model, and the loop goes on", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, toolCalls(call("x", "get_weather", `{"city":"Atlantis","unit":null}`))),
        TestHttp.json(200, text("That city does not exist."))
      ])
      const { layer } = handlers(() => Effect.fail({ reason: "no such city" }))
      const result = yield* provide(script, layer, RunTools.run(params))
      assert.deepStrictEqual(result.messages[2], {
        role: "tool",
        tool_call_id: "x",
        content: `Error: {"reason":"no such city"}`
      })
      assert.strictEqual(result.finalContent, "That city does not exist.")
    }))

  it.effect("a named tool_choice returns once that call has run, without asking the model again", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, toolCalls(call("x", "get_weather", `{"city":"Paris","unit":"c"}`)))
      ])
      const { calls, layer } = handlers()
      const result = yield* provide(
        script,
        layer,
        RunTools.run({ ...params, tool_choice: { type: "function", function: { name: "get_weather" } } })
      )
      assert.strictEqual(script.requests.length, 1)
      assert.deepStrictEqual(calls, [{ city: "Paris", unit: "c" }])
      assert.deepStrictEqual(result.messages[2], { role: "tool", tool_call_id: "x", content: "18C in Paris" })
      assert.strictEqual(result.finalContent, null)
    }))

  it.effect("past maxTurns it fails with MaxTurnsError carrying the transcript", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.json(200, toolCalls(call("x", "get_location", "{}")))])
      const error = yield* Effect.flip(provide(script, handlers().layer, RunTools.run({ ...params, maxTurns: 3 })))
      assert.strictEqual(error._tag, "MaxTurnsError")
      if (error._tag !== "MaxTurnsError") return
      assert.strictEqual(script.requests.length, 3)
      assert.strictEqual(error.maxTurns, 3)
      assert.strictEqual(error.messages.length, 1 + 3 * 2)
      assert.deepStrictEqual(error.messages[6], { role: "tool", tool_call_id: "x", content: "Paris" })
    }))

  it.effect("interrupting the loop interrupts the running tools and runs their finalizers", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, toolCalls(call("x", "get_weather", `{"city":"Paris","unit":null}`)))
      ])
      const events: Array<string> = []
      const started = yield* Queue.unbounded<void>()
      const { layer } = handlers(() =>
        Effect.acquireRelease(
          Effect.sync(() => events.push("acquired")),
          () => Effect.sync(() => events.push("released"))
        ).pipe(Effect.andThen(Queue.offer(started, undefined)), Effect.andThen(Effect.never), Effect.scoped)
      )
      const fiber = yield* provide(script, layer, RunTools.run(params)).pipe(Effect.forkChild)
      yield* Queue.take(started)
      assert.deepStrictEqual(events, ["acquired"])
      yield* Fiber.interrupt(fiber)
      const exit = yield* Fiber.await(fiber)
      assert.isTrue(Exit.hasInterrupts(exit))
      assert.deepStrictEqual(events, ["acquired", "released"])
      assert.strictEqual(script.requests.length, 1)
    }))

  it.effect("a tool whose parameters strict mode cannot express fails before any request", () =>
    Effect.gen(function*() {
      const Loose = Tool.make("loose", { parameters: Schema.Struct({ data: Schema.Unknown }) })
      const loose = Toolkit.make(Loose)
      const script = TestHttp.scripted([TestHttp.json(200, text("Hi"))])
      const error = yield* Effect.flip(
        RunTools.run({ model: "gpt-4o-mini", messages, toolkit: loose }).pipe(
          Effect.provide(loose.toLayer({ loose: () => Effect.void })),
          Effect.provide(TestHttp.client(script))
        )
      )
      assert.strictEqual(error._tag, "UnsupportedSchemaError")
      if (error._tag !== "UnsupportedSchemaError") return
      assert.deepStrictEqual(error.path, ["data"])
      assert.match(error.reason, /^in the parameters of tool "loose": /)
      assert.strictEqual(script.requests.length, 0)
    }))

  it.effect("a dynamic tool with raw JSON Schema is sent as it is, not strict, and gets the parsed arguments", () =>
    Effect.gen(function*() {
      const parameters = { type: "object", properties: { query: { type: "string" } } }
      const Search = Tool.dynamic("search", { parameters })
      const kit = Toolkit.make(Search)
      const seen: Array<unknown> = []
      const script = TestHttp.scripted([
        TestHttp.json(200, toolCalls(call("x", "search", `{"query":"effect"}`))),
        TestHttp.json(200, text("done"))
      ])
      yield* RunTools.run({ model: "gpt-4o-mini", messages, toolkit: kit }).pipe(
        Effect.provide(kit.toLayer({ search: (params) => Effect.sync(() => seen.push(params)) })),
        Effect.provide(TestHttp.client(script))
      )
      assert.deepStrictEqual(bodyOf(script, 0).tools, [
        { type: "function", function: { name: "search", parameters, strict: false } }
      ])
      assert.deepStrictEqual(seen, [{ query: "effect" }])
    }))

  it.effect("handlers can use the application's services, provided with the workflow", () =>
    Effect.gen(function*() {
      class Units extends Context.Service<Units, { readonly symbol: string }>()("Units") {}
      const Temp = Tool.make("temp", { success: Schema.String, dependencies: [Units] })
      const kit = Toolkit.make(Temp)
      const script = TestHttp.scripted([
        TestHttp.json(200, toolCalls(call("x", "temp", "{}"))),
        TestHttp.json(200, text("done"))
      ])
      const result = yield* RunTools.run({ model: "gpt-4o-mini", messages, toolkit: kit }).pipe(
        Effect.provide(kit.toLayer({ temp: () => Effect.map(Effect.service(Units), (units) => `18${units.symbol}`) })),
        Effect.provideService(Units, { symbol: "C" }),
        Effect.provide(TestHttp.client(script))
      )
      assert.strictEqual((result.messages[2] as { content: string }).content, "18C")
    }))
})

describe("RunTools.stream", () => {
  it.effect("yields each assistant message, each tool result and the final content, in order", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, toolCalls(call("call_1", "get_location", "{}"))),
        TestHttp.json(200, text("Sunny."))
      ])
      const events = yield* provide(script, handlers().layer, Stream.runCollect(RunTools.stream(params)))
      assert.deepStrictEqual(events.map((event) => event.type), ["message", "tool_result", "message", "final_content"])
      assert.deepStrictEqual(events[1], {
        type: "tool_result",
        id: "call_1",
        name: "get_location",
        arguments: "{}",
        content: "Paris",
        isFailure: false
      })
      assert.deepStrictEqual(events[3], { type: "final_content", content: "Sunny." })
    }))
})

describe("RunTools.stream with stream: true", () => {
  const sse = (...chunks: ReadonlyArray<Record<string, unknown>>) =>
    TestHttp.sse(
      chunks.map((choice) =>
        `data: ${
          JSON.stringify({
            id: "chatcmpl-1",
            object: "chat.completion.chunk",
            created: 1,
            model: "gpt-4o-mini",
            choices: [{ index: 0, logprobs: null, finish_reason: null, ...choice }]
          })
        }\n\n`
      ).join("") + "data: [DONE]\n\n"
    )

  it.effect("streams each completion, so content deltas are events too", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        sse(
          {
            delta: {
              role: "assistant",
              tool_calls: [{
                index: 0,
                id: "call_1",
                type: "function",
                function: { name: "get_location", arguments: "{" }
              }]
            }
          },
          { delta: { tool_calls: [{ index: 0, function: { arguments: "}" } }] } },
          { delta: {}, finish_reason: "tool_calls" }
        ),
        sse(
          { delta: { role: "assistant", content: "Sun" } },
          { delta: { content: "ny." } },
          { delta: {}, finish_reason: "stop" }
        )
      ])
      const events = yield* provide(
        script,
        handlers().layer,
        Stream.runCollect(RunTools.stream({ ...params, stream: true }))
      )
      assert.isTrue(bodyOf(script, 0).stream)
      assert.deepStrictEqual(
        events.flatMap((event) => event.type === "content.delta" ? [event.delta] : []),
        ["Sun", "ny."]
      )
      assert.deepStrictEqual(events.filter((event) => event.type !== "chunk").map((event) => event.type), [
        "tool_calls.function.arguments.delta",
        "tool_calls.function.arguments.delta",
        "tool_calls.function.arguments.done",
        "chatCompletion",
        "message",
        "tool_result",
        "content.delta",
        "content.delta",
        "content.done",
        "chatCompletion",
        "message",
        "final_content"
      ])
      assert.deepStrictEqual(events[events.length - 1], { type: "final_content", content: "Sunny." })
      assert.deepStrictEqual(bodyOf(script, 1).messages[2], { role: "tool", tool_call_id: "call_1", content: "Paris" })
    }))
})

describe("RunTools.runResponses", () => {
  const functionCall = { type: "function_call", id: "fc_1", call_id: "call_1", name: "get_location", arguments: "{}" }
  const message = {
    type: "message",
    id: "msg_1",
    role: "assistant",
    status: "completed",
    content: [{ type: "output_text", text: "Sunny in Paris.", annotations: [] }]
  }

  it.effect("sends function_call_output items back until the model answers", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, response([functionCall])),
        TestHttp.json(200, response([message]))
      ])
      const result = yield* provide(
        script,
        handlers().layer,
        RunTools.runResponses({ model: "gpt-4o-mini", input: "Weather here?", toolkit })
      )
      assert.strictEqual(result.finalContent, "Sunny in Paris.")
      assert.deepStrictEqual(bodyOf(script, 1).input, [
        { role: "user", content: "Weather here?" },
        functionCall,
        { type: "function_call_output", call_id: "call_1", output: "Paris" }
      ])
      assert.deepStrictEqual(bodyOf(script, 0).tools[0], {
        type: "function",
        description: null,
        name: "get_location",
        parameters: { type: "object", properties: {}, required: [], additionalProperties: false },
        strict: true
      })
      assert.strictEqual(result.items.length, 4)
      assert.strictEqual(result.usage.total_tokens, 30)
    }))

  it.effect("streamResponses with stream: true streams each response, its text deltas included", () =>
    Effect.gen(function*() {
      const sse = (fixture: { readonly events: ReadonlyArray<unknown> }) =>
        TestHttp.sse(fixture.events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join(""))
      const script = TestHttp.scripted([sse(ResponseFixtures.functionCall), sse(ResponseFixtures.text)])
      const events = yield* provide(
        script,
        handlers().layer,
        Stream.runCollect(
          RunTools.streamResponses({ model: "gpt-4o-mini", input: "Weather in Oslo?", toolkit, stream: true })
        )
      )
      assert.isTrue(bodyOf(script, 0).stream)
      const result = events.find((event) => event.type === "tool_result")
      assert.deepStrictEqual(result && { name: result.name, content: result.content }, {
        name: "get_weather",
        content: "18C in Oslo"
      })
      assert.deepStrictEqual(
        events.flatMap((event) => event.type === "response.output_text.delta" ? [event.delta] : []),
        ["Waves", " fold", " 🌊"]
      )
      assert.deepStrictEqual(events[events.length - 1], { type: "final_content", content: "Waves fold 🌊" })
      const input = bodyOf(script, 1).input
      assert.deepStrictEqual(input[2], {
        id: "fc_1",
        type: "function_call",
        call_id: "call_9",
        name: "get_weather",
        arguments: `{"city": "Oslo"}`,
        status: "completed"
      })
      assert.deepStrictEqual(input[3], { type: "function_call_output", call_id: "call_9", output: "18C in Oslo" })
    }))

  it.effect("streamResponses yields each output item, each tool result and the final text", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, response([functionCall])),
        TestHttp.json(200, response([message]))
      ])
      const events = yield* provide(
        script,
        handlers().layer,
        Stream.runCollect(RunTools.streamResponses({ model: "gpt-4o-mini", input: "Weather here?", toolkit }))
      )
      assert.deepStrictEqual(events.map((event) => event.type), [
        "output_item",
        "tool_result",
        "output_item",
        "final_content"
      ])
      assert.deepStrictEqual(events[3], { type: "final_content", content: "Sunny in Paris." })
    }))
})
