import { assert, describe, it } from "@effect/vitest"
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { PageKind } from "@openai-effect/core/Page"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as TestHttp from "./utils/TestHttp.ts"

interface Item {
  readonly id: string
}

const items = (...ids: ReadonlyArray<string>) => ids.map((id) => ({ id }))

const listFiles = (kind: PageKind, query: object = {}) =>
  Operation.list<Item>(kind, { operationId: "listFiles", method: "GET", path: "/files", query })

const collect = (stream: Stream.Stream<Item, OpenAIError, OpenAIClient>, answers: ReadonlyArray<TestHttp.Answer>) =>
  Effect.gen(function*() {
    const script = TestHttp.scripted(answers)
    const exit = yield* Effect.exit(
      Stream.runCollect(stream).pipe(Effect.provide(TestHttp.client(script, { maxRetries: 0 })))
    )
    return { exit, urls: script.requests.map((r) => r.url.replace("http://127.0.0.1:1/v1", "")) }
  })

describe("pagination", () => {
  it.effect("cursor pages send the last item's id as after until has_more is false", () =>
    Effect.gen(function*() {
      const { exit, urls } = yield* collect(listFiles("cursor", { limit: 2 }), [
        TestHttp.json(200, { object: "list", data: items("a", "b"), has_more: true }),
        TestHttp.json(200, { object: "list", data: items("c"), has_more: false })
      ])
      assert.deepStrictEqual((yield* exit).map((i) => i.id), ["a", "b", "c"])
      assert.deepStrictEqual(urls, ["/files?limit=2", "/files?limit=2&after=b"])
    }))

  it.effect("conversation cursor pages send the response's last_id", () =>
    Effect.gen(function*() {
      const { exit, urls } = yield* collect(listFiles("conversationCursor"), [
        TestHttp.json(200, { data: items("a"), has_more: true, last_id: "cursor_1" }),
        TestHttp.json(200, { data: items("b"), has_more: false, last_id: "b" })
      ])
      assert.deepStrictEqual((yield* exit).map((i) => i.id), ["a", "b"])
      assert.deepStrictEqual(urls, ["/files", "/files?after=cursor_1"])
    }))

  it.effect("next cursor pages send the response's next", () =>
    Effect.gen(function*() {
      const { exit, urls } = yield* collect(listFiles("nextCursor"), [
        TestHttp.json(200, { data: items("a"), has_more: true, next: "n1" }),
        TestHttp.json(200, { data: items("b"), has_more: false, next: null })
      ])
      assert.deepStrictEqual((yield* exit).map((i) => i.id), ["a", "b"])
      assert.deepStrictEqual(urls, ["/files", "/files?after=n1"])
    }))

  it.effect("single pages are fetched once", () =>
    Effect.gen(function*() {
      const { exit, urls } = yield* collect(listFiles("single"), [
        TestHttp.json(200, { object: "list", data: items("a", "b"), has_more: true })
      ])
      assert.deepStrictEqual((yield* exit).map((i) => i.id), ["a", "b"])
      assert.strictEqual(urls.length, 1)
    }))

  it.effect("empty pages that say there is more are followed", () =>
    Effect.gen(function*() {
      const { exit, urls } = yield* collect(listFiles("conversationCursor"), [
        TestHttp.json(200, { data: [], has_more: true, last_id: "c1" }),
        TestHttp.json(200, { data: [], has_more: true, last_id: "c2" }),
        TestHttp.json(200, { data: items("z"), has_more: false, last_id: "z" })
      ])
      assert.deepStrictEqual((yield* exit).map((i) => i.id), ["z"])
      assert.strictEqual(urls.length, 3)
    }))

  it.effect("a server repeating the cursor it was sent fails instead of looping", () =>
    Effect.gen(function*() {
      const { exit, urls } = yield* collect(listFiles("conversationCursor"), [
        TestHttp.json(200, { data: items("a"), has_more: true, last_id: "same" }),
        TestHttp.json(200, { data: items("a"), has_more: true, last_id: "same" }),
        TestHttp.json(200, { data: items("a"), has_more: true, last_id: "same" })
      ])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "InvalidRequestError")
      assert.strictEqual(urls.length, 2)
    }))

  it.effect("more pages with no cursor to reach them is an error, not a silent stop", () =>
    Effect.gen(function*() {
      const { exit } = yield* collect(listFiles("cursor"), [TestHttp.json(200, { data: [], has_more: true })])
      assert.strictEqual((yield* Effect.flip(exit))._tag, "InvalidRequestError")
    }))

  it.effect("Stream.take fetches no page it does not need", () =>
    Effect.gen(function*() {
      const { exit, urls } = yield* collect(listFiles("cursor").pipe(Stream.take(2)), [
        TestHttp.json(200, { data: items("a", "b"), has_more: true }),
        TestHttp.json(200, { data: items("c", "d"), has_more: true })
      ])
      assert.deepStrictEqual((yield* exit).map((i) => i.id), ["a", "b"])
      assert.strictEqual(urls.length, 1)
    }))

  it.effect("listPage walks pages by hand through next", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, { data: items("a"), has_more: true }),
        TestHttp.json(200, { data: items("b"), has_more: false })
      ])
      const ids = yield* Effect.gen(function*() {
        let page = yield* Operation.page<Item>("cursor", { operationId: "listFiles", method: "GET", path: "/files" })
        const seen = [...page.data.map((i) => i.id)]
        while (page.next) {
          page = yield* page.next
          seen.push(...page.data.map((i) => i.id))
        }
        assert.isFalse(page.hasMore)
        return seen
      }).pipe(Effect.provide(TestHttp.client(script)))
      assert.deepStrictEqual(ids, ["a", "b"])
    }))

  it.effect("a conversation cursor page without last_id continues after its last item", () =>
    Effect.gen(function*() {
      const { exit, urls } = yield* collect(listFiles("conversationCursor"), [
        TestHttp.json(200, { data: items("a", "b"), has_more: true }),
        TestHttp.json(200, { data: items("c"), has_more: false })
      ])
      assert.deepStrictEqual((yield* exit).map((i) => i.id), ["a", "b", "c"])
      assert.deepStrictEqual(urls, ["/files", "/files?after=b"])
    }))
})
