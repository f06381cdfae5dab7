import { assert, describe, it, layer } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { MockServer } from "../mock-server.ts"
import { start } from "../mock-server.ts"

/** Two servers for the whole file: the defaults, and the benchmark knobs (big list, fixed stream size). */
class Servers extends Context.Service<Servers, { readonly small: MockServer; readonly big: MockServer }>()(
  "test/MockServers"
) {}

const server = (options?: Parameters<typeof start>[0]) =>
  Effect.acquireRelease(
    Effect.promise(() => start(options)),
    (s) => Effect.promise(() => s.close())
  )

const ServersLive = Layer.effect(
  Servers,
  Effect.gen(function*() {
    const small = yield* server()
    const big = yield* server({ listSize: 100_000, streamChunks: 1_000 })
    return { small, big }
  })
)

const KEY = "sk-test-1234567890"

const call = (s: MockServer, path: string, init: RequestInit & { readonly json?: unknown } = {}) =>
  Effect.promise(async () => {
    const { json, ...rest } = init
    const headers = new Headers(rest.headers)
    if (!headers.has("authorization")) headers.set("authorization", `Bearer ${KEY}`)
    if (json !== undefined) headers.set("content-type", "application/json")
    const response = await fetch(`${s.url}${path}`, {
      ...rest,
      headers,
      ...(json !== undefined ? { method: rest.method ?? "POST", body: JSON.stringify(json) } : {})
    })
    return response
  })

const callJson = (s: MockServer, path: string, init: RequestInit & { readonly json?: unknown } = {}) =>
  Effect.flatMap(
    call(s, path, init),
    (response) => Effect.promise(async () => ({ response, body: (await response.json()) as any }))
  )

/** Parses an SSE body into its `data:` payloads. */
const sseData = (text: string): Array<string> =>
  text
    .split("\n\n")
    .filter((event) => event.startsWith("data: "))
    .map((event) => event.slice("data: ".length))

const chatParams = { model: "gpt-4o", messages: [{ role: "user", content: "Say this is a test" }] }

const assertApiHeaders = (response: Response) => {
  assert.match(response.headers.get("x-request-id") ?? "", /^req_[0-9a-f]{32}$/)
  for (const kind of ["requests", "tokens"]) {
    assert.match(response.headers.get(`x-ratelimit-limit-${kind}`) ?? "", /^\d+$/)
    assert.match(response.headers.get(`x-ratelimit-remaining-${kind}`) ?? "", /^\d+$/)
    assert.match(response.headers.get(`x-ratelimit-reset-${kind}`) ?? "", /^(\d+m)?\d+(\.\d+)?(ms|s)$/)
  }
}

