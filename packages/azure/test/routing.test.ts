/**
 * Every generated operation, in every routing mode: the request the Azure
 * client sends is the request the plain client sends for the same call, with
 * exactly Azure's differences (base, deployment segment, `api-version`,
 * `api-key` or Entra ID header, the deployment as `model` on the v1 route).
 * The operations and their example arguments come from the generator
 * (`scripts/codegen`), so a new operation is covered without editing this
 * file; without `../shared/openapi` the table is skipped with a message.
 */
import { assert, describe, it } from "@effect/vitest"
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { ExampleBuilder, type Value } from "../../../scripts/codegen/examples.ts"
import { exampleArguments } from "../../../scripts/codegen/modules.ts"
import { buildOperations, type OperationModel } from "../../../scripts/codegen/operations.ts"
import { inputsExist, loadInputs } from "../../../scripts/codegen/spec.ts"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..")

/** The operations Azure serves per deployment (their POSTs), by operation id: the rule under test. */
const perDeployment = new Set([
  "createChatCompletion",
  "createCompletion",
  "createEmbedding",
  "createImage",
  "createImageEdit",
  "createTranscription",
  "createTranslation",
  "createSpeech"
])

const endpoint = "https://res.openai.azure.com"
const plainBase = "https://plain.test/v1"

interface Mode {
  readonly name: string
  readonly options: AzureOpenAI.Options
  readonly base: string
  readonly apiVersion: string | undefined
  /** The deployment a per-deployment operation goes to, given its body's model. */
  readonly deployment: (model: string | undefined) => string | undefined
  readonly auth: readonly [string, string]
}

const modes: ReadonlyArray<Mode> = [
  {
    name: "deployment route, deployment from the body's model, api-key",
    options: { endpoint, apiVersion: "2024-10-21", apiKey: "azure-key" },
    base: `${endpoint}/openai`,
    apiVersion: "2024-10-21",
    deployment: (model) => model,
    auth: ["api-key", "azure-key"]
  },
  {
    name: "deployment route, configured deployment, api-key",
    options: { endpoint: `${endpoint}/`, apiVersion: "2025-04-01-preview", apiKey: "azure-key", deployment: "prod 1" },
    base: `${endpoint}/openai`,
    apiVersion: "2025-04-01-preview",
    deployment: () => "prod 1",
    auth: ["api-key", "azure-key"]
  },
  {
    name: "v1 route, configured deployment as model, Entra ID token",
    options: { endpoint, azureADToken: "entra-token", deployment: "prod-eu" },
    base: `${endpoint}/openai/v1`,
    apiVersion: undefined,
    deployment: () => "prod-eu",
    auth: ["authorization", "Bearer entra-token"]
  }
]

const toRuntime = (value: Value): unknown => {
  if (value === null || typeof value !== "object") return value
  if (Array.isArray(value)) return value.map(toRuntime)
  const v = value as Exclude<Value, ReadonlyArray<Value> | null | boolean | number | string>
  if (v.kind === "file") return new File(["example"], v.name)
  return Object.fromEntries(v.entries.map(([key, item]) => [key, toRuntime(item)]))
}

interface Case {
  readonly module: string
  readonly fn: string
  readonly op: OperationModel
  readonly args: ReadonlyArray<unknown>
}

const casesOf = (): ReadonlyArray<Case> => {
  const { document, rows } = loadInputs(repoRoot)
  const schemas = document.components.schemas
  const examples = new ExampleBuilder(schemas)
  return buildOperations(document, rows).flatMap((op) => {
    const { id, params } = exampleArguments(examples, schemas, op)
    const args = [...(id === undefined ? [] : [id]), ...(params === undefined ? [] : [toRuntime(params)])]
    const names = [op.page === undefined ? op.method : `${op.method}Page`]
    if (op.stream !== undefined) names.push(`${op.method}Stream`)
    return names.map((fn) => ({ module: op.module, fn, op, args }))
  })
}

type Call =
  | Effect.Effect<unknown, unknown, OpenAIClient.OpenAIClient>
  | Stream.Stream<unknown, unknown, OpenAIClient.OpenAIClient>

const load = async (c: Case): Promise<(...args: ReadonlyArray<unknown>) => Call> => {
  const module = await import(`../../resources/src/${c.module}.ts`) as Record<
    string,
    (...args: ReadonlyArray<unknown>) => Call
  >
  const fn = module[c.fn]
  if (fn === undefined) throw new Error(`${c.module}.${c.fn} is not generated`)
  return fn
}

/** What `call` sends over `client` (answered 418, so every kind of call ends after one request), and how it ends. */
const sent = (
  call: Call,
  client: (http: Layer.Layer<HttpClient.HttpClient>) => Layer.Layer<OpenAIClient.OpenAIClient, unknown>
) =>
  Effect.gen(function*() {
    const script = TestHttp.scripted([TestHttp.status(418)])
    const run = Stream.isStream(call) ? Stream.runDrain(call) : call
    const exit = yield* Effect.exit(Effect.provide(run, client(script.layer)))
    return { requests: script.requests, exit }
  })

const one = (result: { readonly requests: ReadonlyArray<TestHttp.Recorded> }) => {
  assert.strictEqual(result.requests.length, 1)
  return result.requests[0]!
}

const boundary = /-{2,}[\w.-]*?(?:formdata|FormBoundary|openai-effect)[\w-]*/gi

