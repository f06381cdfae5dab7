import { assert, describe, it } from "@effect/vitest"
import * as ChatCompletionStream from "@openai-effect/helpers/ChatCompletionStream"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"
import * as Fixtures from "./fixtures/chat.ts"
import * as Pieces from "./utils/pieces.ts"

type Event = ChatCompletionStream.Event
type Chunk = ChatCompletionStream.ChatCompletionChunk

const collect = (chunks: ReadonlyArray<Chunk>) =>
  Stream.runCollect(ChatCompletionStream.events(Stream.fromArray(chunks)))

const ofType = <T extends Event["type"]>(events: ReadonlyArray<Event>, type: T) =>
  events.filter((event): event is Extract<Event, { readonly type: T }> => event.type === type)

const failure = (chunks: ReadonlyArray<unknown>) =>
  Effect.flip(ChatCompletionStream.accumulate(Stream.fromArray(chunks as ReadonlyArray<Chunk>)))

/** The chunks as an SSE body, as OpenAI sends them. */
const sseText = (chunks: ReadonlyArray<Chunk>): string =>
  chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join("") + "data: [DONE]\n\n"

const params = { model: "gpt-4o", messages: [{ role: "user" as const, content: "Hi" }] }

describe("accumulate", () => {
  for (const [name, fixture] of Object.entries(Fixtures.all)) {
    it.effect(`folds the ${name} stream into its completion`, () =>
      Effect.gen(function*() {
        const completion = yield* ChatCompletionStream.accumulate(Stream.fromArray(fixture.chunks))
        assert.deepStrictEqual(completion, fixture.completion)
      }))

    it.effect(`folds the ${name} stream to the same completion one chunk per batch`, () =>
      Effect.gen(function*() {
        const completion = yield* ChatCompletionStream.accumulate(Pieces.batched(fixture.chunks, [1]))
        assert.deepStrictEqual(completion, fixture.completion)
      }))

    it.effect.prop(
      `folds the ${name} stream to the same completion in batches of any sizes`,
      { sizes: Pieces.sizes(4) },
      ({ sizes }) =>
        Effect.gen(function*() {
          const completion = yield* ChatCompletionStream.accumulate(Pieces.batched(fixture.chunks, sizes))
          assert.deepStrictEqual(completion, fixture.completion)
        })
    )

    it.effect.prop(
      `folds the ${name} stream to the same completion when its bytes arrive split anywhere`,
      { sizes: Pieces.sizes(90) },
      ({ sizes }) =>
        Effect.gen(function*() {
          const script = TestHttp.scripted([Pieces.sse(sseText(fixture.chunks), sizes)])
          const last = yield* ChatCompletionStream.stream(params).pipe(
            Stream.runLast,
            Effect.provide(TestHttp.client(script))
          )
          assert.deepStrictEqual(Option.getOrUndefined(last), {
            type: "chatCompletion",
            completion: fixture.completion
          })
        }),
      { arbitrary: { runs: 20 } }
    )

    it.effect(`gives the ${name} completion as the last event, equal to accumulate's`, () =>
      Effect.gen(function*() {
        const events = yield* collect(fixture.chunks)
        assert.deepStrictEqual(events[events.length - 1], { type: "chatCompletion", completion: fixture.completion })
      }))
  }
})

