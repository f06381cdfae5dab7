/**
 * The `audio.voiceConsents` resource of the OpenAI API: `list`, `listPage`, `create`, `retrieve`,
 * `update`, `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/audio
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateVoiceConsentRequest } from "./types/CreateVoiceConsentRequest.ts"
import type { UpdateVoiceConsentRequest } from "./types/UpdateVoiceConsentRequest.ts"
import type { VoiceConsentDeletedResource } from "./types/VoiceConsentDeletedResource.ts"
import type { VoiceConsentResource } from "./types/VoiceConsentResource.ts"

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly after?: string | undefined
  /** @default 20 */
  readonly limit?: number | undefined
}

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateVoiceConsentRequest

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = UpdateVoiceConsentRequest

/**
 * `GET /audio/voice_consents` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/listVoiceConsents
 * @example
 * const items = yield* AudioVoiceConsents.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<VoiceConsentResource, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listVoiceConsents",
    method: "GET",
    path: "/audio/voice_consents",
    query: params
  }, options)

/**
 * `GET /audio/voice_consents`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/listVoiceConsents
 * @example
 * const page = yield* AudioVoiceConsents.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<VoiceConsentResource>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listVoiceConsents",
    method: "GET",
    path: "/audio/voice_consents",
    query: params
  }, options)

/**
 * `POST /audio/voice_consents`.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/createVoiceConsent
 * @example
 * const voiceConsentResource = yield* AudioVoiceConsents.create({
 *   name: "example",
 *   recording: new File(["example"], "audio.mp3"),
 *   language: "example"
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<VoiceConsentResource, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createVoiceConsent",
    method: "POST",
    path: "/audio/voice_consents",
    body: Operation.multipart(params, ["recording"])
  }, options)

/**
 * `GET /audio/voice_consents/{consent_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/getVoiceConsent
 * @example
 * const voiceConsentResource = yield* AudioVoiceConsents.retrieve("consent_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  consentId: string,
  options?: RequestOptions
): Effect.Effect<VoiceConsentResource, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getVoiceConsent",
    method: "GET",
    path: Operation.path`/audio/voice_consents/${consentId}`
  }, options)

/**
 * `POST /audio/voice_consents/{consent_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/updateVoiceConsent
 * @example
 * const voiceConsentResource = yield* AudioVoiceConsents.update("consent_abc123", { name: "example" })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  consentId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<VoiceConsentResource, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "updateVoiceConsent",
    method: "POST",
    path: Operation.path`/audio/voice_consents/${consentId}`,
    body: params
  }, options)

/**
 * `DELETE /audio/voice_consents/{consent_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/deleteVoiceConsent
 * @example
 * const voiceConsentDeletedResource = yield* AudioVoiceConsents.delete("consent_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  consentId: string,
  options?: RequestOptions
): Effect.Effect<VoiceConsentDeletedResource, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteVoiceConsent",
    method: "DELETE",
    path: Operation.path`/audio/voice_consents/${consentId}`
  }, options)

export { delete_ as delete }
