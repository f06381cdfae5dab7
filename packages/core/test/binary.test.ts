import { assert, describe, it } from "@effect/vitest"
import * as NodeBinary from "@openai-effect/core/NodeBinary"
import * as Operation from "@openai-effect/core/Operation"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { Buffer } from "node:buffer"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import * as TestHttp from "./utils/TestHttp.ts"

const audio = new Uint8Array([0x49, 0x44, 0x33, 0x04, 0x00, 0xff])

/** A speech call answered with `body`. */
const speech = (body: Uint8Array) =>
  Operation.binary({
    operationId: "createSpeech",
    method: "POST",
    path: "/audio/speech",
    body: { model: "gpt-4o-mini-tts", voice: "alloy", input: "Hi" }
  }).pipe(
    Effect.provide(TestHttp.client(TestHttp.scripted([{
      _tag: "Response",
      status: 200,
      headers: { "content-type": "audio/mpeg" },
      body: body as Uint8Array<ArrayBuffer>
    }])))
  )

describe("binary and empty responses", () => {
  it.effect("a binary response keeps its body as a byte stream, with helpers to collect it", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([{
        _tag: "Response",
        status: 200,
        headers: { "content-type": "audio/mpeg", "x-request-id": "req_audio" },
        body: audio
      }])
      const speech = yield* Operation.binary({
        operationId: "createSpeech",
        method: "POST",
        path: "/audio/speech",
        body: { model: "gpt-4o-mini-tts", voice: "alloy", input: "Hi" }
      }).pipe(Effect.provide(TestHttp.client(script)))
      assert.strictEqual(speech.contentType, "audio/mpeg")
      assert.strictEqual(speech.response.requestId, "req_audio")
      assert.deepStrictEqual(yield* speech.bytes, audio)
      assert.strictEqual(script.requests[0]!.headers["accept"], "application/octet-stream")
    }))

  it.effect("NodeBinary.writeFile streams the body into a file", () =>
    Effect.gen(function*() {
      const path = join(mkdtempSync(join(tmpdir(), "openai-effect-")), "speech.mp3")
      yield* NodeBinary.writeFile(yield* speech(audio), path)
      assert.deepStrictEqual(new Uint8Array(readFileSync(path)), audio)
    }))

  it.effect("NodeBinary.writeFile names a path it cannot write in an InvalidRequestError", () =>
    Effect.gen(function*() {
      const path = join(tmpdir(), "openai-effect-missing-dir", "speech.mp3")
      const error = yield* Effect.flip(NodeBinary.writeFile(yield* speech(audio), path))
      assert.strictEqual(error._tag, "InvalidRequestError")
      assert.include(error.message, path)
    }))

  it.effect("NodeBinary.toWeb gives a stream Node's Readable.fromWeb takes as it is", () =>
    Effect.gen(function*() {
      const readable = Readable.fromWeb(NodeBinary.toWeb(yield* speech(audio)))
      const chunks = yield* Effect.promise(() => readable.toArray())
      assert.deepStrictEqual(new Uint8Array(Buffer.concat(chunks)), audio)
    }))

  it.effect("a binary body can be streamed chunk by chunk", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.text(200, "line 1\nline 2\n", { "content-type": "text/plain" })])
      const content = yield* Operation.binary({ operationId: "downloadFile", method: "GET", path: "/files/f/content" })
        .pipe(Effect.provide(TestHttp.client(script)))
      const text = yield* content.stream.pipe(Stream.decodeText, Stream.mkString)
      assert.strictEqual(text, "line 1\nline 2\n")
    }))

  it.effect("an empty response accepts anything and does not decode the body", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([{ _tag: "Response", status: 204, headers: {}, body: null }])
      const result = yield* Operation.empty({ operationId: "deleteThing", method: "DELETE", path: "/things/1" }).pipe(
        Effect.provide(TestHttp.client(script))
      )
      assert.isUndefined(result)
      assert.strictEqual(script.requests[0]!.headers["accept"], "*/*")
    }))
})