describe("events", () => {
  it.effect("announces each content delta with the text so far, then the whole text", () =>
    Effect.gen(function*() {
      const events = yield* collect(Fixtures.text.chunks)
      assert.deepStrictEqual(events.filter((event) => event.type.startsWith("content.")), [
        { type: "content.delta", choiceIndex: 0, delta: "Hello", snapshot: "Hello" },
        { type: "content.delta", choiceIndex: 0, delta: " there, ", snapshot: "Hello there, " },
        { type: "content.delta", choiceIndex: 0, delta: "Ünïcödé 😀!", snapshot: "Hello there, Ünïcödé 😀!" },
        { type: "content.done", choiceIndex: 0, content: "Hello there, Ünïcödé 😀!" }
      ])
    }))

  it.effect("emits a chunk event first for every chunk, with the chunk as received", () =>
    Effect.gen(function*() {
      const events = yield* collect(Fixtures.text.chunks)
      assert.deepStrictEqual(events.map((event) => event.type), [
        "chunk",
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.done",
        "chunk",
        "chatCompletion"
      ])
      assert.deepStrictEqual(ofType(events, "chunk").map((event) => event.chunk), Fixtures.text.chunks)
    }))

  it.effect("gives each chunk event the completion so far, unchanged by later chunks", () =>
    Effect.gen(function*() {
      const snapshots = ofType(yield* collect(Fixtures.text.chunks), "chunk").map((event) => event.snapshot)
      const common = {
        id: "chatcmpl-AZ1",
        created: 1764500000,
        model: "gpt-4o-2024-08-06",
        service_tier: "default",
        system_fingerprint: "fp_7b1"
      }
      const at = (content: string, finish_reason: ChatCompletionStream.FinishReason | null) => ({
        ...common,
        choices: [{
          index: 0,
          message: { role: "assistant", content, refusal: null },
          finish_reason,
          logprobs: null
        }]
      })
      assert.deepStrictEqual(snapshots, [
        at("", null),
        at("Hello", null),
        at("Hello there, ", null),
        at("Hello there, Ünïcödé 😀!", null),
        at("Hello there, Ünïcödé 😀!", "stop"),
        {
          ...at("Hello there, Ünïcödé 😀!", "stop"),
          usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 }
        }
      ])
    }))

  it.effect("parses tool-call arguments as partial JSON while they arrive", () =>
    Effect.gen(function*() {
      const deltas = ofType(yield* collect(Fixtures.toolCalls.chunks), "tool_calls.function.arguments.delta")
      assert.deepStrictEqual(
        deltas.map(({ arguments_delta, index, name, parsed_arguments }) => ({
          index,
          name,
          arguments_delta,
          parsed_arguments
        })),
        [
          { index: 0, name: "get_weather", arguments_delta: "", parsed_arguments: undefined },
          { index: 0, name: "get_weather", arguments_delta: "{\"ci", parsed_arguments: {} },
          { index: 0, name: "get_weather", arguments_delta: "ty\": \"Par", parsed_arguments: { city: "Par" } },
          { index: 0, name: "get_weather", arguments_delta: "is\"}", parsed_arguments: { city: "Paris" } },
          { index: 1, name: "get_time", arguments_delta: "", parsed_arguments: undefined },
          { index: 1, name: "get_time", arguments_delta: "{\"zone\": [1, ", parsed_arguments: { zone: [1] } },
          { index: 1, name: "get_time", arguments_delta: "2]}", parsed_arguments: { zone: [1, 2] } }
        ]
      )
    }))

  it.effect("finishes a tool call when the next one starts, and the last when the choice finishes", () =>
    Effect.gen(function*() {
      const events = yield* collect(Fixtures.toolCalls.chunks)
      const done = events.flatMap((event, i) =>
        event.type === "tool_calls.function.arguments.done"
          ? [{ at: i, index: event.index, arguments: event.arguments, parsed_arguments: event.parsed_arguments }]
          : []
      )
      const startOfSecond = events.findIndex((event) =>
        event.type === "tool_calls.function.arguments.delta" && event.index === 1
      )
      const finish = events.findIndex((event) => event.type === "chunk" && event.chunk.choices[0]?.finish_reason)
      assert.deepStrictEqual(done, [
        { at: startOfSecond - 1, index: 0, arguments: "{\"city\": \"Paris\"}", parsed_arguments: { city: "Paris" } },
        { at: finish + 1, index: 1, arguments: "{\"zone\": [1, 2]}", parsed_arguments: { zone: [1, 2] } }
      ])
    }))

  it.effect("gives undefined parsed_arguments, and the text, for arguments that are not JSON", () =>
    Effect.gen(function*() {
      const events = yield* collect([
        {
          ...Fixtures.toolCalls.chunks[0],
          choices: [{
            index: 0,
            delta: {
              tool_calls: [{ index: 0, id: "c", type: "function", function: { name: "f", arguments: "{a: 1}" } }]
            },
            finish_reason: "tool_calls"
          }]
        }
      ])
      const [done] = ofType(events, "tool_calls.function.arguments.done")
      assert.strictEqual(done.arguments, "{a: 1}")
      assert.strictEqual(done.parsed_arguments, undefined)
    }))

  it.effect("announces a refusal as it arrives and when it is complete", () =>
    Effect.gen(function*() {
      const events = yield* collect(Fixtures.refusal.chunks)
      assert.deepStrictEqual(events.filter((event) => event.type.startsWith("refusal.")), [
        { type: "refusal.delta", choiceIndex: 0, delta: "I can't", snapshot: "I can't" },
        { type: "refusal.delta", choiceIndex: 0, delta: " help with that.", snapshot: "I can't help with that." },
        { type: "refusal.done", choiceIndex: 0, refusal: "I can't help with that." }
      ])
      assert.deepStrictEqual(ofType(events, "content.done"), [])
    }))

  it.effect("announces logprobs per chunk with all of them so far, then all of them", () =>
    Effect.gen(function*() {
      const events = yield* collect(Fixtures.logprobs.chunks)
      const all = Fixtures.logprobs.completion.choices[0].logprobs!.content!
      assert.deepStrictEqual(events.filter((event) => event.type.startsWith("logprobs.")), [
        { type: "logprobs.content.delta", choiceIndex: 0, content: [], snapshot: [] },
        { type: "logprobs.content.delta", choiceIndex: 0, content: [all[0]], snapshot: [all[0]] },
        { type: "logprobs.content.delta", choiceIndex: 0, content: [all[1]], snapshot: all },
        { type: "logprobs.content.done", choiceIndex: 0, content: all }
      ])
    }))

  it.effect("names the choice of every event when n > 1", () =>
    Effect.gen(function*() {
      const events = yield* collect(Fixtures.twoChoices.chunks)
      assert.deepStrictEqual(
        events.flatMap((event) =>
          event.type === "content.delta" || event.type === "content.done" ? [[event.type, event.choiceIndex]] : []
        ),
        [
          ["content.delta", 0],
          ["content.delta", 1],
          ["content.delta", 1],
          ["content.done", 0],
          ["content.done", 1]
        ]
      )
    }))

  it.effect("still announces the end of the text and of the last call when no finish reason came", () =>
    Effect.gen(function*() {
      const events = yield* collect(Fixtures.noFinishReason.chunks)
      assert.deepStrictEqual(
        events.filter((event) => event.type.endsWith(".done")).map((event) => event.type),
        ["content.done", "tool_calls.function.arguments.done"]
      )
    }))

  it.effect("keeps the prompt and content filter results of Azure in the snapshot", () =>
    Effect.gen(function*() {
      const snapshots = ofType(yield* collect(Fixtures.azure.chunks), "chunk").map((event) => event.snapshot)
      const last = snapshots[snapshots.length - 1]
      assert.deepStrictEqual(last.prompt_filter_results, Fixtures.azureFilters.prompt)
      assert.deepStrictEqual(last.choices[0].content_filter_results, Fixtures.azureFilters.choice)
      assert.strictEqual(snapshots[0].id, "")
      assert.strictEqual(last.id, "chatcmpl-Az9")
    }))
})

