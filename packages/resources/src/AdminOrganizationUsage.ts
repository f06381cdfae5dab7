/**
 * The `admin.organization.usage` resource of the OpenAI API: `audioSpeeches`,
 * `audioTranscriptions`, `codeInterpreterSessions`, `completions`, `costs`, `embeddings`,
 * `fileSearchCalls`, `images`, `moderations`, `vectorStores`, `webSearchCalls`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-audio-speeches
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { UsageResponse } from "./types/UsageResponse.ts"

/**
 * The parameters of {@link audioSpeeches}.
 *
 * @category params
 * @since 0.1.0
 */
export interface AudioSpeechesParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly user_ids?: ReadonlyArray<string> | undefined
  readonly api_key_ids?: ReadonlyArray<string> | undefined
  readonly models?: ReadonlyArray<string> | undefined
  readonly group_by?: ReadonlyArray<"project_id" | "user_id" | "api_key_id" | "model"> | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link audioTranscriptions}.
 *
 * @category params
 * @since 0.1.0
 */
export interface AudioTranscriptionsParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly user_ids?: ReadonlyArray<string> | undefined
  readonly api_key_ids?: ReadonlyArray<string> | undefined
  readonly models?: ReadonlyArray<string> | undefined
  readonly group_by?: ReadonlyArray<"project_id" | "user_id" | "api_key_id" | "model"> | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link codeInterpreterSessions}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CodeInterpreterSessionsParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly group_by?: ReadonlyArray<"project_id"> | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link completions}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CompletionsParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly user_ids?: ReadonlyArray<string> | undefined
  readonly api_key_ids?: ReadonlyArray<string> | undefined
  readonly models?: ReadonlyArray<string> | undefined
  readonly batch?: boolean | undefined
  readonly group_by?:
    | ReadonlyArray<"project_id" | "user_id" | "api_key_id" | "model" | "batch" | "service_tier">
    | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link costs}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CostsParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly api_key_ids?: ReadonlyArray<string> | undefined
  readonly group_by?: ReadonlyArray<"project_id" | "line_item" | "api_key_id"> | undefined
  /** @default 7 */
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link embeddings}.
 *
 * @category params
 * @since 0.1.0
 */
export interface EmbeddingsParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly user_ids?: ReadonlyArray<string> | undefined
  readonly api_key_ids?: ReadonlyArray<string> | undefined
  readonly models?: ReadonlyArray<string> | undefined
  readonly group_by?: ReadonlyArray<"project_id" | "user_id" | "api_key_id" | "model"> | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link fileSearchCalls}.
 *
 * @category params
 * @since 0.1.0
 */
export interface FileSearchCallsParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly user_ids?: ReadonlyArray<string> | undefined
  readonly api_key_ids?: ReadonlyArray<string> | undefined
  readonly vector_store_ids?: ReadonlyArray<string> | undefined
  readonly group_by?: ReadonlyArray<"project_id" | "user_id" | "api_key_id" | "vector_store_id"> | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link images}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ImagesParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly sources?: ReadonlyArray<"image.generation" | "image.edit" | "image.variation"> | undefined
  readonly sizes?: ReadonlyArray<"256x256" | "512x512" | "1024x1024" | "1792x1792" | "1024x1792"> | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly user_ids?: ReadonlyArray<string> | undefined
  readonly api_key_ids?: ReadonlyArray<string> | undefined
  readonly models?: ReadonlyArray<string> | undefined
  readonly group_by?: ReadonlyArray<"project_id" | "user_id" | "api_key_id" | "model" | "size" | "source"> | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link moderations}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ModerationsParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly user_ids?: ReadonlyArray<string> | undefined
  readonly api_key_ids?: ReadonlyArray<string> | undefined
  readonly models?: ReadonlyArray<string> | undefined
  readonly group_by?: ReadonlyArray<"project_id" | "user_id" | "api_key_id" | "model"> | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link vectorStores}.
 *
 * @category params
 * @since 0.1.0
 */
export interface VectorStoresParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly group_by?: ReadonlyArray<"project_id"> | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The parameters of {@link webSearchCalls}.
 *
 * @category params
 * @since 0.1.0
 */
export interface WebSearchCallsParams {
  readonly start_time: number
  readonly end_time?: number | undefined
  /** @default "1d" */
  readonly bucket_width?: "1m" | "1h" | "1d" | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly user_ids?: ReadonlyArray<string> | undefined
  readonly api_key_ids?: ReadonlyArray<string> | undefined
  readonly models?: ReadonlyArray<string> | undefined
  readonly context_levels?: ReadonlyArray<"low" | "medium" | "high"> | undefined
  readonly group_by?: ReadonlyArray<"project_id" | "user_id" | "api_key_id" | "model" | "context_level"> | undefined
  readonly limit?: number | undefined
  readonly page?: string | undefined
}

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageAudioSpeechesResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageAudioTranscriptionsResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageCodeInterpreterSessionsResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageCompletionsResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageCostsResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageEmbeddingsResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageFileSearchCallsResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageImagesResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageModerationsResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageVectorStoresResponse = UsageResponse

