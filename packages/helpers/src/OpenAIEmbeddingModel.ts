/**
 * OpenAI embeddings as effect's `EmbeddingModel`: `embed` and `embedMany`
 * over `POST /embeddings`, through this library's client.
 *
 * ```ts
 * const { embeddings } = yield* EmbeddingModel.embedMany(documents).pipe(
 *   Effect.provide(OpenAIEmbeddingModel.layer({ model: "text-embedding-3-small", dimensions: 512 }))
 * )
 * ```
 *
 * Inputs are sent in batches of at most `batchSize` (the API's limit of
 * 2,048 by default), a few batches at a time, and the vectors come back in
 * the order of the inputs. Concurrent `embed` calls are gathered into one
 * request by effect's request batching.
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import * as Embeddings from "@openai-effect/resources/Embeddings"
import * as AiError from "effect/ai/AiError"
import * as EmbeddingModel from "effect/ai/EmbeddingModel"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Errors from "./internal/aiError.ts"

const MODULE = "OpenAIEmbeddingModel"

/**
 * The API's limit on inputs in one request, and the default `batchSize`.
 *
 * @example
 * OpenAIEmbeddingModel.layer({ model: "text-embedding-3-small", batchSize: OpenAIEmbeddingModel.maxBatchSize / 4 })
 * @category constants
 * @since 0.1.0
 */
export const maxBatchSize = 2048

/**
 * The model, the vector size, and how inputs are split into requests.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  readonly model: string
  /** Vector length, for models that can shorten their vectors (`text-embedding-3-*`). */
  readonly dimensions?: number | undefined
  /** Inputs per request, 1 to 2,048. Default 2,048. */
  readonly batchSize?: number | undefined
  /** Requests in flight at once for one `embedMany`. Default 4. */
  readonly concurrency?: number | undefined
}

const invalid = (description: string): AiError.AiError =>
  AiError.make({ module: MODULE, method: "embedMany", reason: new AiError.InvalidUserInputError({ description }) })

const isCount = (n: number, max: number): boolean => Number.isInteger(n) && n >= 1 && n <= max

/**
 * Makes the embedding model over the `OpenAIClient` in context. A
 * `batchSize` or `concurrency` out of range fails each call with an
 * `AiError` (`InvalidUserInputError`) saying so.
 *
 * @example
 * const model = yield* OpenAIEmbeddingModel.make({ model: "text-embedding-3-small" })
 * const { vector } = yield* model.embed("hello")
 * @category constructors
 * @since 0.1.0
 */
export const make = (options: Options): Effect.Effect<EmbeddingModel.EmbeddingModel, never, OpenAIClient> =>
  Effect.flatMap(Effect.context<OpenAIClient>(), (captured) => {
    const batchSize = options.batchSize ?? maxBatchSize
    const concurrency = options.concurrency ?? 4
    const problem = !isCount(batchSize, maxBatchSize)
      ? `batchSize must be an integer from 1 to ${maxBatchSize}, got ${batchSize}`
      : !isCount(concurrency, Number.MAX_SAFE_INTEGER)
      ? `concurrency must be a positive integer, got ${concurrency}`
      : undefined
    const embedBatch = (input: ReadonlyArray<string>) =>
      Embeddings.create({
        model: options.model,
        input,
        encoding_format: "float",
        ...(options.dimensions === undefined ? {} : { dimensions: options.dimensions })
      }).pipe(
        Effect.mapError(Errors.fromOpenAIError(MODULE, "embedMany")),
        Effect.flatMap((response) => {
          // The API numbers each vector with its input's index: order by it.
          const vectors = new Array<Array<number>>(input.length)
          for (const item of response.data) {
            if (item.index >= 0 && item.index < input.length) vectors[item.index] = item.embedding as Array<number>
          }
          const missing = vectors.findIndex((v) => v === undefined)
          return vectors.length !== response.data.length || missing !== -1
            ? Effect.fail(
              AiError.make({
                module: MODULE,
                method: "embedMany",
                reason: new AiError.InvalidOutputError({
                  description: `sent ${input.length} inputs, got ${response.data.length} vectors${
                    missing === -1 ? "" : `, none for input ${missing}`
                  }`
                })
              })
            )
            : Effect.succeed({ vectors, tokens: response.usage.prompt_tokens })
        })
      )
    return EmbeddingModel.make({
      embedMany: ({ inputs }) => {
        if (problem !== undefined) return Effect.fail(invalid(problem))
        const batches: Array<ReadonlyArray<string>> = []
        for (let i = 0; i < inputs.length; i += batchSize) batches.push(inputs.slice(i, i + batchSize))
        return Effect.forEach(batches, embedBatch, { concurrency }).pipe(
          Effect.map((results) => ({
            results: results.flatMap((r) => r.vectors),
            usage: { inputTokens: results.reduce((sum, r) => sum + r.tokens, 0) }
          })),
          Effect.updateContext((current: Context.Context<never>) => Context.merge(captured, current))
        )
      }
    })
  })

/**
 * A layer of `EmbeddingModel` over the `OpenAIClient` layer you provide.
 *
 * @example
 * Effect.provide(OpenAIEmbeddingModel.layer({ model: "text-embedding-3-small", batchSize: 512 }))
 * @category layers
 * @since 0.1.0
 */
export const layer = (options: Options): Layer.Layer<EmbeddingModel.EmbeddingModel, never, OpenAIClient> =>
  Layer.effect(EmbeddingModel.EmbeddingModel, make(options))