describe("errors", () => {
  it.effect("fails with Empty when the stream has no chunk", () =>
    Effect.gen(function*() {
      const error = yield* failure([])
      assert.strictEqual(error._tag, "ChatCompletionStreamError")
      assert.strictEqual(error.reason, "Empty")
    }))

  it.effect("fails with InvalidChunk when choices is not an array", () =>
    Effect.gen(function*() {
      const error = yield* failure([{ id: "x", choices: "nope" }])
      assert.deepStrictEqual([error.reason, error.message], [
        "InvalidChunk",
        "InvalidChunk: `choices` is not an array in chunk x"
      ])
    }))

  it.effect("fails with InvalidChunk for a choice index that is not a small integer", () =>
    Effect.gen(function*() {
      const error = yield* failure([{ id: "x", choices: [{ index: 1e9, delta: { content: "a" } }] }])
      assert.deepStrictEqual([error.reason, error.description], ["InvalidChunk", "a choice index is 1000000000"])
    }))

  it.effect("fails with UnresolvedToolCall for a call delta without index, id or name and no call in flight", () =>
    Effect.gen(function*() {
      const error = yield* failure([{
        id: "x",
        choices: [{ index: 0, delta: { tool_calls: [{ function: { arguments: "{}" } }] } }]
      }])
      assert.strictEqual(error.reason, "UnresolvedToolCall")
    }))

  it.effect("fails with IncompleteToolCall for a call that never got a name", () =>
    Effect.gen(function*() {
      const error = yield* failure([
        {
          id: "x",
          choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: "c", function: { arguments: "{}" } }] } }]
        }
      ])
      assert.deepStrictEqual([error.reason, error.description], [
        "IncompleteToolCall",
        "tool call 0 of choice 0 ended without a name"
      ])
    }))

  it.effect("emits the events before an unreadable chunk, then fails", () =>
    Effect.gen(function*() {
      const [first] = Fixtures.text.chunks
      const types: Array<string> = []
      const error = yield* ChatCompletionStream.events(Stream.fromArray([first, { choices: 1 } as unknown as Chunk]))
        .pipe(
          Stream.runForEach((event) => Effect.sync(() => types.push(event.type))),
          Effect.flip
        )
      assert.strictEqual(error.reason, "InvalidChunk")
      assert.deepStrictEqual(types, ["chunk"])
    }))

  it.effect("emits none of the events of a chunk with an unreadable choice", () =>
    Effect.gen(function*() {
      const [first] = Fixtures.text.chunks
      const broken = { ...first, choices: [{ index: 0, delta: { content: "a" } }, { index: -1, delta: {} }] }
      const types: Array<string> = []
      const error = yield* ChatCompletionStream.events(Stream.fromArray([first, broken as unknown as Chunk])).pipe(
        Stream.runForEach((event) => Effect.sync(() => types.push(event.type))),
        Effect.flip
      )
      assert.deepStrictEqual([types, error.description], [["chunk"], "a choice index is -1"])
    }))

  it.effect("passes the failure of the chunk stream through unchanged", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.sse(
          `data: ${
            JSON.stringify(Fixtures.text.chunks[0])
          }\n\ndata: {"error":{"message":"overloaded","type":"server_error","code":"busy"}}\n\n`
        )
      ])
      const error = yield* ChatCompletionStream.stream(params).pipe(
        Stream.runDrain,
        Effect.flip,
        Effect.provide(TestHttp.client(script))
      )
      assert.strictEqual(error._tag, "StreamError")
    }))
})

describe("stream", () => {
  it.effect("asks for a streamed completion with the given params", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.sse(sseText(Fixtures.text.chunks))])
      const content = yield* ChatCompletionStream.stream({ ...params, stream_options: { include_usage: true } }).pipe(
        Stream.filter((event) => event.type === "content.delta"),
        Stream.map((event) => event.delta),
        Stream.mkString,
        Effect.provide(TestHttp.client(script))
      )
      assert.strictEqual(content, "Hello there, Ünïcödé 😀!")
      assert.strictEqual(script.requests[0].url, "http://127.0.0.1:1/v1/chat/completions")
      assert.deepStrictEqual(JSON.parse(script.requests[0].body!), {
        ...params,
        stream_options: { include_usage: true },
        stream: true
      })
    }))
})
