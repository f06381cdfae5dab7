import { assert, describe, it } from "@effect/vitest"
import * as NodeUploadable from "@openai-effect/core/NodeUploadable"
import * as Operation from "@openai-effect/core/Operation"
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { Buffer } from "node:buffer"
import { createReadStream, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import * as TestHttp from "./utils/TestHttp.ts"

const encoder = new TextEncoder()

const upload = (file: unknown, answers: ReadonlyArray<TestHttp.Answer> = [TestHttp.json(200, { id: "file_1" })]) =>
  Effect.gen(function*() {
    const script = TestHttp.scripted(answers)
    const exit = yield* Effect.exit(
      Operation.json({
        operationId: "createFile",
        method: "POST",
        path: "/files",
        body: Operation.multipart({ file, purpose: "assistants" }, ["file"])
      }, { retry: Schedule.recurs(2) }).pipe(Effect.provide(TestHttp.client(script)))
    )
    return { exit, requests: script.requests }
  })

/** The filename, content type and content of the `file` part of a multipart body. */
const filePart = (body: string) => {
  const match = /name="file"; filename="([^"]*)"\r\nContent-Type: ([^\r]*)\r\n\r\n([\s\S]*?)\r\n--/.exec(body)
  assert.isNotNull(match, body)
  return { name: match![1], type: match![2], content: match![3] }
}

