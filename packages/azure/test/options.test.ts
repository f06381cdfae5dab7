/**
 * Building the Azure client: options and environment, the errors of options
 * that cannot make a client, and the routes users have reported wrong.
 */
import { assert, describe, it } from "@effect/vitest"
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as AudioTranscriptions from "@openai-effect/resources/AudioTranscriptions"
import * as Batches from "@openai-effect/resources/Batches"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Embeddings from "@openai-effect/resources/Embeddings"
import * as Config from "effect/Config"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

const ok = TestHttp.json(200, { id: "x", object: "list", data: [] })
const endpoint = "https://res.openai.azure.com"
const chat = { model: "gpt-4o", messages: [{ role: "user" as const, content: "Hi" }] }

/** The requests `effect` sends over a client built from `layer`, and how it ends. */
const run = <A, E, E2>(
  effect: Effect.Effect<A, E, OpenAIClient.OpenAIClient>,
  layer: (http: Layer.Layer<HttpClient.HttpClient>) => Layer.Layer<OpenAIClient.OpenAIClient, E2, never>
) =>
  Effect.gen(function*() {
    const script = TestHttp.scripted([ok])
    const exit = yield* Effect.exit(Effect.provide(effect, layer(script.layer)))
    return { exit, requests: script.requests }
  })

const azure = (options: AzureOpenAI.Options) => (http: Layer.Layer<HttpClient.HttpClient>) =>
  AzureOpenAI.layer(options).pipe(Layer.provide(http))

const env =
  (vars: Record<string, string>, options?: AzureOpenAI.ConfigOptions) => (http: Layer.Layer<HttpClient.HttpClient>) =>
    AzureOpenAI.layerConfig(options).pipe(
      Layer.provide(http),
      Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown(vars)))
    )

const optionsError = (
  layer: (http: Layer.Layer<HttpClient.HttpClient>) => Layer.Layer<OpenAIClient.OpenAIClient, unknown>
) =>
  Effect.gen(function*() {
    const { exit, requests } = yield* run(ChatCompletions.create(chat), layer)
    assert.strictEqual(requests.length, 0)
    const error = yield* Effect.flip(exit)
    assert.strictEqual((error as { readonly _tag: string })._tag, "AzureOptionsError")
    return error as AzureOpenAI.AzureOptionsError
  })