/**
 * The official SDK's name for {@link UsageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UsageWebSearchCallsResponse = UsageResponse

/**
 * The official SDK's name for {@link AudioSpeechesParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageAudioSpeechesParams = AudioSpeechesParams

/**
 * The official SDK's name for {@link AudioTranscriptionsParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageAudioTranscriptionsParams = AudioTranscriptionsParams

/**
 * The official SDK's name for {@link CodeInterpreterSessionsParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageCodeInterpreterSessionsParams = CodeInterpreterSessionsParams

/**
 * The official SDK's name for {@link CompletionsParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageCompletionsParams = CompletionsParams

/**
 * The official SDK's name for {@link CostsParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageCostsParams = CostsParams

/**
 * The official SDK's name for {@link EmbeddingsParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageEmbeddingsParams = EmbeddingsParams

/**
 * The official SDK's name for {@link FileSearchCallsParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageFileSearchCallsParams = FileSearchCallsParams

/**
 * The official SDK's name for {@link ImagesParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageImagesParams = ImagesParams

/**
 * The official SDK's name for {@link ModerationsParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageModerationsParams = ModerationsParams

/**
 * The official SDK's name for {@link VectorStoresParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageVectorStoresParams = VectorStoresParams

/**
 * The official SDK's name for {@link WebSearchCallsParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UsageWebSearchCallsParams = WebSearchCallsParams

/**
 * `GET /organization/usage/audio_speeches`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-audio-speeches/usage-audio-speeches
 * @example
 * const usageAudioSpeechesResponse = yield* AdminOrganizationUsage.audioSpeeches({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const audioSpeeches = (
  params: AudioSpeechesParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-audio-speeches",
    method: "GET",
    path: "/organization/usage/audio_speeches",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/usage/audio_transcriptions`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-audio-transcriptions/usage-audio-transcriptions
 * @example
 * const usageAudioTranscriptionsResponse = yield* AdminOrganizationUsage.audioTranscriptions({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const audioTranscriptions = (
  params: AudioTranscriptionsParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-audio-transcriptions",
    method: "GET",
    path: "/organization/usage/audio_transcriptions",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/usage/code_interpreter_sessions`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-code-interpreter-sessions/usage-code-interpreter-sessions
 * @example
 * const usageCodeInterpreterSessionsResponse = yield* AdminOrganizationUsage.codeInterpreterSessions({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const codeInterpreterSessions = (
  params: CodeInterpreterSessionsParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-code-interpreter-sessions",
    method: "GET",
    path: "/organization/usage/code_interpreter_sessions",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/usage/completions`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-completions/usage-completions
 * @example
 * const usageCompletionsResponse = yield* AdminOrganizationUsage.completions({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const completions = (
  params: CompletionsParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-completions",
    method: "GET",
    path: "/organization/usage/completions",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/costs`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-costs/usage-costs
 * @example
 * const usageCostsResponse = yield* AdminOrganizationUsage.costs({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const costs = (
  params: CostsParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-costs",
    method: "GET",
    path: "/organization/costs",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/usage/embeddings`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-embeddings/usage-embeddings
 * @example
 * const usageEmbeddingsResponse = yield* AdminOrganizationUsage.embeddings({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const embeddings = (
  params: EmbeddingsParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-embeddings",
    method: "GET",
    path: "/organization/usage/embeddings",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/usage/file_search_calls`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-file-search-calls/usage-file-search-calls
 * @example
 * const usageFileSearchCallsResponse = yield* AdminOrganizationUsage.fileSearchCalls({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const fileSearchCalls = (
  params: FileSearchCallsParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-file-search-calls",
    method: "GET",
    path: "/organization/usage/file_search_calls",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/usage/images`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-images/usage-images
 * @example
 * const usageImagesResponse = yield* AdminOrganizationUsage.images({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const images = (
  params: ImagesParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-images",
    method: "GET",
    path: "/organization/usage/images",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/usage/moderations`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-moderations/usage-moderations
 * @example
 * const usageModerationsResponse = yield* AdminOrganizationUsage.moderations({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const moderations = (
  params: ModerationsParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-moderations",
    method: "GET",
    path: "/organization/usage/moderations",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/usage/vector_stores`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-vector-stores/usage-vector-stores
 * @example
 * const usageVectorStoresResponse = yield* AdminOrganizationUsage.vectorStores({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const vectorStores = (
  params: VectorStoresParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-vector-stores",
    method: "GET",
    path: "/organization/usage/vector_stores",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/usage/web_search_calls`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/usage-web-search-calls/usage-web-search-calls
 * @example
 * const usageWebSearchCallsResponse = yield* AdminOrganizationUsage.webSearchCalls({ start_time: 0 })
 * @category operations
 * @since 0.1.0
 */
export const webSearchCalls = (
  params: WebSearchCallsParams,
  options?: RequestOptions
): Effect.Effect<UsageAudioSpeechesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "usage-web-search-calls",
    method: "GET",
    path: "/organization/usage/web_search_calls",
    query: params,
    auth: "admin"
  }, options)
