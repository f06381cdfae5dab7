import { assert, describe, it } from "@effect/vitest"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Errors from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import * as ResponseMetadata from "@openai-effect/core/ResponseMetadata"
import * as Config from "effect/Config"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as TestHttp from "./utils/TestHttp.ts"

const ok = TestHttp.json(200, { id: "x" }, {
  "x-request-id": "req_123",
  "x-ratelimit-limit-requests": "500",
  "x-ratelimit-remaining-requests": "499",
  "x-ratelimit-reset-requests": "120ms",
  "x-ratelimit-limit-tokens": "30000",
  "x-ratelimit-remaining-tokens": "29000",
  "x-ratelimit-reset-tokens": "2s"
})

const run = <A, E>(
  effect: Effect.Effect<A, E, OpenAIClient.OpenAIClient>,
  answers: ReadonlyArray<TestHttp.Answer> = [ok],
  options: OpenAIClient.Options = {}
) => {
  const script = TestHttp.scripted(answers)
  return Effect.map(
    Effect.exit(Effect.provide(effect, TestHttp.client(script, options))),
    (exit) => ({ exit, requests: script.requests })
  )
}

describe("requests", () => {
  it.effect("joins the base URL and the path, with or without a trailing slash", () =>
    Effect.gen(function*() {
      const get = Operation.json({ operationId: "listModels", method: "GET", path: "/models" })
      const a = yield* run(get, [ok], { baseURL: "http://127.0.0.1:1/v1/" })
      const b = yield* run(get, [ok], { baseURL: "http://127.0.0.1:1/v1" })
      assert.strictEqual(a.requests[0]!.url, "http://127.0.0.1:1/v1/models")
      assert.strictEqual(b.requests[0]!.url, "http://127.0.0.1:1/v1/models")
    }))

  it.effect("encodes path parameters so they cannot leave their segment", () =>
    Effect.gen(function*() {
      const id = "../files?x=1#y"
      const { requests } = yield* run(
        Operation.json({ operationId: "retrieveFile", method: "GET", path: Operation.path`/files/${id}` })
      )
      assert.strictEqual(requests[0]!.url, "http://127.0.0.1:1/v1/files/..%2Ffiles%3Fx%3D1%23y")
    }))

  it.effect("an empty path parameter fails before anything is sent", () =>
    Effect.gen(function*() {
      const { exit, requests } = yield* run(
        Operation.json({ operationId: "retrieveFile", method: "GET", path: Operation.path`/files/${""}` })
      )
      assert.strictEqual(requests.length, 0)
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "InvalidRequestError")
    }))

  it.effect("writes query arrays and objects in bracket format, dropping undefined", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        Operation.json({
          operationId: "listThings",
          method: "GET",
          path: "/things",
          query: { include: ["a", "b c"], metadata: { key: "v&1" }, after: undefined, limit: 10, flag: false }
        })
      )
      assert.strictEqual(
        requests[0]!.url,
        "http://127.0.0.1:1/v1/things?include[]=a&include[]=b%20c&metadata[key]=v%261&limit=10&flag=false"
      )
    }))

  it.effect("merges default query, operation query and per-call query, the call winning", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        Operation.json({ operationId: "x", method: "GET", path: "/x", query: { a: "op", b: "op" } }, {
          query: { b: "call" }
        }),
        [ok],
        { defaultQuery: { "api-version": "2025-01-01", a: "default" } }
      )
      assert.strictEqual(requests[0]!.url, "http://127.0.0.1:1/v1/x?api-version=2025-01-01&a=op&b=call")
    }))

  it.effect("sends JSON with extra body fields merged in", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        Operation.json({ operationId: "x", method: "POST", path: "/x", body: { model: "m", n: 1 } }, {
          body: { n: 2, extra: true }
        })
      )
      assert.deepStrictEqual(JSON.parse(requests[0]!.body!), { model: "m", n: 2, extra: true })
      assert.strictEqual(requests[0]!.contentType, "application/json")
    }))

  it.effect("withRequestOptions sends its headers, query, body fields and idempotency key", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        Operation.json({ operationId: "x", method: "POST", path: "/x", body: { model: "m" } }).pipe(
          OpenAIClient.withRequestOptions({
            headers: { "X-Team": "search" },
            query: { "api-version": "preview" },
            body: { flag: true },
            idempotencyKey: "order-1"
          })
        )
      )
      const request = requests[0]!
      assert.strictEqual(request.headers["x-team"], "search")
      assert.strictEqual(request.headers["idempotency-key"], "order-1")
      assert.strictEqual(request.url, "http://127.0.0.1:1/v1/x?api-version=preview")
      assert.deepStrictEqual(JSON.parse(request.body!), { model: "m", flag: true })
    }))

  it.effect("a call's options beat its region's header by header and field by field, the region beats the client", () =>
    Effect.gen(function*() {
      const call = Operation.json({ operationId: "x", method: "POST", path: "/x", body: { model: "m" } }, {
        headers: { "x-b": "call" },
        query: { b: "call" },
        body: { b: "call" },
        idempotencyKey: "call-key"
      })
      const { requests } = yield* run(
        call.pipe(
          OpenAIClient.withRequestOptions({
            headers: { "X-A": "inner", "X-B": "inner" },
            query: { a: "inner", b: "inner" },
            body: { a: "inner", b: "inner" },
            idempotencyKey: "region-key"
          }),
          OpenAIClient.withRequestOptions({ headers: { "X-C": "outer", "x-default": "outer" }, query: { c: "outer" } })
        ),
        [ok],
        { defaultHeaders: { "X-Default": "client" }, defaultQuery: { c: "client", d: "client" } }
      )
      const request = requests[0]!
      assert.deepStrictEqual(
        ["x-a", "x-b", "x-c", "x-default", "idempotency-key"].map((name) => request.headers[name]),
        ["inner", "call", "outer", "outer", "call-key"]
      )
      assert.strictEqual(request.url, "http://127.0.0.1:1/v1/x?c=outer&d=client&a=inner&b=call")
      assert.deepStrictEqual(JSON.parse(request.body!), { model: "m", a: "inner", b: "call" })
    }))

  it.effect("sends auth, organization, project, user agent, beta and per-call headers", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        Operation.json({ operationId: "x", method: "GET", path: "/x", beta: "assistants=v2" }, {
          headers: { "X-Custom": "1", "OpenAI-Project": null }
        }),
        [ok],
        { organization: "org_1", project: "proj_1", defaultHeaders: { "X-Default": "d" } }
      )
      const headers = requests[0]!.headers
      assert.strictEqual(headers["authorization"], "Bearer sk-test")
      assert.strictEqual(headers["openai-organization"], "org_1")
      assert.strictEqual(headers["openai-project"], undefined)
      assert.strictEqual(headers["openai-beta"], "assistants=v2")
      assert.strictEqual(headers["x-custom"], "1")
      assert.strictEqual(headers["x-default"], "d")
      assert.strictEqual(headers["accept"], "application/json")
      assert.match(headers["user-agent"]!, /^openai-effect\//)
    }))

  it.effect("admin operations use the admin key", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        Operation.json({ operationId: "listUsers", method: "GET", path: "/organization/users", auth: "admin" }),
        [ok],
        { adminApiKey: Redacted.make("sk-admin") }
      )
      assert.strictEqual(requests[0]!.headers["authorization"], "Bearer sk-admin")
    }))

  it.effect("a missing key fails at the first call, naming the environment variable", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([ok])
      const error = yield* Operation.json({ operationId: "x", method: "GET", path: "/x" }).pipe(
        Effect.provide(OpenAIClient.layer({ baseURL: "http://127.0.0.1:1" }).pipe(Layer.provide(script.layer))),
        Effect.flip
      )
      assert.strictEqual(error._tag, "InvalidRequestError")
      assert.include(error.message, "OPENAI_API_KEY")
      assert.strictEqual(script.requests.length, 0)
    }))

  it.effect("an API key given as an Effect is asked for on every attempt", () =>
    Effect.gen(function*() {
      let n = 0
      const apiKey = Effect.sync(() => Redacted.make(`sk-${++n}`))
      const { requests } = yield* run(
        Operation.json({ operationId: "x", method: "GET", path: "/x" }, { retry: Schedule.recurs(1) }),
        [TestHttp.status(409), ok],
        { apiKey }
      )
      assert.deepStrictEqual(requests.map((r) => r.headers["authorization"]), ["Bearer sk-1", "Bearer sk-2"])
    }))

  it.effect("layerConfig reads the environment through Config", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([ok])
      yield* Operation.json({ operationId: "x", method: "GET", path: "/x" }).pipe(
        Effect.provide(OpenAIClient.layerConfig().pipe(Layer.provide(script.layer))),
        Effect.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({
          OPENAI_API_KEY: "sk-env",
          OPENAI_BASE_URL: "http://127.0.0.1:2/v9",
          OPENAI_ORG_ID: "org_env",
          OPENAI_PROJECT_ID: "proj_env"
        })))
      )
      const request = script.requests[0]!
      assert.strictEqual(request.url, "http://127.0.0.1:2/v9/x")
      assert.strictEqual(request.headers["authorization"], "Bearer sk-env")
      assert.strictEqual(request.headers["openai-organization"], "org_env")
      assert.strictEqual(request.headers["openai-project"], "proj_env")
    }))

  it.effect("layerConfig takes Configs for its options, the environment filling in the rest", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500), ok])
      const error = yield* Operation.json({ operationId: "x", method: "GET", path: "/x" }).pipe(
        Effect.provide(
          OpenAIClient.layerConfig({
            apiKey: Config.Redacted("DEEPSEEK_API_KEY"),
            baseURL: Config.String("DEEPSEEK_BASE_URL"),
            maxRetries: Config.Int("RETRIES")
          }).pipe(Layer.provide(script.layer))
        ),
        Effect.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({
          OPENAI_API_KEY: "sk-openai",
          DEEPSEEK_API_KEY: "sk-deepseek",
          DEEPSEEK_BASE_URL: "http://127.0.0.1:3",
          OPENAI_ORG_ID: "org_env",
          RETRIES: "0"
        }))),
        Effect.flip
      )
      assert.strictEqual(error._tag, "InternalServerError")
      assert.strictEqual(script.requests.length, 1)
      const request = script.requests[0]!
      assert.strictEqual(request.url, "http://127.0.0.1:3/x")
      assert.strictEqual(request.headers["authorization"], "Bearer sk-deepseek")
      assert.strictEqual(request.headers["openai-organization"], "org_env")
    }))

  it.effect("a Config option that is missing fails the layer with a ConfigError naming the variable", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([ok])
      const error = yield* Operation.json({ operationId: "x", method: "GET", path: "/x" }).pipe(
        Effect.provide(
          OpenAIClient.layerConfig({ apiKey: Config.Redacted("DEEPSEEK_API_KEY") }).pipe(Layer.provide(script.layer))
        ),
        Effect.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({ OPENAI_API_KEY: "sk-openai" }))),
        Effect.flip
      )
      assert.strictEqual(error._tag, "ConfigError")
      assert.include(String(error), "DEEPSEEK_API_KEY")
      assert.strictEqual(script.requests.length, 0)
    }))

  it.effect("OpenAIClient.request reaches endpoints without a function, with auth and errors", () =>
    Effect.gen(function*() {
      const { exit, requests } = yield* run(
        OpenAIClient.request<{ readonly id: string }>({ method: "POST", path: "/new/thing", body: { a: 1 } })
      )
      assert.strictEqual(requests[0]!.url, "http://127.0.0.1:1/v1/new/thing")
      assert.strictEqual(requests[0]!.headers["authorization"], "Bearer sk-test")
      assert.deepStrictEqual(yield* exit, { id: "x" })
    }))
})

