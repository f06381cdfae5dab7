/**
 * `ThreadsRuns.createAndStream`: the fold of assistant events into snapshots, on fixtures in the
 * API's wire format delivered whole and split at random points (inside events, lines and UTF-8
 * characters), and `requires_action` answered by a function
 * (the `effect/ai` toolkit adapter is tested in `@openai-effect/helpers`).
 */
import { assert, describe, it } from "@effect/vitest"
import * as ThreadsRuns from "@openai-effect/resources/ThreadsRuns"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import * as fs from "node:fs"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

const fixture = (name: string): Uint8Array => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url))

/** The bytes of `body` cut at `cuts` (sorted offsets), as an SSE response. */
const chunked = (body: Uint8Array, cuts: ReadonlyArray<number>): TestHttp.Answer => {
  const bounds = [0, ...cuts, body.length]
  return {
    _tag: "Response",
    status: 200,
    headers: { "content-type": "text/event-stream" },
    body: new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bounds.length - 1; i++) controller.enqueue(body.slice(bounds[i], bounds[i + 1]))
        controller.close()
      }
    })
  }
}

/** A small deterministic generator, so a failing split can be replayed from its seed. */
const randomCuts = (seed: number, length: number): ReadonlyArray<number> => {
  let s = seed
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648
  const count = 1 + Math.floor(next() * 40)
  return [...new Set(Array.from({ length: count }, () => 1 + Math.floor(next() * (length - 1))))].sort((a, b) => a - b)
}

const collect = <E = never>(answers: ReadonlyArray<TestHttp.Answer>, options?: ThreadsRuns.StreamOptions<E, never>) => {
  const script = TestHttp.scripted(answers)
  return ThreadsRuns.createAndStream("thread_fx1", { assistant_id: "asst_fx1" }, options).pipe(
    Stream.runCollect,
    Effect.provide(TestHttp.client(script)),
    Effect.map((parts) => ({ parts, requests: script.requests }))
  )
}

const summary = (parts: ReadonlyArray<ThreadsRuns.AssistantStreamPart>) =>
  parts.map((part) => {
    switch (part.type) {
      case "event":
        return `event ${part.event.event}`
      case "textCreated":
        return `textCreated ${part.text.value}`
      case "textDelta":
        return `textDelta ${part.delta.value} => ${part.snapshot.value}`
      case "toolCallCreated":
        return `toolCallCreated ${part.toolCall.type}`
      case "toolCallDelta":
        return `toolCallDelta ${JSON.stringify(part.snapshot)}`
      case "messageDone":
        return `messageDone ${part.message.id}`
      case "runStepDone":
        return `runStepDone ${part.step.id}`
    }
  })

describe("ThreadsRuns.createAndStream", () => {
  const body = fixture("assistant-code-interpreter.sse")

  it.effect("accumulates the message text, delta by delta", () =>
    Effect.gen(function*() {
      const { parts } = yield* collect([chunked(body, [])])
      const texts = parts.flatMap((p) => (p.type === "textDelta" ? [p.snapshot.value] : []))
      assert.deepStrictEqual(texts, [
        "The",
        "The mean",
        "The mean is",
        "The mean is 6",
        "The mean is 6 — café",
        "The mean is 6 — café 🎉",
        "The mean is 6 — café 🎉."
      ])
      assert.deepStrictEqual(parts.filter((p) => p.type === "textCreated").length, 1)
      const done = parts.find((p) => p.type === "messageDone")
      assert.strictEqual(
        done?.type === "messageDone" && done.message.content[0]?.type === "text" && done.message.content[0].text.value,
        "The mean is 6 — café 🎉."
      )
    }))

  it.effect("accumulates the code interpreter's input and logs, and the file-search call", () =>
    Effect.gen(function*() {
      const { parts } = yield* collect([chunked(body, [])])
      const created = parts.flatMap((p) => (p.type === "toolCallCreated" ? [p.toolCall.type] : []))
      assert.deepStrictEqual(created, ["code_interpreter", "file_search"])
      const last = parts.filter((p) => p.type === "toolCallDelta").at(-2)
      assert.strictEqual(last?.type, "toolCallDelta")
      if (last?.type !== "toolCallDelta" || last.snapshot.type !== "code_interpreter") return
      assert.strictEqual(last.snapshot.code_interpreter.input, "import statistics\nprint(statistics.mean([3, 5, 10]))")
      assert.deepStrictEqual(last.snapshot.code_interpreter.outputs.map((o) => o.type === "logs" ? o.logs : ""), ["6"])
      const step = parts.filter((p) => p.type === "toolCallDelta").at(-1)
      assert.strictEqual(
        step?.type === "toolCallDelta" && step.step.step_details.type === "tool_calls"
          && step.step.step_details.tool_calls.length,
        2
      )
    }))

  it.effect("passes every server event on, in order", () =>
    Effect.gen(function*() {
      const { parts } = yield* collect([chunked(body, [])])
      const events = parts.flatMap((p) => (p.type === "event" ? [p.event.event] : []))
      assert.strictEqual(events.length, 28)
      assert.strictEqual(events[0], "thread.run.created")
      assert.strictEqual(events.at(-1), "thread.run.completed")
    }))

  it.effect("folds the same whatever the network's chunking", () =>
    Effect.gen(function*() {
      const whole = summary((yield* collect([chunked(body, [])])).parts)
      for (let seed = 1; seed <= 60; seed++) {
        const split = summary((yield* collect([chunked(body, randomCuts(seed, body.length))])).parts)
        assert.deepStrictEqual(split, whole, `seed ${seed}`)
      }
    }))

  it.effect("leaves earlier snapshots as they were", () =>
    Effect.gen(function*() {
      const { parts } = yield* collect([chunked(body, [])])
      const first = parts.find((p) => p.type === "textDelta")
      assert.strictEqual(first?.type === "textDelta" && first.snapshot.value, "The")
      assert.strictEqual(first?.type === "textDelta" && first.message.content.length, 1)
    }))
})