layer(ServersLive, { timeout: 60_000 })("mock server", (it) => {
  describe("every response", () => {
    it.effect("carries a request id and the rate-limit headers, on success and on error", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const ok = yield* call(small, "/models")
        assert.strictEqual(ok.status, 200)
        assertApiHeaders(ok)
        const missing = yield* call(small, "/nope")
        assert.strictEqual(missing.status, 404)
        assertApiHeaders(missing)
        assert.notStrictEqual(ok.headers.get("x-request-id"), missing.headers.get("x-request-id"))
      }))

    it.effect("answers an unknown route with a 404 in the API's error shape", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const { response, body } = yield* callJson(small, "/v1/unknown/thing?x=1", { method: "PATCH" })
        assert.strictEqual(response.status, 404)
        assert.deepStrictEqual(body, {
          error: {
            message: "Invalid URL (PATCH /v1/unknown/thing)",
            type: "invalid_request_error",
            param: null,
            code: null
          }
        })
      }))

    it.effect("serves paths with and without the /v1 prefix", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const a = yield* callJson(small, "/v1/models/gpt-4o")
        const b = yield* callJson(small, "/models/gpt-4o")
        assert.deepStrictEqual(a.body, b.body)
        assert.strictEqual(a.body.id, "gpt-4o")
      }))

    it.effect("rejects a request without an API key with a 401", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const { response, body } = yield* callJson(small, "/models", { headers: { authorization: "" } })
        assert.strictEqual(response.status, 401)
        assert.strictEqual(body.error.type, "invalid_request_error")
        const invalid = yield* callJson(small, "/models", { headers: { authorization: "Bearer sk-invalid-abcdef" } })
        assert.strictEqual(invalid.response.status, 401)
        assert.strictEqual(invalid.body.error.code, "invalid_api_key")
        assert.notInclude(invalid.body.error.message, "sk-invalid-abcdef")
      }))

    it.effect("records every request with its method, path and headers", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const before = small.requests.length
        yield* call(small, "/files?limit=2&after=file-x", { headers: { "x-custom": "yes" } })
        const recorded = small.requests[before]
        assert.strictEqual(recorded.method, "GET")
        assert.strictEqual(recorded.path, "/files")
        assert.strictEqual(recorded.url, "/files?limit=2&after=file-x")
        assert.strictEqual(recorded.headers["x-custom"], "yes")
      }))
  })

  describe("POST /chat/completions", () => {
    it.effect("returns a chat.completion with usage", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const { response, body } = yield* callJson(small, "/chat/completions", { json: chatParams })
        assert.strictEqual(response.status, 200)
        assert.strictEqual(response.headers.get("content-type"), "application/json")
        assert.match(body.id, /^chatcmpl-[A-Za-z0-9]{29}$/)
        assert.strictEqual(body.object, "chat.completion")
        assert.strictEqual(body.model, "gpt-4o-2024-08-06")
        assert.deepStrictEqual(body.choices, [
          {
            index: 0,
            message: { role: "assistant", content: "This is a test.", refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: "stop"
          }
        ])
        assert.strictEqual(body.usage.total_tokens, body.usage.prompt_tokens + body.usage.completion_tokens)
      }))

    it.effect("streams role, word deltas, finish_reason, a usage chunk and [DONE]", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const response = yield* call(small, "/chat/completions", {
          json: { ...chatParams, stream: true, stream_options: { include_usage: true } }
        })
        assert.strictEqual(response.headers.get("content-type"), "text/event-stream; charset=utf-8")
        assertApiHeaders(response)
        const data = sseData(yield* Effect.promise(() => response.text()))
        assert.strictEqual(data[data.length - 1], "[DONE]")
        const chunks = data.slice(0, -1).map((d) => JSON.parse(d))
        assert.isTrue(chunks.every((c) => c.object === "chat.completion.chunk" && c.id === chunks[0].id))
        assert.deepStrictEqual(chunks[0].choices[0].delta, { role: "assistant", content: "", refusal: null })
        const content = chunks.slice(1, -2).map((c) => c.choices[0].delta.content)
        assert.deepStrictEqual(content, ["This", " is", " a", " test."])
        const finish = chunks[chunks.length - 2]
        assert.deepStrictEqual(finish.choices[0].delta, {})
        assert.strictEqual(finish.choices[0].finish_reason, "stop")
        assert.isNull(finish.usage)
        const usage = chunks[chunks.length - 1]
        assert.deepStrictEqual(usage.choices, [])
        assert.strictEqual(usage.usage.completion_tokens, 4)
      }))

    it.effect("leaves the usage chunk and usage fields out without include_usage", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const response = yield* call(small, "/chat/completions", { json: { ...chatParams, stream: true } })
        const chunks = sseData(yield* Effect.promise(() => response.text())).slice(0, -1).map((d) => JSON.parse(d))
        assert.isTrue(chunks.every((c) => !("usage" in c) && c.choices.length === 1))
        assert.strictEqual(chunks[chunks.length - 1].choices[0].finish_reason, "stop")
      }))

    it.effect("streams exactly streamChunks content chunks when configured", () =>
      Effect.gen(function*() {
        const { big } = yield* Servers
        const response = yield* call(big, "/chat/completions", { json: { ...chatParams, stream: true } })
        const data = sseData(yield* Effect.promise(() => response.text()))
        // role + 1,000 content chunks + finish + [DONE]
        assert.strictEqual(data.length, 1_003)
        const contents = data.slice(1, -2).map((d) => JSON.parse(d).choices[0].delta.content)
        assert.isTrue(contents.every((c) => typeof c === "string" && c.length > 0))
      }))

    it.effect("takes the chunk count from the x-mock-stream-chunks header", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const response = yield* call(small, "/chat/completions", {
          json: { ...chatParams, stream: true },
          headers: { "x-mock-stream-chunks": "10" }
        })
        assert.strictEqual(sseData(yield* Effect.promise(() => response.text())).length, 13)
      }))

    it.effect("cuts the reply at max_completion_tokens with finish_reason length", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const { body } = yield* callJson(small, "/chat/completions", {
          json: { ...chatParams, max_completion_tokens: 2 }
        })
        assert.strictEqual(body.choices[0].message.content, "This is")
        assert.strictEqual(body.choices[0].finish_reason, "length")
      }))

    it.effect("calls a tool with schema-shaped arguments, then answers from the tool result", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const tools = [
          {
            type: "function",
            function: {
              name: "get_weather",
              parameters: {
                type: "object",
                properties: { city: { type: "string" }, unit: { type: "string", enum: ["c", "f"] } },
                required: ["city", "unit"]
              }
            }
          }
        ]
        const messages = [{ role: "user", content: "Weather in Paris?" }]
        const first = yield* callJson(small, "/chat/completions", { json: { model: "gpt-4o", messages, tools } })
        const choice = first.body.choices[0]
        assert.strictEqual(choice.finish_reason, "tool_calls")
        const call0 = choice.message.tool_calls[0]
        assert.strictEqual(call0.function.name, "get_weather")
        assert.deepStrictEqual(JSON.parse(call0.function.arguments), { city: "Paris", unit: "c" })
        const second = yield* callJson(small, "/chat/completions", {
          json: {
            model: "gpt-4o",
            tools,
            messages: [...messages, choice.message, { role: "tool", tool_call_id: call0.id, content: "18C and sunny" }]
          }
        })
        assert.strictEqual(second.body.choices[0].finish_reason, "stop")
        assert.include(second.body.choices[0].message.content, "18C and sunny")
      }))

    it.effect("with several tools, calls each once in turn before answering", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const tools = ["get_location", "get_weather"].map((name) => ({
          type: "function",
          function: { name, parameters: { type: "object", properties: {} } }
        }))
        const messages: Array<unknown> = [{ role: "user", content: "Weather here?" }]
        const names: Array<string> = []
        for (let turn = 0; turn < 3; turn++) {
          const { body } = yield* callJson(small, "/chat/completions", { json: { model: "gpt-4o", messages, tools } })
          const message = body.choices[0].message
          messages.push(message)
          if (message.tool_calls === undefined) break
          names.push(message.tool_calls[0].function.name)
          messages.push({ role: "tool", tool_call_id: message.tool_calls[0].id, content: `result ${turn}` })
        }
        assert.deepStrictEqual(names, ["get_location", "get_weather"])
        assert.include((messages[messages.length - 1] as { content: string }).content, "result 0; result 1")
      }))

    it.effect("streams a tool call as deltas whose arguments join to JSON", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const response = yield* call(small, "/chat/completions", {
          json: {
            model: "gpt-4o",
            stream: true,
            messages: [{ role: "user", content: "hi" }],
            tools: [{
              type: "function",
              function: { name: "lookup", parameters: { type: "object", properties: { query: { type: "string" } } } }
            }]
          }
        })
        const chunks = sseData(yield* Effect.promise(() => response.text())).slice(0, -1).map((d) => JSON.parse(d))
        assert.strictEqual(chunks[0].choices[0].delta.tool_calls[0].function.name, "lookup")
        const args = chunks
          .flatMap((c) => c.choices[0].delta.tool_calls ?? [])
          .map((t: any) => t.function.arguments)
          .join("")
        assert.deepStrictEqual(JSON.parse(args), { query: "latest news" })
        assert.strictEqual(chunks[chunks.length - 1].choices[0].finish_reason, "tool_calls")
      }))

    it.effect("answers a json_schema response_format with JSON matching the schema", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const { body } = yield* callJson(small, "/chat/completions", {
          json: {
            ...chatParams,
            response_format: {
              type: "json_schema",
              json_schema: {
                name: "person",
                strict: true,
                schema: {
                  type: "object",
                  properties: {
                    name: { type: "string" },
                    age: { type: "integer" },
                    tags: { type: "array", items: { type: "string" } }
                  },
                  required: ["name", "age", "tags"],
                  additionalProperties: false
                }
              }
            }
          }
        })
        assert.deepStrictEqual(JSON.parse(body.choices[0].message.content), {
          name: "Ada Lovelace",
          age: 42,
          tags: ["sample"]
        })
      }))

    it.effect("rejects malformed JSON and missing messages with 400s", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const malformed = yield* callJson(small, "/chat/completions", {
          method: "POST",
          body: "{nope",
          headers: { "content-type": "application/json" }
        })
        assert.strictEqual(malformed.response.status, 400)
        assert.include(malformed.body.error.message, "could not parse the JSON body")
        const missing = yield* callJson(small, "/chat/completions", { json: { model: "gpt-4o" } })
        assert.strictEqual(missing.response.status, 400)
        assert.deepStrictEqual(missing.body.error, {
          message: "Missing required parameter: 'messages'.",
          type: "invalid_request_error",
          param: "messages",
          code: "missing_required_parameter"
        })
      }))
  })

  describe("stored chat completions", () => {
    it.effect("stores with store: true, then retrieves, updates, lists, lists messages and deletes", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const created = yield* callJson(small, "/chat/completions", {
          json: {
            model: "gpt-4o-mini",
            store: true,
            metadata: { run: "t1" },
            messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Hello" }]
          }
        })
        const id = created.body.id as string
        const retrieved = yield* callJson(small, `/chat/completions/${id}`)
        assert.strictEqual(retrieved.body.id, id)
        assert.deepStrictEqual(retrieved.body.metadata, { run: "t1" })

        const updated = yield* callJson(small, `/chat/completions/${id}`, { json: { metadata: { run: "t2" } } })
        assert.deepStrictEqual(updated.body.metadata, { run: "t2" })

        const listed = yield* callJson(small, "/chat/completions?metadata%5Brun%5D=t2")
        assert.deepStrictEqual(listed.body.data.map((c: any) => c.id), [id])
        assert.strictEqual(listed.body.has_more, false)

        const page1 = yield* callJson(small, `/chat/completions/${id}/messages?limit=1`)
        assert.deepStrictEqual(
          page1.body.data.map((m: any) => [m.id, m.role, m.content]),
          [[`${id}-0`, "system", "Be brief."]]
        )
        assert.strictEqual(page1.body.has_more, true)
        const page2 = yield* callJson(small, `/chat/completions/${id}/messages?limit=1&after=${page1.body.last_id}`)
        assert.deepStrictEqual(page2.body.data.map((m: any) => m.content), ["Hello"])
        assert.strictEqual(page2.body.has_more, false)

        const deleted = yield* callJson(small, `/chat/completions/${id}`, { method: "DELETE" })
        assert.deepStrictEqual(deleted.body, { object: "chat.completion.deleted", id, deleted: true })
        const gone = yield* callJson(small, `/chat/completions/${id}`)
        assert.strictEqual(gone.response.status, 404)
      }))

    it.effect("does not store a completion without store: true", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const created = yield* callJson(small, "/chat/completions", { json: chatParams })
        const retrieved = yield* call(small, `/chat/completions/${created.body.id}`)
        assert.strictEqual(retrieved.status, 404)
      }))

    it.effect("lists the seeded history in cursor pages", () =>
      Effect.gen(function*() {
        const { big } = yield* Servers
        const first = yield* callJson(big, "/chat/completions?limit=2")
        assert.strictEqual(first.body.object, "list")
        assert.strictEqual(first.body.data.length, 2)
        assert.strictEqual(first.body.has_more, true)
        const rest = yield* callJson(big, `/chat/completions?limit=2&after=${first.body.last_id}`)
        assert.strictEqual(rest.body.data.length, 1)
        assert.strictEqual(rest.body.has_more, false)
      }))
  })

  describe("POST /responses", () => {
    const tool = {
      type: "function",
      name: "get_weather",
      parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] }
    }

    it.effect("returns a completed response whose message answers the input", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const { response, body } = yield* callJson(small, "/responses", {
          json: { model: "gpt-4o", input: "Say this is a test" }
        })
        assert.strictEqual(response.status, 200)
        assertApiHeaders(response)
        assert.match(body.id, /^resp_/)
        assert.deepStrictEqual([body.object, body.status], ["response", "completed"])
        assert.strictEqual(body.output[0].content[0].text, "This is a test.")
        assert.strictEqual(body.usage.total_tokens, body.usage.input_tokens + body.usage.output_tokens)
      }))

    it.effect("calls the first function tool, then answers from its output", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const first = yield* callJson(small, "/responses", {
          json: { model: "gpt-4o", input: "Weather?", tools: [tool] }
        })
        const call = first.body.output[0]
        assert.deepStrictEqual([call.type, call.name, JSON.parse(call.arguments)], ["function_call", "get_weather", {
          city: "Paris"
        }])
        const second = yield* callJson(small, "/responses", {
          json: {
            model: "gpt-4o",
            tools: [tool],
            input: [
              { role: "user", content: "Weather?" },
              call,
              { type: "function_call_output", call_id: call.call_id, output: "18C" }
            ]
          }
        })
        assert.strictEqual(second.body.output[0].content[0].text, "Based on the tool results: 18C")
      }))

    it.effect("streams the response as named events, from response.created to response.completed", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const response = yield* call(small, "/responses", {
          json: { model: "gpt-4o", input: "Say this is a test", stream: true }
        })
        const events = sseData(
          yield* Effect.promise(() => response.text()).pipe(Effect.map((t) => t.replace(/^event: .*\n/gm, "")))
        )
          .map((data) => JSON.parse(data))
        assert.deepStrictEqual(events.map((e) => e.type), [
          "response.created",
          "response.output_item.added",
          ...Array.from({ length: events.length - 4 }, () => "response.output_text.delta"),
          "response.output_item.done",
          "response.completed"
        ])
        assert.deepStrictEqual(events.map((e) => e.sequence_number), events.map((_, i) => i))
        assert.strictEqual(
          events.filter((e) => e.type === "response.output_text.delta").map((e) => e.delta).join(""),
          "This is a test."
        )
      }))
  })

  describe("POST /embeddings", () => {
    it.effect("returns one unit vector of the model's dimension per input", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const { body } = yield* callJson(small, "/embeddings", {
          json: { model: "text-embedding-3-small", input: ["a", "b"] }
        })
        assert.strictEqual(body.object, "list")
        assert.deepStrictEqual(body.data.map((d: any) => [d.object, d.index, d.embedding.length]), [
          ["embedding", 0, 1536],
          ["embedding", 1, 1536]
        ])
        const norm = Math.sqrt(body.data[0].embedding.reduce((s: number, x: number) => s + x * x, 0))
        assert.closeTo(norm, 1, 1e-4)
        assert.isAbove(body.usage.prompt_tokens, 0)
      }))

    it.effect("encodes the same vector as base64 float32 with encoding_format base64", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const params = { model: "text-embedding-3-large", input: "hello", dimensions: 256 }
        const floats = yield* callJson(small, "/embeddings", { json: params })
        const base64 = yield* callJson(small, "/embeddings", { json: { ...params, encoding_format: "base64" } })
        const bytes = Buffer.from(base64.body.data[0].embedding as string, "base64")
        const decoded = Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4))
        assert.deepStrictEqual(decoded, floats.body.data[0].embedding.map((x: number) => Math.fround(x)))
        assert.strictEqual(decoded.length, 256)
      }))
  })

  describe("/models", () => {
    it.effect("lists, retrieves and deletes a fine-tuned model; refuses a base model", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const list = yield* callJson(small, "/models")
        assert.strictEqual(list.body.object, "list")
        assert.isFalse("has_more" in list.body)
        const ft = list.body.data.find((m: any) => m.id.startsWith("ft:")).id as string
        const retrieved = yield* callJson(small, `/models/${encodeURIComponent(ft)}`)
        assert.deepStrictEqual(Object.keys(retrieved.body).sort(), ["created", "id", "object", "owned_by"])
        const base = yield* callJson(small, "/models/gpt-4o", { method: "DELETE" })
        assert.strictEqual(base.response.status, 403)
        const deleted = yield* callJson(small, `/models/${ft}`, { method: "DELETE" })
        assert.deepStrictEqual(deleted.body, { id: ft, object: "model", deleted: true })
        const gone = yield* callJson(small, `/models/${ft}`)
        assert.strictEqual(gone.response.status, 404)
        assert.strictEqual(gone.body.error.code, "model_not_found")
      }))
  })

  describe("/files", () => {
    it.effect("uploads multipart with the real filename and byte count, then retrieves, downloads and deletes", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) & 0xff)
        const form = new FormData()
        form.append("purpose", "assistants")
        form.append("file", new Blob([bytes], { type: "application/octet-stream" }), "report \"q3\".bin")
        const created = yield* callJson(small, "/files", { method: "POST", body: form })
        assert.strictEqual(created.response.status, 200)
        const file = created.body
        assert.match(file.id, /^file-[A-Za-z0-9]{22}$/)
        assert.strictEqual(file.object, "file")
        assert.strictEqual(file.bytes, 100_000)
        assert.strictEqual(file.purpose, "assistants")
        assert.include(file.filename, "report")
        assert.include(file.filename, "q3")

        const retrieved = yield* callJson(small, `/files/${file.id}`)
        assert.deepStrictEqual(retrieved.body, file)
        const listed = yield* callJson(small, "/files?limit=1")
        assert.strictEqual(listed.body.data[0].id, file.id)

        const content = yield* call(small, `/files/${file.id}/content`)
        const downloaded = new Uint8Array(yield* Effect.promise(() => content.arrayBuffer()))
        assert.deepStrictEqual(downloaded, bytes)

        const deleted = yield* callJson(small, `/files/${file.id}`, { method: "DELETE" })
        assert.deepStrictEqual(deleted.body, { id: file.id, object: "file", deleted: true })
        const gone = yield* callJson(small, `/files/${file.id}`)
        assert.strictEqual(gone.response.status, 404)
        assert.strictEqual(gone.body.error.message, `No such File object: ${file.id}`)
      }))

    it.effect("counts a streamed 256 MiB upload without buffering it", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const boundary = "----mock-test-boundary"
        const block = new Uint8Array(1024 * 1024).fill(0x61)
        const total = 256
        let sent = 0
        const encoder = new TextEncoder()
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(
              encoder.encode(
                `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n`
                  + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n`
              )
            )
          },
          pull(controller) {
            if (sent < total) {
              sent++
              controller.enqueue(block)
            } else {
              controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`))
              controller.close()
            }
          }
        })
        const rssBefore = process.memoryUsage().rss
        const { response, body: file } = yield* callJson(small, "/files", {
          method: "POST",
          body,
          headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
          duplex: "half"
        } as RequestInit)
        assert.strictEqual(response.status, 200)
        assert.strictEqual(file.filename, "big.jsonl")
        assert.strictEqual(file.bytes, total * 1024 * 1024)
        assert.strictEqual(file.purpose, "batch")
        assert.isNumber(file.expires_at)
        // Buffering would cost at least 256 MiB here (client and server share this process).
        assert.isBelow(process.memoryUsage().rss - rssBefore, 160 * 1024 * 1024)
      }), { timeout: 60_000 })

    it.effect("rejects an upload without a file or with a bad purpose", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const noFile = new FormData()
        noFile.append("purpose", "assistants")
        const a = yield* callJson(small, "/files", { method: "POST", body: noFile })
        assert.strictEqual(a.response.status, 400)
        assert.strictEqual(a.body.error.param, "file")
        const badPurpose = new FormData()
        badPurpose.append("purpose", "nope")
        badPurpose.append("file", new Blob(["x"]), "x.txt")
        const b = yield* callJson(small, "/files", { method: "POST", body: badPurpose })
        assert.strictEqual(b.response.status, 400)
        assert.strictEqual(b.body.error.param, "purpose")
        const json = yield* callJson(small, "/files", { json: { purpose: "assistants" } })
        assert.strictEqual(json.response.status, 400)
        assert.include(json.body.error.message, "expected multipart/form-data")
      }))

    it.effect("pages through 100,000 files with after/limit/has_more", () =>
      Effect.gen(function*() {
        const { big } = yield* Servers
        const ids = new Set<string>()
        let after: string | null = null
        let pages = 0
        let previous = Number.POSITIVE_INFINITY
        for (;;) {
          const page: { body: any } = yield* callJson(
            big,
            `/files?limit=10000${after === null ? "" : `&after=${after}`}`
          )
          pages++
          for (const file of page.body.data) {
            ids.add(file.id)
            assert.isAtMost(file.created_at, previous)
            previous = file.created_at
          }
          assert.strictEqual(page.body.last_id, page.body.data[page.body.data.length - 1].id)
          if (!page.body.has_more) break
          after = page.body.last_id
          assert.isBelow(pages, 20)
        }
        assert.strictEqual(pages, 10)
        assert.strictEqual(ids.size, 100_000)
      }), { timeout: 60_000 })

    it.effect("lists in ascending order, filters by purpose, and rejects an unknown cursor", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const desc = yield* callJson(small, "/files?limit=100")
        const asc = yield* callJson(small, "/files?limit=100&order=asc")
        assert.deepStrictEqual(asc.body.data.map((f: any) => f.id), desc.body.data.map((f: any) => f.id).reverse())
        const batch = yield* callJson(small, "/files?purpose=batch&limit=3")
        assert.isTrue(batch.body.data.every((f: any) => f.purpose === "batch"))
        assert.strictEqual(batch.body.data.length, 3)
        const next = yield* callJson(small, `/files?purpose=batch&limit=3&after=${batch.body.last_id}`)
        assert.isTrue(
          next.body.data.every((f: any) => f.purpose === "batch" && !batch.body.data.some((g: any) => g.id === f.id))
        )
        const bad = yield* callJson(small, "/files?after=file-doesnotexist")
        assert.strictEqual(bad.response.status, 400)
        assert.strictEqual(bad.body.error.param, "after")
      }))

    it.effect("downloads a generated file's content with its declared size", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const list = yield* callJson(small, "/files?limit=1&purpose=fine-tune")
        const file = list.body.data[0]
        const content = yield* call(small, `/files/${file.id}/content`)
        const bytes = yield* Effect.promise(() => content.arrayBuffer())
        assert.strictEqual(bytes.byteLength, file.bytes)
        assert.strictEqual(content.headers.get("content-type"), "application/octet-stream")
      }))
  })

  describe("/batches", () => {
    const batchLine = (customId: string, messages: ReadonlyArray<unknown>) =>
      JSON.stringify({
        custom_id: customId,
        method: "POST",
        url: "/v1/chat/completions",
        body: { model: "gpt-4o", messages }
      })

    const uploadBatchInput = (s: MockServer, lines: ReadonlyArray<string>) => {
      const form = new FormData()
      form.append("purpose", "batch")
      form.append("file", new Blob([`${lines.join("\n")}\n`]), "input.jsonl")
      return callJson(s, "/files", { method: "POST", body: form })
    }

    const createBatch = (s: MockServer, inputFileId: string) =>
      callJson(s, "/batches", {
        json: { input_file_id: inputFileId, endpoint: "/v1/chat/completions", completion_window: "24h" }
      })

    /** Retrieves the batch until `status` is terminal; the statuses seen, in order. */
    const pollToEnd = (s: MockServer, id: string) =>
      Effect.gen(function*() {
        const seen: Array<string> = []
        for (let i = 0; i < 100; i++) {
          const { response, body } = yield* callJson(s, `/batches/${id}`)
          assert.strictEqual(response.headers.get("openai-poll-after-ms"), "50")
          seen.push(body.status)
          if (["completed", "failed", "cancelled"].includes(body.status)) return { seen, batch: body }
          yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 20)))
        }
        throw new Error("the batch never ended")
      })

    it.effect("runs a batch's requests into an output file and an error file", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const input = yield* uploadBatchInput(small, [
          batchLine("ok", [{ role: "user", content: "Say this is a test" }]),
          batchLine("empty", [])
        ])
        const created = yield* createBatch(small, input.body.id)
        assert.strictEqual(created.body.status, "validating")
        const { seen, batch } = yield* pollToEnd(small, created.body.id)
        assert.deepStrictEqual([seen[0], seen[1], seen.at(-1)], ["in_progress", "finalizing", "completed"])
        assert.deepStrictEqual(batch.request_counts, { total: 2, completed: 1, failed: 1 })
        const output = yield* call(small, `/files/${batch.output_file_id}/content`)
        const outputText = yield* Effect.promise(() => output.text())
        assert.strictEqual(Buffer.byteLength(outputText), Number(output.headers.get("content-length")))
        const ok = JSON.parse(outputText)
        assert.strictEqual(ok.custom_id, "ok")
        assert.strictEqual(ok.response.status_code, 200)
        assert.strictEqual(ok.response.body.choices[0].message.content, "This is a test.")
        const errors = yield* call(small, `/files/${batch.error_file_id}/content`)
        const failed = JSON.parse(yield* Effect.promise(() => errors.text()))
        assert.strictEqual(failed.custom_id, "empty")
        assert.strictEqual(failed.response.status_code, 400)
        assert.strictEqual(failed.response.body.error.code, "empty_array")
      }))

    it.effect("fails a batch whose input repeats a custom_id, naming the line", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const message = [{ role: "user", content: "Hi" }]
        const input = yield* uploadBatchInput(small, [batchLine("a", message), batchLine("a", message)])
        const created = yield* createBatch(small, input.body.id)
        const { batch } = yield* pollToEnd(small, created.body.id)
        assert.strictEqual(batch.status, "failed")
        assert.deepStrictEqual(batch.errors.data.map((e: any) => [e.code, e.line]), [["duplicate_custom_id", 2]])
      }))

    it.effect("cancels a running batch", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const input = yield* uploadBatchInput(small, [batchLine("a", [{ role: "user", content: "Hi" }])])
        const created = yield* createBatch(small, input.body.id)
        const cancelling = yield* callJson(small, `/batches/${created.body.id}/cancel`, { method: "POST" })
        assert.strictEqual(cancelling.body.status, "cancelling")
        const { batch } = yield* pollToEnd(small, created.body.id)
        assert.strictEqual(batch.status, "cancelled")
        assert.strictEqual(batch.output_file_id, null)
      }))
  })

  describe("speech and moderation", () => {
    it.effect("speech answers audio bytes of the format asked for, about 1 KiB a word", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const response = yield* call(small, "/audio/speech", {
          json: { model: "gpt-4o-mini-tts", voice: "alloy", input: "Hello there, friend", response_format: "wav" }
        })
        const bytes = new Uint8Array(yield* Effect.promise(() => response.arrayBuffer()))
        assert.strictEqual(response.status, 200)
        assert.strictEqual(response.headers.get("content-type"), "audio/wav")
        assert.strictEqual(bytes.length, 3 * 1024)
        assert.deepStrictEqual([...bytes.slice(0, 2)], [0xff, 0xfb])
      }))

    it.effect("moderation flags an input by category, one result per input", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const { body } = yield* callJson(small, "/moderations", { json: { input: ["I will kill it", "Hello"] } })
        assert.deepStrictEqual(body.results.map((r: any) => [r.flagged, r.categories.violence]), [
          [true, true],
          [false, false]
        ])
        assert.match(body.id, /^modr-/)
      }))
  })

  describe("faults on request", () => {
    it.effect("x-mock-fault: 429*2 fails the first two attempts of a call with the retry headers, then answers", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const headers = { "x-mock-fault": "429*2", "idempotency-key": "call-1" }
        const statuses: Array<number> = []
        for (let i = 0; i < 3; i++) {
          const response = yield* call(small, "/chat/completions", { json: chatParams, headers })
          yield* Effect.promise(() => response.arrayBuffer())
          statuses.push(response.status)
          if (response.status === 429) {
            assert.strictEqual(response.headers.get("retry-after-ms"), "200")
            assert.strictEqual(response.headers.get("retry-after"), "1")
          }
        }
        assert.deepStrictEqual(statuses, [429, 429, 200])
      }))

    it.effect("x-mock-fault: 500 and 503 answer a server error in the API's shape", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        for (const status of [500, 503]) {
          const { response, body } = yield* callJson(small, "/models", { headers: { "x-mock-fault": String(status) } })
          assert.strictEqual(response.status, status)
          assert.strictEqual(body.error.type, "server_error")
        }
      }))

    it.effect("x-mock-fault: slow sends the headers at once and the body after x-mock-slow-ms", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const started = performance.now()
        const response = yield* call(small, "/models", { headers: { "x-mock-fault": "slow", "x-mock-slow-ms": "300" } })
        const headersAfter = performance.now() - started
        yield* Effect.promise(() => response.json())
        const bodyAfter = performance.now() - started
        assert.isBelow(headersAfter, 250)
        assert.isAtLeast(bodyAfter, 300)
      }))

    it.effect("x-mock-fault: stall never answers", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const outcome = yield* Effect.promise(() =>
          fetch(`${small.url}/models`, {
            headers: { authorization: `Bearer ${KEY}`, "x-mock-fault": "stall" },
            signal: AbortSignal.timeout(300)
          }).then(() => "answered", (error: Error) => error.name)
        )
        assert.strictEqual(outcome, "TimeoutError")
      }))

    it.effect("an unknown fault is a 400 naming the kinds", () =>
      Effect.gen(function*() {
        const { small } = yield* Servers
        const { response, body } = yield* callJson(small, "/models", { headers: { "x-mock-fault": "teapot" } })
        assert.strictEqual(response.status, 400)
        assert.include(body.error.message, "expected 429, 500, 503, slow or stall")
      }))
  })
})