describe("response metadata", () => {
  it.effect("withResponse pairs the data with request id, status and rate limits", () =>
    Effect.gen(function*() {
      const { exit } = yield* run(
        Operation.json<{ readonly id: string }>({ operationId: "x", method: "GET", path: "/x" }).pipe(
          ResponseMetadata.withResponse
        )
      )
      const { data, response } = yield* exit
      assert.deepStrictEqual(data, { id: "x" })
      assert.strictEqual(response.status, 200)
      assert.strictEqual(response.requestId, "req_123")
      assert.deepStrictEqual(response.rateLimit, {
        limitRequests: 500,
        remainingRequests: 499,
        resetRequests: "120ms",
        limitTokens: 30000,
        remainingTokens: 29000,
        resetTokens: "2s"
      })
    }))
})

describe("errors", () => {
  const get = Operation.json({ operationId: "x", method: "GET", path: "/x" }, { maxRetries: 0 })

  it.effect("maps each status to its tagged error", () =>
    Effect.gen(function*() {
      const tags: Record<number, string> = {
        400: "BadRequestError",
        401: "AuthenticationError",
        403: "PermissionDeniedError",
        404: "NotFoundError",
        409: "ConflictError",
        422: "UnprocessableEntityError",
        429: "RateLimitError",
        500: "InternalServerError",
        503: "InternalServerError",
        402: "APIError",
        418: "APIError"
      }
      for (const [status, tag] of Object.entries(tags)) {
        const { exit } = yield* run(get, [TestHttp.status(Number(status))])
        assert.strictEqual((yield* Effect.flip(exit))._tag, tag, `status ${status}`)
      }
    }))

  it.effect("carries the request id, headers and the parsed error object, with a numeric code", () =>
    Effect.gen(function*() {
      const { exit } = yield* run(get, [
        TestHttp.json(400, {
          error: { message: "bad model", type: "invalid_request_error", code: 1234, param: "model" }
        }, {
          "x-request-id": "req_9"
        })
      ])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "BadRequestError")
      if (error._tag !== "BadRequestError") return
      assert.strictEqual(error.status, 400)
      assert.strictEqual(error.requestId, "req_9")
      assert.strictEqual(error.headers["x-request-id"], "req_9")
      assert.deepStrictEqual(error.error, {
        message: "bad model",
        type: "invalid_request_error",
        code: 1234,
        param: "model"
      })
      assert.strictEqual(error.message, "400 bad model (GET /x, request id req_9)")
    }))

  it.effect("a 5xx with an HTML body is an InternalServerError keeping the raw body", () =>
    Effect.gen(function*() {
      const html = "<html><body>502 Bad Gateway</body></html>"
      const { exit } = yield* run(get, [TestHttp.text(502, html, { "content-type": "text/html" })])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "InternalServerError")
      if (error._tag === "InternalServerError") {
        assert.strictEqual(error.body, html)
        assert.strictEqual(error.error, undefined)
      }
    }))

  it.effect("a non-standard JSON error body is kept as the raw body", () =>
    Effect.gen(function*() {
      const { exit } = yield* run(get, [TestHttp.json(400, { detail: "nope" })])
      const error = yield* Effect.flip(exit)
      if (error._tag === "BadRequestError") assert.deepStrictEqual(error.body, { detail: "nope" })
      else assert.fail(error._tag)
    }))

  it.effect("malformed JSON on a success is a DecodeError with the request id", () =>
    Effect.gen(function*() {
      const { exit } = yield* run(get, [TestHttp.text(200, "{not json", { "x-request-id": "req_bad" })])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "DecodeError")
      if (error._tag === "DecodeError") assert.strictEqual(error.requestId, "req_bad")
    }))

  it.effect("an error's JSON carries its message", () =>
    Effect.gen(function*() {
      const { exit } = yield* run(get, [TestHttp.status(404, { "x-request-id": "req_9" })])
      const error = yield* Effect.flip(exit)
      assert.deepStrictEqual(JSON.parse(JSON.stringify(error)), {
        _tag: "NotFoundError",
        message: "404 status 404 (GET /x, request id req_9)",
        status: 404,
        request: "GET /x",
        requestId: "req_9",
        error: { message: "status 404", type: "test" }
      })
    }))

  it.effect("a timeout's JSON carries its message, kind and timeout", () =>
    Effect.gen(function*() {
      const error = new Errors.APIConnectionTimeoutError({
        request: "GET /x",
        kind: "idle",
        timeout: Duration.seconds(3)
      })
      assert.deepStrictEqual(JSON.parse(JSON.stringify(error)), {
        _tag: "APIConnectionTimeoutError",
        message: "Timed out: idle timeout of 3000 millis (GET /x)",
        request: "GET /x",
        kind: "idle",
        timeout: { _id: "Duration", _tag: "Millis", millis: 3000 }
      })
    }))

  it.effect("errors never contain the API key, in messages or JSON", () =>
    Effect.gen(function*() {
      const sentinel = "sk-SENTINEL-never-print-me"
      const script = TestHttp.scripted([TestHttp.status(401)])
      const error = yield* get.pipe(
        Effect.provide(
          OpenAIClient.layer({ apiKey: Redacted.make(sentinel), baseURL: "http://127.0.0.1:1" }).pipe(
            Layer.provide(script.layer)
          )
        ),
        Effect.flip
      )
      assert.notInclude(error.message, sentinel)
      assert.notInclude(JSON.stringify(error), sentinel)
      assert.notInclude(String(error), sentinel)
    }))
})