describe("uploads", () => {
  const cases: ReadonlyArray<readonly [string, () => unknown, { name: string; type: string }]> = [
    ["a File", () => new File(["hello"], "notes.txt", { type: "text/plain" }), {
      name: "notes.txt",
      type: "text/plain"
    }],
    ["a Blob", () => new Blob(["hello"], { type: "application/jsonl" }), {
      name: "upload.jsonl",
      type: "application/jsonl"
    }],
    ["bytes", () => encoder.encode("hello"), { name: "upload", type: "application/octet-stream" }],
    ["bytes named with toFile", () => Uploadable.toFile(encoder.encode("hello"), "batch.jsonl"), {
      name: "batch.jsonl",
      type: "application/jsonl"
    }],
    ["a web ReadableStream", () =>
      new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(encoder.encode("hel"))
          c.enqueue(encoder.encode("lo"))
          c.close()
        }
      }), { name: "upload", type: "application/octet-stream" }],
    ["an Effect Stream", () => Uploadable.toFile(Stream.make(encoder.encode("hel"), encoder.encode("lo")), "a.md"), {
      name: "a.md",
      type: "text/markdown"
    }],
    ["a fetch Response", () => {
      const response = new Response("hello", { headers: { "content-type": "text/csv" } })
      return response
    }, { name: "upload.csv", type: "text/csv" }],
    ["a Node Readable", () => Readable.from([Buffer.from("hel"), Buffer.from("lo")]), {
      name: "upload",
      type: "application/octet-stream"
    }],
    ["an async iterable of bytes", () =>
      (async function*() {
        yield encoder.encode("hel")
        yield encoder.encode("lo")
      })(), { name: "upload", type: "application/octet-stream" }]
  ]

  for (const [label, make, expected] of cases) {
    it.effect(`sends ${label} as a file part with a filename and content type`, () =>
      Effect.gen(function*() {
        const { exit, requests } = yield* upload(make())
        yield* exit
        const request = requests[0]!
        assert.match(request.contentType ?? request.headers["content-type"] ?? "", /^multipart\/form-data; boundary=/)
        assert.deepStrictEqual(filePart(request.body!), { ...expected, content: "hello" })
        assert.include(request.body!, `name="purpose"\r\n\r\nassistants\r\n`)
      }))
  }

  it.effect("escapes a quote, CR and LF in a streamed file's name as browsers do", () =>
    Effect.gen(function*() {
      // A Blob goes through the runtime's FormData; a stream through our own encoder.
      const { exit, requests } = yield* upload(Uploadable.toFile(Stream.make(encoder.encode("hello")), "a\"b\r\nc.txt"))
      yield* exit
      assert.strictEqual(filePart(requests[0]!.body!).name, "a%22b%0D%0Ac.txt")
    }))

  it.effect("sends a file from a path with its basename and guessed type", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "openai-effect-"))
      const path = join(dir, "train.jsonl")
      writeFileSync(path, "hello")
      const file = yield* NodeUploadable.fromPath(path)
      const { requests } = yield* upload(file)
      assert.deepStrictEqual(filePart(requests[0]!.body!), {
        name: "train.jsonl",
        type: "application/jsonl",
        content: "hello"
      })
    }))

  it.effect("sends an fs.ReadStream as it is read, named after its path, once", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "openai-effect-"))
      const path = join(dir, "input.jsonl")
      writeFileSync(path, "hello")
      const { exit, requests } = yield* upload(createReadStream(path), [
        TestHttp.status(500),
        TestHttp.json(200, { id: "f" })
      ])
      assert.strictEqual((yield* Effect.flip(exit))._tag, "InternalServerError")
      assert.strictEqual(requests.length, 1)
      assert.deepStrictEqual(filePart(requests[0]!.body!), {
        name: "input.jsonl",
        type: "application/jsonl",
        content: "hello"
      })
      assert.deepStrictEqual(requests[0]!.requestInit, { window: null, redirect: "error" })
    }))

  const notFiles: ReadonlyArray<readonly [string, unknown, string]> = [
    ["a plain object", { path: "/home/me/secret.jsonl", flags: "r" }, "a plain object"],
    ["a string", "input.jsonl", "a string"],
    ["an array holding a number", [new Blob(["a"]), 42], "a number"]
  ]
  for (const [label, file, what] of notFiles) {
    it.effect(`a file field holding ${label} fails with an InvalidRequestError naming it, sending nothing`, () =>
      Effect.gen(function*() {
        const { exit, requests } = yield* upload(file)
        const error = yield* Effect.flip(exit)
        assert.strictEqual(requests.length, 0)
        assert.strictEqual(error._tag, "InvalidRequestError")
        assert.include(error.message, "`file")
        assert.include(error.message, `not ${what}`)
        assert.notInclude(error.message, "secret")
      }))
  }

  it.effect("an object that is neither plain nor a file fails instead of sending its internals", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.json(200, {})])
      const error = yield* Operation.json({
        operationId: "createFile",
        method: "POST",
        path: "/files",
        body: Operation.multipart({ file: new Blob(["x"]), purpose: "batch", expires_after: new Map([["a", 1]]) })
      }).pipe(Effect.provide(TestHttp.client(script)), Effect.flip)
      assert.strictEqual(script.requests.length, 0)
      assert.strictEqual(
        error.message,
        "The form field `expires_after` cannot hold a Map (POST /files)"
      )
    }))

  it.effect("a missing path is an InvalidRequestError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(NodeUploadable.fromPath("/nonexistent/file.jsonl"))
      assert.strictEqual(error._tag, "InvalidRequestError")
    }))

  it.effect("a Blob upload is sent again on a retry", () =>
    Effect.gen(function*() {
      const { exit, requests } = yield* upload(new Blob(["hello"]), [
        TestHttp.status(500),
        TestHttp.json(200, { id: "f" })
      ])
      yield* exit
      assert.strictEqual(requests.length, 2)
      assert.strictEqual(filePart(requests[1]!.body!).content, "hello")
    }))

  it.effect("a streamed upload is sent once: a failure is not retried", () =>
    Effect.gen(function*() {
      const { exit, requests } = yield* upload(Stream.make(encoder.encode("hello")), [
        TestHttp.status(500),
        TestHttp.json(200, { id: "f" })
      ])
      assert.strictEqual((yield* Effect.flip(exit))._tag, "InternalServerError")
      assert.strictEqual(requests.length, 1)
    }))

  it.effect("multipart-if-file sends JSON when no value is a file", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.json(200, {})])
      yield* Operation.json({
        operationId: "createImageEdit",
        method: "POST",
        path: "/images/edits",
        body: Operation.multipartIfFile({ image: { file_id: "file_1" }, prompt: "p" })
      }).pipe(Effect.provide(TestHttp.client(script)))
      assert.strictEqual(script.requests[0]!.contentType, "application/json")
    }))

  it.effect("arrays and objects in multipart fields use bracket names", () =>
    Effect.gen(function*() {
      const { requests } = yield* upload(new Blob(["x"]))
      const script = TestHttp.scripted([TestHttp.json(200, {})])
      yield* Operation.json({
        operationId: "createImageEdit",
        method: "POST",
        path: "/images/edits",
        body: Operation.multipartIfFile({ image: [new Blob(["a"]), new Blob(["b"])], metadata: { k: "v" } })
      }).pipe(Effect.provide(TestHttp.client(script)))
      const body = script.requests[0]!.body!
      assert.strictEqual(body.split(`name="image[]"`).length - 1, 2)
      assert.include(body, `name="metadata[k]"\r\n\r\nv`)
      assert.strictEqual(requests.length, 1)
    }))

  it.effect("a streamed upload asks fetch to keep no replay copy of the body", () =>
    Effect.gen(function*() {
      const streamed = yield* upload(Stream.make(encoder.encode("hello")))
      assert.deepStrictEqual(streamed.requests[0]!.requestInit, { window: null, redirect: "error" })
      const blob = yield* upload(new Blob(["hello"]))
      assert.isUndefined(blob.requests[0]!.requestInit)
    }))
})