describe("start", () => {
  it.effect("listens on 127.0.0.1 and frees the port on close", () =>
    Effect.gen(function*() {
      const s = yield* Effect.promise(() => start())
      assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/)
      const ok = yield* call(s, "/models")
      assert.strictEqual(ok.status, 200)
      yield* Effect.promise(() => ok.arrayBuffer())
      yield* Effect.promise(() => s.close())
      const after = yield* Effect.promise(() =>
        fetch(`${s.url}/models`).then(
          () => "answered",
          () => "refused"
        )
      )
      assert.strictEqual(after, "refused")
    }))

  it.effect("records nothing with recordRequests: false", () =>
    Effect.gen(function*() {
      const s = yield* server({ recordRequests: false })
      const response = yield* call(s, "/models")
      yield* Effect.promise(() => response.arrayBuffer())
      assert.strictEqual(response.status, 200)
      assert.strictEqual(s.requests.length, 0)
    }))
})

describe("GET /v1/realtime (WebSocket)", () => {
  /** Opens a socket on the mock and collects its events until `until` says stop (or it closes). */
  const session = (
    s: MockServer,
    headers: Record<string, string>,
    script: ReadonlyArray<object>,
    until: (event: { readonly type: string }) => boolean
  ) =>
    Effect.callback<{ readonly opened: boolean; readonly events: Array<{ readonly type: string; [k: string]: any }> }>(
      (resume) => {
        const events: Array<any> = []
        let opened = false
        const ws = new WebSocket(
          `${s.url.replace("http:", "ws:")}/v1/realtime?model=gpt-realtime`,
          { headers } as never
        )
        ws.addEventListener("open", () => {
          opened = true
          for (const event of script) ws.send(JSON.stringify(event))
        })
        ws.addEventListener("message", (message) => {
          const event = JSON.parse(String(message.data))
          events.push(event)
          if (until(event)) ws.close(1000)
        })
        // Node's WebSocket reports a refused upgrade with an error event and no close event.
        ws.addEventListener("error", () => resume(Effect.succeed({ opened, events })))
        ws.addEventListener("close", () => resume(Effect.succeed({ opened, events })))
        return Effect.sync(() => ws.close(1000))
      }
    )

  it.live("answers response.create with the canned reply as text deltas, then response.done", () =>
    Effect.gen(function*() {
      const s = yield* server()
      const { events } = yield* session(s, { authorization: `Bearer ${KEY}` }, [
        { type: "session.update", session: { type: "realtime", output_modalities: ["text"] } },
        {
          type: "conversation.item.create",
          item: { type: "message", role: "user", content: [{ type: "input_text", text: "Say this is a test" }] }
        },
        { type: "response.create" }
      ], (event) => event.type === "response.done")
      assert.deepStrictEqual(
        events.map((e) => e.type),
        [
          "session.created",
          "session.updated",
          "conversation.item.added",
          "conversation.item.done",
          "response.created",
          "response.output_item.added",
          "response.content_part.added",
          ...Array(4).fill("response.output_text.delta"),
          "response.output_text.done",
          "response.content_part.done",
          "response.output_item.done",
          "response.done"
        ]
      )
      assert.strictEqual(
        events.filter((e) => e.type === "response.output_text.delta").map((e) => e.delta).join(""),
        "This is a test."
      )
    }))

  it.live("answers an unknown client event with an error event and stays open", () =>
    Effect.gen(function*() {
      const s = yield* server()
      const { events } = yield* session(s, { authorization: `Bearer ${KEY}` }, [
        { type: "no.such.event", event_id: "evt_1" },
        { type: "session.update", session: { type: "realtime" } }
      ], (event) => event.type === "session.updated")
      assert.deepStrictEqual(events.map((e) => e.type), ["session.created", "error", "session.updated"])
      assert.strictEqual(events[1]!.error.code, "invalid_event")
      assert.strictEqual(events[1]!.error.event_id, "evt_1")
    }))

  it.live("refuses an upgrade without a key", () =>
    Effect.gen(function*() {
      const s = yield* server()
      const { opened } = yield* session(s, {}, [], () => true)
      assert.isFalse(opened)
    }))
})
