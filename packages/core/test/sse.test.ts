import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Sse from "../src/internal/sse.ts"

const encoder = new TextEncoder()
const bytes = (text: string): Uint8Array => encoder.encode(text)

const decodeChunks = (chunks: ReadonlyArray<Uint8Array>): Array<Sse.SseEvent> => {
  const events: Array<Sse.SseEvent> = []
  const decoder = Sse.makeDecoder((event) => {
    events.push(event)
  })
  for (const chunk of chunks) decoder.push(chunk)
  decoder.end()
  return events
}

const decodeText = (text: string): Array<Sse.SseEvent> => decodeChunks([bytes(text)])

const message = (data: string, fields?: { readonly event?: string; readonly id?: string }): Sse.SseEvent => ({
  event: fields?.event,
  data,
  id: fields?.id
})

describe("makeDecoder", () => {
  describe("line endings", () => {
    it("ends lines at \\n", () => {
      assert.deepStrictEqual(decodeText("data: a\n\ndata: b\n\n"), [message("a"), message("b")])
    })

    it("ends lines at \\r", () => {
      assert.deepStrictEqual(decodeText("data: a\r\rdata: b\r\r"), [message("a"), message("b")])
    })

    it("ends lines at \\r\\n", () => {
      assert.deepStrictEqual(decodeText("data: a\r\n\r\ndata: b\r\n\r\n"), [message("a"), message("b")])
    })

    it("reads a \\r\\n split across two chunks as one line ending, not a blank line", () => {
      assert.deepStrictEqual(
        decodeChunks([bytes("data: a\r"), bytes("\ndata: b\r\n\r\n")]),
        [message("a\nb")]
      )
    })

    it("reads a \\r at the end of a chunk followed by \\r as a blank line", () => {
      assert.deepStrictEqual(decodeChunks([bytes("data: a\r"), bytes("\rdata: b\r\r")]), [message("a"), message("b")])
    })
  })

  describe("fields", () => {
    it("joins multi-line data with \\n", () => {
      assert.deepStrictEqual(decodeText("data: first\ndata: second\ndata: third\n\n"), [
        message("first\nsecond\nthird")
      ])
    })

    it("ignores comment lines", () => {
      assert.deepStrictEqual(decodeText(": keep-alive\ndata: a\n: between\n\n:\n\n"), [message("a")])
    })

    it("ignores retry lines", () => {
      assert.deepStrictEqual(decodeText("retry: 1000\ndata: a\n\nretry: x\n\n"), [message("a")])
    })

    it("ignores unknown fields", () => {
      assert.deepStrictEqual(decodeText("foo: bar\ndatum: x\nidentity: y\nevents: z\ndata: a\n\n"), [message("a")])
    })

    it("reads a value without a space after the colon", () => {
      assert.deepStrictEqual(decodeText("event:delta\ndata:a\nid:7\n\n"), [message("a", { event: "delta", id: "7" })])
    })

    it("removes only one space after the colon", () => {
      assert.deepStrictEqual(decodeText("data:  two spaces\n\n"), [message(" two spaces")])
    })

    it("keeps colons inside the value", () => {
      assert.deepStrictEqual(decodeText("data: {\"a\":\"b:c\"}\n\n"), [message("{\"a\":\"b:c\"}")])
    })

    it("reads a line without a colon as a field with an empty value", () => {
      assert.deepStrictEqual(decodeText("data\n\n"), [message("")])
    })

    it("dispatches an event whose data lines are empty", () => {
      assert.deepStrictEqual(decodeText("data:\n\ndata:\ndata:\n\n"), [message(""), message("\n")])
    })

    it("dispatches nothing for a blank line without data", () => {
      assert.deepStrictEqual(decodeText("\n\n\nid: 1\n\nevent: ping\n\n"), [])
    })

    it("names an event with its event field", () => {
      assert.deepStrictEqual(decodeText("event: response.created\ndata: {}\n\n"), [
        message("{}", { event: "response.created" })
      ])
    })

    it("leaves the name undefined when the event field is empty", () => {
      assert.deepStrictEqual(decodeText("event:\ndata: a\n\n"), [message("a")])
    })

    it("does not carry a name over to the next event", () => {
      assert.deepStrictEqual(decodeText("event: error\ndata: a\n\ndata: b\n\n"), [
        message("a", { event: "error" }),
        message("b")
      ])
    })

    it("reports the id given in the event", () => {
      assert.deepStrictEqual(decodeText("id: 1\ndata: a\n\ndata: b\nid: 2\nid: 3\n\n"), [
        message("a", { id: "1" }),
        message("b", { id: "3" })
      ])
    })

    it("does not carry an id over to the next event", () => {
      assert.deepStrictEqual(decodeText("id: 1\ndata: a\n\ndata: b\n\n"), [message("a", { id: "1" }), message("b")])
    })

    it("ignores an id containing NUL", () => {
      assert.deepStrictEqual(decodeText("id: 1\nid: a\0b\ndata: a\n\n"), [message("a", { id: "1" })])
    })
  })

  describe("stream boundaries", () => {
    it("strips a leading byte order mark", () => {
      assert.deepStrictEqual(decodeText("\uFEFFdata: a\n\n"), [message("a")])
    })

    it("strips a leading byte order mark split across chunks", () => {
      const input = bytes("\uFEFFdata: a\n\n")
      assert.deepStrictEqual(decodeChunks([input.subarray(0, 1), input.subarray(1, 2), input.subarray(2)]), [
        message("a")
      ])
    })

    it("keeps a byte order mark that is not at the start", () => {
      assert.deepStrictEqual(decodeChunks([bytes("data: a\n\n"), bytes("\uFEFFdata: b\n\n")]), [
        message("a")
      ])
      assert.deepStrictEqual(decodeText("data: \uFEFFb\n\n"), [message("\uFEFFb")])
    })

    it("ignores empty chunks", () => {
      const empty = new Uint8Array(0)
      assert.deepStrictEqual(decodeChunks([empty, bytes("\uFEFFdata: a\r"), empty, bytes("\n\n"), empty]), [
        message("a")
      ])
    })

    it("delivers a final event that lacks its trailing blank line", () => {
      assert.deepStrictEqual(decodeText("data: a\n\ndata: last\n"), [message("a"), message("last")])
    })

    it("delivers a final event whose last line lacks its line ending", () => {
      assert.deepStrictEqual(decodeText("data: a\n\nevent: done\ndata: [DONE]"), [
        message("a"),
        message("[DONE]", { event: "done" })
      ])
    })

    it("delivers a final event ended by a lone \\r", () => {
      assert.deepStrictEqual(decodeText("data: a\r"), [message("a")])
    })

    it("decodes a multi-byte character split across chunks", () => {
      const input = bytes("data: 🎉\n\n")
      assert.deepStrictEqual(decodeChunks([input.subarray(0, 7), input.subarray(7, 9), input.subarray(9)]), [
        message("🎉")
      ])
    })

    it("decodes non-ASCII text in large chunks split inside characters", () => {
      const events = Array.from({ length: 400 }, (_, i) => message(`{"n":${i},"content":"héllo 世界 🎉"}`))
      const input = bytes(events.map((event) => `data: ${event.data}\n\n`).join(""))
      // Sizes that are not multiples of any character width, so most chunks end inside one
      for (const size of [4099, 6007, 10_007]) {
        const chunks: Array<Uint8Array> = []
        for (let start = 0; start < input.length; start += size) chunks.push(input.subarray(start, start + size))
        assert.deepStrictEqual(decodeChunks(chunks), events, `chunks of ${size} bytes`)
      }
    })

    it("replaces malformed UTF-8 with U+FFFD", () => {
      const input = Uint8Array.of(...bytes("data: a"), 0xff, ...bytes("b\n\n"))
      assert.deepStrictEqual(decodeChunks([input]), [message("a\uFFFDb")])
    })

    it("replaces a character cut off by the end of the stream with U+FFFD", () => {
      const input = bytes("data: 世")
      assert.deepStrictEqual(decodeChunks([input.subarray(0, input.length - 1)]), [message("\uFFFD")])
    })

    it("does not keep the caller's buffer of a split character", () => {
      const buffer = bytes("data: é")
      const events: Array<Sse.SseEvent> = []
      const decoder = Sse.makeDecoder((event) => {
        events.push(event)
      })
      decoder.push(buffer.subarray(0, buffer.length - 1))
      buffer.fill(0x41)
      decoder.push(Uint8Array.of(0xa9, 0x0a, 0x0a))
      decoder.end()
      assert.deepStrictEqual(events, [message("é")])
    })

    it("starts afresh after end", () => {
      const events: Array<Sse.SseEvent> = []
      const decoder = Sse.makeDecoder((event) => {
        events.push(event)
      })
      decoder.push(bytes("\uFEFFdata: a\r"))
      decoder.end()
      decoder.push(bytes("\uFEFF\ndata: b\n\n"))
      decoder.end()
      assert.deepStrictEqual(events, [message("a"), message("b")])
    })
  })

  describe("any chunking", () => {
    const recorded: ReadonlyArray<readonly [name: string, text: string, events: ReadonlyArray<Sse.SseEvent>]> = [
      [
        "chat completion chunks with \\n",
        "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"delta\":{\"content\":\"héllo\"}}]}\n\n"
        + ": keep-alive\n\n"
        + "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"delta\":{\"content\":\" 世界 🎉\"}}]}\n\n"
        + "data: [DONE]\n\n",
        [
          message(
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"delta\":{\"content\":\"héllo\"}}]}"
          ),
          message(
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"delta\":{\"content\":\" 世界 🎉\"}}]}"
          ),
          message("[DONE]")
        ]
      ],
      [
        "named events with \\r\\n",
        "\uFEFFevent: response.output_text.delta\r\nid: 1\r\ndata: {\"delta\":\"héllo\"}\r\n\r\n"
        + ": ping\r\n"
        + "event: response.output_text.delta\r\ndata: {\"delta\":\r\ndata: \" 世界 🎉\"}\r\n\r\n"
        + "event: error\r\ndata: {\"code\":\"server_error\"}\r\n\r\n",
        [
          message("{\"delta\":\"héllo\"}", { event: "response.output_text.delta", id: "1" }),
          message("{\"delta\":\n\" 世界 🎉\"}", { event: "response.output_text.delta" }),
          message("{\"code\":\"server_error\"}", { event: "error" })
        ]
      ],
      [
        "a \\r-only stream",
        "retry: 3000\rdata: héllo\r\r:comment\rdata:世界\rdata: 🎉\r\r",
        [message("héllo"), message("世界\n🎉")]
      ],
      [
        "mixed endings and a final event without its blank line",
        "data: a\r\n\ndata: 🎉\r\rdata\n\r\nid: 9\ndata: é\r\ndata: last",
        [message("a"), message("🎉"), message(""), message("é\nlast", { id: "9" })]
      ]
    ]

    for (const [name, text, events] of recorded) {
      const input = bytes(text)

      it(`decodes ${name}`, () => {
        assert.deepStrictEqual(decodeChunks([input]), events)
      })

      it(`decodes ${name} split into two chunks at every byte`, () => {
        for (let cut = 0; cut <= input.length; cut++) {
          assert.deepStrictEqual(decodeChunks([input.subarray(0, cut), input.subarray(cut)]), events, `cut at ${cut}`)
        }
      })

      it(`decodes ${name} in one-byte chunks`, () => {
        const chunks: Array<Uint8Array> = []
        for (let i = 0; i < input.length; i++) chunks.push(input.subarray(i, i + 1))
        assert.deepStrictEqual(decodeChunks(chunks), events)
      })

      it.prop(
        `decodes ${name} in chunks of any sizes`,
        { sizes: Schema.NonEmptyArray(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 }))) },
        ({ sizes }) => {
          const chunks: Array<Uint8Array> = []
          for (let start = 0, i = 0; start < input.length; i++) {
            const size = sizes[i % sizes.length]
            chunks.push(input.subarray(start, start + size))
            start += size
          }
          assert.deepStrictEqual(decodeChunks(chunks), events)
        }
      )
    }
  })
})

