/**
 * OpenAI as effect's `LanguageModel`: `LanguageModel.generateText`,
 * `streamText`, `generateObject` and `Chat` run on OpenAI (or any compatible
 * server) through this library's client, with its retries, timeouts, typed
 * errors and tracing.
 *
 * ```ts
 * const program = LanguageModel.generateText({ prompt: "Say hi" }).pipe(
 *   Effect.provide(OpenAILanguageModel.layer({ model: "gpt-4o-mini" })),
 *   Effect.provide(OpenAIClient.layerConfig()),
 *   Effect.provide(FetchHttpClient.layer)
 * )
 * ```
 *
 * The Responses API serves it by default; `api: "chat"` switches to Chat
 * Completions for compatible servers that lack Responses (DeepSeek, vLLM,
 * Ollama). Streaming is the server's: each event becomes parts as it
 * arrives. Tools from a `Toolkit` get strict JSON Schema, as does the schema
 * of `generateObject`; OpenAI's built-in tools are in `OpenAITool`. Failures
 * are `AiError`s whose `isRetryable` and `retryAfter` say what the client's
 * own retry policy concluded; a refusal ends the answer with the finish
 * reason `"content-filter"` and the refusal text in the text part's
 * `metadata.openai.refusal`.
 *
 * @since 0.1.0
 */
import { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import type * as AiError from "effect/ai/AiError"
import * as LanguageModel from "effect/ai/LanguageModel"
import * as Model from "effect/ai/Model"
import type * as Response from "effect/ai/Response"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as Errors from "./internal/aiError.ts"
import * as Chat from "./internal/chat.ts"
import { annotatePart, annotateRequest, MODULE } from "./internal/content.ts"
import * as ResponsesApi from "./internal/responses.ts"
import { codecTransformer } from "./internal/strict.ts"

/**
 * Request fields for the Responses API (temperature, reasoning, store,
 * max_output_tokens, ...). The prompt, tools and output format come from the
 * `LanguageModel` call.
 *
 * @category models
 * @since 0.1.0
 */
export type ResponsesConfig = ResponsesApi.Config

/**
 * Request fields for Chat Completions (temperature, max_completion_tokens,
 * seed, ...). The messages, tools and response format come from the
 * `LanguageModel` call.
 *
 * @category models
 * @since 0.1.0
 */
export type ChatConfig = Chat.Config

/**
 * The model, the API that serves it, and request fields sent with every call.
 *
 * @category models
 * @since 0.1.0
 */
export type Options =
  | {
    readonly model: string
    /** `"responses"` (the default): OpenAI's Responses API. */
    readonly api?: "responses" | undefined
    readonly config?: ResponsesConfig | undefined
  }
  | {
    readonly model: string
    /** Chat Completions, for compatible servers without the Responses API. */
    readonly api: "chat"
    readonly config?: ChatConfig | undefined
  }

/** One request kind: how a call becomes a body, and how its answer becomes parts. */
interface Api<Config, Body, Answer> {
  readonly request: (
    model: string,
    config: Config,
    options: LanguageModel.ProviderOptions,
    method: string
  ) => Effect.Effect<Body, AiError.AiError>
  readonly create: (body: Body) => Effect.Effect<Answer, OpenAIError, OpenAIClient>
  readonly parts: (
    answer: Answer,
    options: LanguageModel.ProviderOptions,
    method: string
  ) => Effect.Effect<Array<Response.PartEncoded>, AiError.AiError>
  readonly stream: (
    body: Body,
    options: LanguageModel.ProviderOptions
  ) => Stream.Stream<Response.StreamPartEncoded, AiError.AiError, OpenAIClient>
}

const provider = <Config extends object, Body, Answer>(
  api: Api<Config, Body, Answer>,
  model: string,
  config: Config
) => {
  const attributes = { ...config, model }
  return {
    generateText: Effect.fnUntraced(function*(options: LanguageModel.ProviderOptions) {
      const body = yield* api.request(model, config, options, "generateText")
      annotateRequest(options.span, attributes)
      const answer = yield* Effect.mapError(api.create(body), Errors.fromOpenAIError(MODULE, "generateText"))
      const parts = yield* api.parts(answer, options, "generateText")
      for (const part of parts) annotatePart(options.span, part)
      return parts
    }),
    streamText: (options: LanguageModel.ProviderOptions) =>
      Stream.unwrap(Effect.map(api.request(model, config, options, "streamText"), (body) => {
        annotateRequest(options.span, attributes)
        return Stream.map(api.stream(body, options), (part) => {
          annotatePart(options.span, part)
          return part
        })
      }))
  }
}

/**
 * Makes the language model over the `OpenAIClient` in context. Each call
 * runs with the client (and the services) the model was made with, under
 * whatever the caller provides at the call site, so `OpenAIClient.withRetry`
 * and the like still apply to a region.
 *
 * @example
 * const model = yield* OpenAILanguageModel.make({ model: "gpt-4o-mini" })
 * const response = yield* model.generateText({ prompt: "Say hi" })
 * @category constructors
 * @since 0.1.0
 */
export const make = (options: Options): Effect.Effect<LanguageModel.LanguageModel, never, OpenAIClient> =>
  Effect.flatMap(Effect.context<OpenAIClient>(), (captured) => {
    // The call site's own services win over those the model was made with.
    const withClient = (current: Context.Context<never>) => Context.merge(captured, current)
    const api = options.api === "chat"
      ? provider(Chat, options.model, options.config ?? {})
      : provider(ResponsesApi, options.model, options.config ?? {})
    return LanguageModel.make({
      generateText: (providerOptions) => Effect.updateContext(api.generateText(providerOptions), withClient),
      streamText: (providerOptions) => Stream.updateContext(api.streamText(providerOptions), withClient),
      codecTransformer,
      supportsSystemMessagesInHistory: Effect.succeed(true)
    })
  })

/**
 * A layer of `LanguageModel` over the `OpenAIClient` layer you provide (for
 * Azure, the azure package's layer: it provides the same client).
 *
 * @example
 * Effect.provide(OpenAILanguageModel.layer({ model: "gpt-4o-mini", config: { temperature: 0 } }))
 * @category layers
 * @since 0.1.0
 */
export const layer = (options: Options): Layer.Layer<LanguageModel.LanguageModel, never, OpenAIClient> =>
  Layer.effect(LanguageModel.LanguageModel, make(options))

/**
 * The model as an `effect/ai/Model`: a layer that also names the provider
 * (`"openai"`) and the model, for programs that pick models at run time.
 *
 * @example
 * const gpt = OpenAILanguageModel.model("gpt-4o-mini", { config: { temperature: 0 } })
 * const text = yield* LanguageModel.generateText({ prompt: "Hi" }).pipe(Effect.provide(gpt))
 * @category constructors
 * @since 0.1.0
 */
export const model = <const Name extends string>(
  name: Name,
  options: DistributiveOmit<Options, "model"> = {}
): Model.Model<"openai", LanguageModel.LanguageModel, OpenAIClient> =>
  Model.make("openai", name, layer({ ...options, model: name } as Options))

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
