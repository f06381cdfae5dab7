import { assert, describe, it } from "@effect/vitest"
import * as ResponseStream from "@openai-effect/helpers/ResponseStream"
import type { ResponseStreamEvent } from "@openai-effect/resources/types/ResponseStreamEvent"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"
import * as Fixtures from "./fixtures/responses.ts"
import * as Pieces from "./utils/pieces.ts"

type Event = ResponseStream.Event

const collect = (events: ReadonlyArray<ResponseStreamEvent>) =>
  Stream.runCollect(ResponseStream.events(Stream.fromArray(events)))

const ofType = <T extends Event["type"]>(events: ReadonlyArray<Event>, type: T) =>
  events.filter((event): event is Extract<Event, { readonly type: T }> => event.type === type)

/** The events as the Responses API sends them: named, without `[DONE]`. */
const sseText = (events: ReadonlyArray<ResponseStreamEvent>): string =>
  events.map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`).join("")

const params = { model: "gpt-4o", input: "Write a haiku about the sea." }

describe("accumulate", () => {
  for (const [name, fixture] of Object.entries(Fixtures.all)) {
    it.effect(`folds the ${name} stream into its final response`, () =>
      Effect.gen(function*() {
        assert.deepStrictEqual(yield* ResponseStream.accumulate(Stream.fromArray(fixture.events)), fixture.response)
      }))

    it.effect.prop(
      `folds the ${name} stream to the same response in batches of any sizes`,
      { sizes: Pieces.sizes(4) },
      ({ sizes }) =>
        Effect.gen(function*() {
          assert.deepStrictEqual(
            yield* ResponseStream.accumulate(Pieces.batched(fixture.events, sizes)),
            fixture.response
          )
        })
    )

    it.effect.prop(
      `folds the ${name} stream to the same response when its bytes arrive split anywhere`,
      { sizes: Pieces.sizes(90) },
      ({ sizes }) =>
        Effect.gen(function*() {
          const script = TestHttp.scripted([Pieces.sse(sseText(fixture.events), sizes)])
          const last = yield* ResponseStream.stream(params).pipe(
            Stream.runLast,
            Effect.provide(TestHttp.client(script))
          )
          assert.deepStrictEqual(
            Option.map(last, (event) => "response" in event ? event.response : event),
            Option.some(fixture.response)
          )
        }),
      { arbitrary: { runs: 20 } }
    )
  }

  it.effect("fails with Failed, carrying the response and what was received of its output", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(ResponseStream.accumulate(Stream.fromArray(Fixtures.failed.events)))
      assert.strictEqual(error._tag, "ResponseStreamError")
      if (error._tag !== "ResponseStreamError") return
      assert.deepStrictEqual([error.reason, error.message], [
        "Failed",
        "Failed: response resp_67c failed: server_error: The model crashed."
      ])
      assert.deepStrictEqual(error.response, Fixtures.failed.response)
    }))

  it.effect("fails with Incomplete, carrying the partial response and the reason", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(ResponseStream.accumulate(Stream.fromArray(Fixtures.incomplete.events)))
      if (error._tag !== "ResponseStreamError") return assert.fail(error._tag)
      assert.deepStrictEqual([error.reason, error.description], [
        "Incomplete",
        "response resp_67c is incomplete: max_output_tokens"
      ])
      assert.deepStrictEqual(error.response, Fixtures.incomplete.response)
    }))

  it.effect("fails with Unfinished when the events stop before response.completed", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(ResponseStream.accumulate(Stream.fromArray(Fixtures.text.events.slice(0, 6))))
      if (error._tag !== "ResponseStreamError") return assert.fail(error._tag)
      assert.strictEqual(error.reason, "Unfinished")
      assert.strictEqual(error.response?.output_text, "Waves fold")
    }))

  it.effect("fails with core's StreamError on an error event", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(ResponseStream.accumulate(Stream.fromArray([
        Fixtures.text.events[0],
        { type: "error", code: "rate_limit_exceeded", message: "Slow down.", param: null, sequence_number: 1 }
      ])))
      if (error._tag !== "StreamError") return assert.fail(error._tag)
      assert.deepStrictEqual(error.error, {
        message: "Slow down.",
        type: "error",
        code: "rate_limit_exceeded",
        param: undefined
      })
    }))

  it.effect("fails with InvalidEvent for an output index that is not a small integer", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(ResponseStream.accumulate(Stream.fromArray([
        Fixtures.text.events[0],
        { ...Fixtures.text.events[4], output_index: -1 } as ResponseStreamEvent
      ])))
      if (error._tag !== "ResponseStreamError") return assert.fail(error._tag)
      assert.deepStrictEqual([error.reason, error.description], [
        "InvalidEvent",
        "`output_index` is -1 in a response.output_text.delta event"
      ])
    }))
})

describe("events", () => {
  it.effect("adds the text so far to each text delta", () =>
    Effect.gen(function*() {
      const deltas = ofType(yield* collect(Fixtures.text.events), "response.output_text.delta")
      assert.deepStrictEqual(deltas.map((event) => [event.delta, event.snapshot]), [
        ["Waves", "Waves"],
        [" fold", "Waves fold"],
        [" 🌊", "Waves fold 🌊"]
      ])
    }))

  it.effect("adds the arguments so far, parsed as partial JSON, to each arguments delta", () =>
    Effect.gen(function*() {
      const events = yield* collect(Fixtures.functionCall.events)
      assert.deepStrictEqual(
        ofType(events, "response.function_call_arguments.delta").map((
          event
        ) => [event.snapshot, event.parsed_arguments]),
        [["{\"city\":", {}], ["{\"city\": \"Oslo\"", { city: "Oslo" }], ["{\"city\": \"Oslo\"}", { city: "Oslo" }]]
      )
      assert.deepStrictEqual(
        ofType(events, "response.function_call_arguments.done").map((event) => event.parsed_arguments),
        [{ city: "Oslo" }]
      )
    }))

  it.effect("passes events of unknown types through as they are", () =>
    Effect.gen(function*() {
      const events = yield* collect(Fixtures.functionCall.events)
      const unknown = Fixtures.functionCall.events.find((event) =>
        event.type as string === "response.mcp_future_event.progress"
      )
      assert.isTrue(events.includes(unknown as Event))
      assert.strictEqual(events.length, Fixtures.functionCall.events.length)
    }))

  it.effect("gives the final response, with output_text, on response.completed", () =>
    Effect.gen(function*() {
      const [completed] = ofType(yield* collect(Fixtures.text.events), "response.completed")
      assert.deepStrictEqual(completed.response, Fixtures.text.response)
    }))

  it.effect("emits response.failed, then fails", () =>
    Effect.gen(function*() {
      const types: Array<string> = []
      const error = yield* ResponseStream.events(Stream.fromArray(Fixtures.failed.events)).pipe(
        Stream.runForEach((event) => Effect.sync(() => types.push(event.type))),
        Effect.flip
      )
      assert.strictEqual(error._tag === "ResponseStreamError" && error.reason, "Failed")
      assert.deepStrictEqual(types, Fixtures.failed.events.map((event) => event.type))
    }))
})

describe("stream", () => {
  it.effect("creates a streamed response with the given params", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.sse(sseText(Fixtures.text.events))])
      const text = yield* ResponseStream.stream(params).pipe(
        Stream.filter((event) => event.type === "response.output_text.delta"),
        Stream.map((event) => event.delta),
        Stream.mkString,
        Effect.provide(TestHttp.client(script))
      )
      assert.strictEqual(text, "Waves fold 🌊")
      assert.deepStrictEqual(
        [script.requests[0].method, script.requests[0].url, JSON.parse(script.requests[0].body!)],
        ["POST", "http://127.0.0.1:1/v1/responses", { ...params, stream: true }]
      )
    }))

  it.effect("resumes a background response by asking the server for the events after starting_after", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.sse(sseText(Fixtures.resumed.events))])
      const last = yield* ResponseStream.stream({ response_id: "resp_67c", starting_after: 3 }).pipe(
        Stream.runLast,
        Effect.provide(TestHttp.client(script))
      )
      assert.deepStrictEqual(
        Option.map(last, (event) => "response" in event ? event.response.output_text : undefined),
        Option.some("Waves fold 🌊")
      )
      assert.deepStrictEqual(
        [script.requests[0].method, script.requests[0].url],
        ["GET", "http://127.0.0.1:1/v1/responses/resp_67c?starting_after=3&stream=true"]
      )
    }))

  const background = Fixtures.text.events.map((event) =>
    "response" in event ? { ...event, response: { ...event.response, background: true } } : event
  ) as ReadonlyArray<ResponseStreamEvent>

  it.effect("goes on from the last event read when the connection to a background response drops", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        Pieces.sseThenDrop(sseText(background.slice(0, 6))),
        TestHttp.sse(sseText(background.slice(6)))
      ])
      const text = yield* ResponseStream.stream({ ...params, background: true }).pipe(
        Stream.filter((event) => event.type === "response.output_text.delta"),
        Stream.map((event) => event.snapshot),
        Stream.runCollect,
        Effect.provide(TestHttp.client(script))
      )
      assert.deepStrictEqual(text, ["Waves", "Waves fold", "Waves fold 🌊"])
      assert.deepStrictEqual(
        script.requests.map((request) => `${request.method} ${request.url}`),
        [
          "POST http://127.0.0.1:1/v1/responses",
          "GET http://127.0.0.1:1/v1/responses/resp_67c?starting_after=5&stream=true"
        ]
      )
    }))

  it.effect("fails with the connection error when a response that is not background drops", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([Pieces.sseThenDrop(sseText(Fixtures.text.events.slice(0, 6)))])
      const error = yield* ResponseStream.stream(params).pipe(
        Stream.runDrain,
        Effect.flip,
        Effect.provide(TestHttp.client(script))
      )
      assert.deepStrictEqual([error._tag, script.requests.length], ["APIConnectionError", 1])
    }))

  it.effect("gives up after maxRetries resumptions", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        Pieces.sseThenDrop(sseText(background.slice(0, 6))),
        Pieces.sseThenDrop(sseText(background.slice(6, 7)))
      ])
      const error = yield* ResponseStream.stream({ ...params, background: true }, { maxRetries: 1 }).pipe(
        Stream.runDrain,
        Effect.flip,
        Effect.provide(TestHttp.client(script))
      )
      assert.deepStrictEqual([error._tag, script.requests.length], ["APIConnectionError", 2])
    }))
})