describe("decode", () => {
  const chat = "data: {\"n\":1}\n\ndata: {\"n\":2}\n\n: ping\n\ndata: [DONE]\n\n"

  it.effect("decodes a stream of chunks into its events", () =>
    Effect.gen(function*() {
      const input = bytes(chat)
      const chunks = [input.subarray(0, 5), input.subarray(5, 20), input.subarray(20)]
      const events = yield* Stream.runCollect(Sse.decode(Stream.fromIterable(chunks, { chunkSize: 1 })))
      assert.deepStrictEqual(events, [message("{\"n\":1}"), message("{\"n\":2}"), message("[DONE]")])
    }))

  it.effect("emits the final event when the stream ends without a blank line", () =>
    Effect.gen(function*() {
      const events = yield* Stream.runCollect(Sse.decode(Stream.make(bytes("data: a\n\ndata: last"))))
      assert.deepStrictEqual(events, [message("a"), message("last")])
    }))

  it.effect("emits the events completed by one pull as one array", () =>
    Effect.gen(function*() {
      const sizes: Array<number> = []
      yield* Sse.decode(Stream.fromArrays([bytes("data: 1\n\ndata: 2\n"), bytes("\ndata: 3\n\ndata: 4")])).pipe(
        Stream.runForEachArray((events) => Effect.sync(() => sizes.push(events.length)))
      )
      assert.deepStrictEqual(sizes, [3, 1])
    }))

  it.effect("passes a source failure through after the events before it", () =>
    Effect.gen(function*() {
      const results = yield* Stream.concat(Stream.make(bytes("data: a\n\ndata: partial")), Stream.fail("boom")).pipe(
        Sse.decode,
        Stream.result,
        Stream.runCollect
      )
      assert.deepStrictEqual(results, [Result.succeed(message("a")), Result.fail("boom")])
    }))

  it.effect("stops pulling the source once the consumer has enough events", () =>
    Effect.gen(function*() {
      let pulls = 0
      const endless = Stream.fromPull(Effect.succeed(Effect.sync(() => {
        pulls++
        return [bytes("data: x\n\n")] as const
      })))
      const events = yield* Stream.runCollect(Stream.take(Sse.decode(endless), 1))
      assert.deepStrictEqual(events, [message("x")])
      assert.strictEqual(pulls, 1)
    }))

  it.effect("releases a source that never ends once the consumer is done", () =>
    Effect.gen(function*() {
      let released = false
      const source = Stream.concat(Stream.make(bytes("data: a\n\n")), Stream.never).pipe(
        Stream.ensuring(Effect.sync(() => {
          released = true
        }))
      )
      const events = yield* Stream.runCollect(Stream.take(Sse.decode(source), 1))
      assert.deepStrictEqual(events, [message("a")])
      assert.isTrue(released)
    }))
})