const normalize = (request: TestHttp.Recorded) => {
  const { "idempotency-key": idempotency, ...rest } = request.headers
  const headers: Record<string, string> = { ...rest }
  if (headers["content-type"] !== undefined) headers["content-type"] = headers["content-type"].replace(boundary, "B")
  return {
    method: request.method,
    headers,
    idempotency,
    body: request.body?.replace(boundary, "B"),
    contentType: request.contentType?.replace(boundary, "B")
  }
}

const split = (url: string, base: string) => {
  assert.isTrue(url.startsWith(base), `${url} should start with ${base}`)
  const rest = url.slice(base.length)
  const q = rest.indexOf("?")
  const query = [...new URLSearchParams(q === -1 ? "" : rest.slice(q + 1))].sort()
  return { path: q === -1 ? rest : rest.slice(0, q), query }
}

const modelOf = (request: TestHttp.Recorded): string | undefined => {
  if (request.body === undefined) return undefined
  if (request.contentType?.startsWith("application/json")) {
    return (JSON.parse(request.body) as { readonly model?: string }).model
  }
  return /name="model"\r\n\r\n([^\r]*)\r\n/.exec(request.body)?.[1]
}

/** The plain request's body with `model` set: replaced, or appended as the form's last field. */
const withModel = (request: TestHttp.Recorded, model: string): string | undefined => {
  const body = request.body
  if (body === undefined) return undefined
  if (request.contentType?.startsWith("application/json")) return JSON.stringify({ ...JSON.parse(body), model })
  if (modelOf(request) !== undefined) return body.replace(/(name="model"\r\n\r\n)[^\r]*(\r\n)/, `$1${model}$2`)
  const end = `--${/^--(\S+)\r\n/.exec(body)![1]}`
  return body.replace(`${end}--`, `${end}\r\nContent-Disposition: form-data; name="model"\r\n\r\n${model}\r\n${end}--`)
}

if (inputsExist(repoRoot)) {
  const cases = casesOf()

  describe("the Azure route of every generated operation", () => {
    it("covers every operation of the spec, and exactly eight are served per deployment", () => {
      const ids = new Set(cases.map((c) => c.op.operationId))
      assert.isAbove(ids.size, 250)
      assert.deepStrictEqual(
        [...ids].filter((id) => perDeployment.has(id)).sort(),
        [...perDeployment].sort()
      )
    })

    for (const mode of modes) {
      describe(mode.name, () => {
        for (const c of cases) {
          it.effect(`${c.module}.${c.fn}: ${c.op.http} ${c.op.path}`, () =>
            Effect.gen(function*() {
              const fn = yield* Effect.promise(() => load(c))
              const plain = one(
                yield* sent(fn(...c.args), (http) =>
                  OpenAIClient.layer({
                    apiKey: Redacted.make("sk-plain"),
                    adminApiKey: Redacted.make("sk-plain"),
                    baseURL: plainBase,
                    maxRetries: 0
                  }).pipe(Layer.provide(http)))
              )
              const result = yield* sent(fn(...c.args), (http) =>
                AzureOpenAI.layer({ ...mode.options, maxRetries: 0 }).pipe(Layer.provide(http)))

              const deployed = c.op.http === "POST" && perDeployment.has(c.op.operationId)
              const model = modelOf(plain)
              const deployment = deployed ? mode.deployment(model) : undefined
              const onV1 = mode.apiVersion === undefined

              if (deployed && deployment === undefined && !onV1) {
                // No deployment and no model to route by: nothing is sent.
                assert.strictEqual(result.requests.length, 0)
                const error = yield* Effect.flip(result.exit)
                assert.strictEqual((error as { readonly _tag: string })._tag, "InvalidRequestError")
                return
              }
              const azure = one(result)

              // URL: Azure's base, the deployment segment where it belongs, api-version off the v1 route.
              const expectedBase = deployment !== undefined && !onV1
                ? `${mode.base}/deployments/${encodeURIComponent(deployment)}`
                : mode.base
              const a = split(azure.url, expectedBase)
              const p = split(plain.url, plainBase)
              assert.strictEqual(a.path, p.path)
              assert.deepStrictEqual(
                a.query,
                [...p.query, ...(onV1 ? [] : [["api-version", mode.apiVersion!] as [string, string]])].sort()
              )

              // Headers: the same, with Azure's credential instead of the bearer key.
              const na = normalize(azure)
              const np = normalize(plain)
              const { authorization: _, ...plainHeaders } = np.headers
              const rewritten = onV1 && deployment !== undefined ? withModel(plain, deployment) : undefined
              const length = rewritten !== undefined && plainHeaders["content-length"] !== undefined
                ? { "content-length": String(new TextEncoder().encode(rewritten).length) }
                : {}
              assert.deepStrictEqual(na.headers, { ...plainHeaders, ...length, [mode.auth[0]]: mode.auth[1] })
              assert.strictEqual(na.idempotency === undefined, c.op.http === "GET")
              assert.strictEqual(na.method, c.op.http)

              // Body: the same, with the deployment as model on the v1 route.
              const expectedBody = rewritten?.replace(boundary, "B") ?? np.body
              assert.strictEqual(na.body, expectedBody)
              assert.strictEqual(na.contentType, np.contentType)
            }))
        }
      })
    }
  })
} else {
  describe.skip("the Azure route of every generated operation: ../shared/openapi is absent, skipped", () => {})
}