describe("AzureOpenAI options", () => {
  it.effect("an API key is sent as api-key and never as authorization", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        ChatCompletions.create(chat),
        azure({ endpoint, apiVersion: "2024-10-21", apiKey: Redacted.make("azure-key") })
      )
      assert.strictEqual(requests[0]!.headers["api-key"], "azure-key")
      assert.isUndefined(requests[0]!.headers.authorization)
      assert.strictEqual(
        requests[0]!.url,
        `${endpoint}/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21`
      )
    }))

  it.effect("a request carrying the API key follows no redirect; one carrying a bearer token may", () =>
    Effect.gen(function*() {
      const keyed = yield* run(ChatCompletions.create(chat), azure({ endpoint, apiKey: "azure-key" }))
      const bearer = yield* run(ChatCompletions.create(chat), azure({ endpoint, azureADToken: "t" }))
      assert.strictEqual(keyed.requests[0]!.requestInit?.redirect, "error")
      assert.isUndefined(bearer.requests[0]!.requestInit?.redirect)
    }))

  it.effect("a token provider and an API key together fail the layer, naming the options and not the key", () =>
    Effect.gen(function*() {
      const error = yield* optionsError(
        azure({ endpoint, apiKey: "secret-key", azureADTokenProvider: () => Promise.resolve("t") })
      )
      assert.include(error.message, "`apiKey`")
      assert.include(error.message, "`azureADTokenProvider`")
      assert.notInclude(error.message, "secret-key")
    }))

  it.effect("no credential fails the layer", () =>
    Effect.gen(function*() {
      const error = yield* optionsError(azure({ endpoint }))
      assert.include(error.message, "Missing credentials")
    }))

  it.effect("no endpoint fails the layer, naming AZURE_OPENAI_ENDPOINT", () =>
    Effect.gen(function*() {
      const error = yield* optionsError(azure({ apiKey: "k" }))
      assert.include(error.message, "AZURE_OPENAI_ENDPOINT")
    }))

  it.effect("a deployment named .. fails the layer: it cannot be one path segment", () =>
    Effect.gen(function*() {
      const error = yield* optionsError(azure({ endpoint, apiKey: "k", apiVersion: "2024-10-21", deployment: ".." }))
      assert.include(error.message, "cannot be a path segment")
    }))

  it.effect("layerConfig reads the endpoint, API version and key from the environment", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        Embeddings.create({ model: "emb", input: "hi" }),
        env({
          AZURE_OPENAI_ENDPOINT: `${endpoint}/`,
          OPENAI_API_VERSION: "2024-10-21",
          AZURE_OPENAI_API_KEY: "env-key"
        })
      )
      assert.strictEqual(requests[0]!.url, `${endpoint}/openai/deployments/emb/embeddings?api-version=2024-10-21`)
      assert.strictEqual(requests[0]!.headers["api-key"], "env-key")
    }))

  it.effect("layerConfig without OPENAI_API_VERSION takes the v1 route", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        ChatCompletions.create(chat),
        env({ AZURE_OPENAI_ENDPOINT: endpoint, AZURE_OPENAI_AD_TOKEN: "env-token" })
      )
      assert.strictEqual(requests[0]!.url, `${endpoint}/openai/v1/chat/completions`)
      assert.strictEqual(requests[0]!.headers.authorization, "Bearer env-token")
    }))

  it.effect("options win over the environment, and a credential option hides the environment's", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        ChatCompletions.create(chat),
        env(
          {
            AZURE_OPENAI_ENDPOINT: "https://other.openai.azure.com",
            OPENAI_API_VERSION: "2024-10-21",
            AZURE_OPENAI_API_KEY: "env-key"
          },
          { endpoint, apiVersion: "v1", azureADTokenProvider: () => Promise.resolve("provided") }
        )
      )
      assert.strictEqual(requests[0]!.url, `${endpoint}/openai/v1/chat/completions`)
      assert.strictEqual(requests[0]!.headers.authorization, "Bearer provided")
      assert.isUndefined(requests[0]!.headers["api-key"])
    }))
})