describe("requires_action", () => {
  const first = fixture("assistant-requires-action.sse")
  const second = fixture("assistant-tool-outputs.sse")

  it.effect("without tools, the stream ends at thread.run.requires_action", () =>
    Effect.gen(function*() {
      const { parts, requests } = yield* collect([chunked(first, [])])
      const last = parts.at(-1)
      assert.strictEqual(last?.type === "event" && last.event.event, "thread.run.requires_action")
      assert.strictEqual(requests.length, 1)
    }))

  it.effect("a function's outputs are submitted and the stream goes on with the continuation", () =>
    Effect.gen(function*() {
      const seen: Array<string> = []
      const { parts, requests } = yield* collect([chunked(first, [50, 400]), chunked(second, [7])], {
        tools: (calls) =>
          Effect.sync(() => {
            seen.push(...calls.map((c) => `${c.function.name} ${c.function.arguments}`))
            return calls.map((c) => ({ tool_call_id: c.id, output: "{\"celsius\":21}" }))
          })
      })
      assert.deepStrictEqual(seen, ["get_weather {\"city\":\"Paris\"}"])
      assert.deepStrictEqual(requests.map((r) => new URL(r.url).pathname), [
        "/v1/threads/thread_fx1/runs",
        "/v1/threads/thread_fx1/runs/run_fx2/submit_tool_outputs"
      ])
      assert.deepStrictEqual(JSON.parse(requests[1]!.body!), {
        tool_outputs: [{ tool_call_id: "call_w1", output: "{\"celsius\":21}" }],
        stream: true
      })
      const text = parts.flatMap((p) => (p.type === "textDelta" ? [p.snapshot.value] : [])).at(-1)
      assert.strictEqual(text, "It is 21°C in Paris.")
      const events = parts.flatMap((p) => (p.type === "event" ? [p.event.event] : []))
      assert.strictEqual(events.at(-1), "thread.run.completed")
      const args = parts.filter((p) => p.type === "toolCallDelta").at(-1)
      assert.strictEqual(
        args?.type === "toolCallDelta" && args.snapshot.type === "function" && args.snapshot.function.arguments,
        "{\"city\":\"Paris\"}"
      )
    }))

  it.effect("interrupting the stream of a running run cancels it on the server", () =>
    Effect.gen(function*() {
      const created = new TextDecoder().decode(first).split("\n\n")[0]! + "\n\n"
      const script = TestHttp.scripted([TestHttp.sseThenSilence(created), TestHttp.json(200, { status: "cancelling" })])
      const fiber = yield* ThreadsRuns.createAndStream("thread_fx2", { assistant_id: "asst_fx2" }).pipe(
        Stream.runDrain,
        Effect.provide(TestHttp.client(script)),
        Effect.forkChild
      )
      while (script.requests.length === 0) yield* Effect.yieldNow
      yield* Effect.yieldNow
      yield* Fiber.interrupt(fiber)
      assert.deepStrictEqual(script.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`), [
        "POST /v1/threads/thread_fx2/runs",
        "POST /v1/threads/thread_fx2/runs/run_fx2/cancel"
      ])
    }))

  it.effect("a stream that ends by itself sends no cancel", () =>
    Effect.gen(function*() {
      const { requests } = yield* collect([chunked(first, [])])
      assert.strictEqual(requests.length, 1)
    }))
})