describe("AzureOpenAI routes", () => {
  const deploymentRoute = { endpoint, apiVersion: "2024-10-21", apiKey: "k" }

  it.effect("a deployment name cannot leave its path segment", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        ChatCompletions.create(chat),
        azure({ ...deploymentRoute, deployment: "../../x?api-version=1#" })
      )
      assert.strictEqual(
        requests[0]!.url,
        `${endpoint}/openai/deployments/..%2F..%2Fx%3Fapi-version%3D1%23/chat/completions?api-version=2024-10-21`
      )
    }))

  it.effect("a body model of .. fails the call before anything is sent", () =>
    Effect.gen(function*() {
      const { exit, requests } = yield* run(ChatCompletions.create({ ...chat, model: ".." }), azure(deploymentRoute))
      assert.strictEqual(requests.length, 0)
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "InvalidRequestError")
    }))

  it.effect("the stored completions (GET /chat/completions) stay on the resource route", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        ChatCompletions.listPage({ limit: 2 }),
        azure({ ...deploymentRoute, deployment: "prod" })
      )
      assert.strictEqual(requests[0]!.url, `${endpoint}/openai/chat/completions?api-version=2024-10-21&limit=2`)
    }))

  it.effect("batches go to the resource route even with a deployment configured", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        Batches.create({ input_file_id: "file-1", endpoint: "/v1/chat/completions", completion_window: "24h" }),
        azure({ ...deploymentRoute, deployment: "prod" })
      )
      assert.strictEqual(requests[0]!.url, `${endpoint}/openai/batches?api-version=2024-10-21`)
    }))

  it.effect("a multipart upload is routed by its form's model, the streamed file left unread", () =>
    Effect.gen(function*() {
      const file = Uploadable.toFile(Stream.make(new TextEncoder().encode("RIFF")), "a.wav")
      const { requests } = yield* run(
        AudioTranscriptions.create({ file, model: "whisper-eu" }),
        azure(deploymentRoute)
      )
      assert.strictEqual(
        requests[0]!.url,
        `${endpoint}/openai/deployments/whisper-eu/audio/transcriptions?api-version=2024-10-21`
      )
      assert.include(requests[0]!.body, "RIFF")
    }))

  it.effect("a per-call extra body model routes too", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        ChatCompletions.create(chat, { body: { model: "gpt-4o-eu" } }),
        azure(deploymentRoute)
      )
      assert.strictEqual(
        requests[0]!.url,
        `${endpoint}/openai/deployments/gpt-4o-eu/chat/completions?api-version=2024-10-21`
      )
    }))

  it.effect("on the v1 route, a body that is not a JSON object cannot take the deployment as model", () =>
    Effect.gen(function*() {
      const { exit, requests } = yield* run(
        OpenAIClient.request({ method: "POST", path: "/embeddings", body: ["not", "an", "object"] }),
        azure({ endpoint, apiKey: "k", deployment: "prod" })
      )
      assert.strictEqual(requests.length, 0)
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "InvalidRequestError")
      assert.include(error.message, "Only a JSON object body can name deployment \"prod\"")
    }))

  it.effect("a baseURL that already names a deployment is used as it is", () =>
    Effect.gen(function*() {
      const base = `${endpoint}/openai/deployments/prod`
      const { requests } = yield* run(
        ChatCompletions.create(chat),
        azure({ baseURL: base, apiVersion: "2024-10-21", apiKey: "k" })
      )
      assert.strictEqual(requests[0]!.url, `${base}/chat/completions?api-version=2024-10-21`)
    }))

  it.effect("the client's settings for realtime: endpoint, base, api-version, deployment and auth header", () =>
    Effect.gen(function*() {
      const settings = yield* Effect.map(OpenAIClient.OpenAIClient, AzureOpenAI.settings).pipe(
        Effect.provide(
          AzureOpenAI.layer({ endpoint: `${endpoint}/`, apiVersion: "2024-10-21", deployment: "rt", apiKey: "k" })
            .pipe(Layer.provide(TestHttp.scripted([ok]).layer))
        )
      )
      assert.strictEqual(settings?.endpoint, endpoint)
      assert.strictEqual(settings?.baseURL, `${endpoint}/openai`)
      assert.strictEqual(settings?.apiVersion, "2024-10-21")
      assert.strictEqual(settings?.deployment, "rt")
      const [name, value] = yield* settings!.auth
      assert.strictEqual(name, "api-key")
      assert.strictEqual(Redacted.value(value), "k")
    }))

  it.effect("layerConfig reads the options given as Configs, and they win over the environment", () =>
    Effect.gen(function*() {
      const { requests } = yield* run(
        ChatCompletions.create(chat),
        env(
          {
            AZURE_OPENAI_ENDPOINT: "https://other.openai.azure.com",
            AZURE_OPENAI_API_KEY: "env-key",
            OPENAI_API_VERSION: "2024-10-21",
            MY_ENDPOINT: endpoint,
            MY_KEY: "my-key",
            MY_DEPLOYMENT: "gpt-4o-prod"
          },
          {
            endpoint: Config.String("MY_ENDPOINT"),
            apiKey: Config.Redacted("MY_KEY"),
            deployment: Config.String("MY_DEPLOYMENT")
          }
        )
      )
      assert.strictEqual(requests.length, 1)
      assert.strictEqual(
        requests[0]!.url,
        `${endpoint}/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21`
      )
      assert.strictEqual(requests[0]!.headers["api-key"], "my-key")
    }))

  it.effect("layerConfig fails with a ConfigError naming a Config option's missing variable", () =>
    Effect.gen(function*() {
      const { exit, requests } = yield* run(
        ChatCompletions.create(chat),
        env(
          { AZURE_OPENAI_ENDPOINT: endpoint, AZURE_OPENAI_API_KEY: "env-key" },
          { azureADToken: Config.Redacted("MY_AD_TOKEN") }
        )
      )
      assert.strictEqual(requests.length, 0)
      const error = yield* Effect.flip(exit)
      assert.strictEqual((error as { readonly _tag: string })._tag, "ConfigError")
      assert.include(String(error), "MY_AD_TOKEN")
    }))
})
