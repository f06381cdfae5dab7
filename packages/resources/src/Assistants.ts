/**
 * The `beta.assistants` resource of the OpenAI API: `create`, `retrieve`, `update`, `list`,
 * `listPage`, `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/assistants
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { AssistantObject } from "./types/AssistantObject.ts"
import type { CreateAssistantRequest } from "./types/CreateAssistantRequest.ts"
import type { DeleteAssistantResponse } from "./types/DeleteAssistantResponse.ts"
import type { ModifyAssistantRequest } from "./types/ModifyAssistantRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateAssistantRequest

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = ModifyAssistantRequest

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /** @default 20 */
  readonly limit?: number | undefined
  /** @default "desc" */
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
}

/**
 * The official SDK's name for {@link AssistantObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type Assistant = AssistantObject

/**
 * The official SDK's name for {@link DeleteAssistantResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type AssistantDeleted = DeleteAssistantResponse

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type AssistantCreateParams = CreateParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type AssistantUpdateParams = UpdateParams

/**
 * The official SDK's name for {@link AssistantsApiResponseFormatOption}.
 *
 * @category params
 * @since 0.1.0
 */
export type AssistantResponseFormatOption =
  import("./types/AssistantsApiResponseFormatOption.ts").AssistantsApiResponseFormatOption

/**
 * The official SDK's name for {@link AssistantToolsCode}.
 *
 * @category params
 * @since 0.1.0
 */
export type CodeInterpreterTool = import("./types/AssistantToolsCode.ts").AssistantToolsCode

/**
 * The official SDK's name for {@link AssistantToolsFileSearch}.
 *
 * @category params
 * @since 0.1.0
 */
export type FileSearchTool = import("./types/AssistantToolsFileSearch.ts").AssistantToolsFileSearch

/**
 * The official SDK's name for {@link FunctionObject}.
 *
 * @category params
 * @since 0.1.0
 */
export type FunctionDefinition = import("./types/FunctionObject.ts").FunctionObject

/**
 * The official SDK's name for {@link AssistantToolsFunction}.
 *
 * @category params
 * @since 0.1.0
 */
export type FunctionTool = import("./types/AssistantToolsFunction.ts").AssistantToolsFunction

/**
 * The official SDK's name for {@link ResponseFormatJsonObject}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseFormatJSONObject = import("./types/ResponseFormatJsonObject.ts").ResponseFormatJsonObject

/**
 * The official SDK's name for {@link ResponseFormatJsonSchema}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseFormatJSONSchema = import("./types/ResponseFormatJsonSchema.ts").ResponseFormatJsonSchema

/**
 * The official SDK's name for {@link AssistantTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { AssistantTool } from "./types/AssistantTool.ts"

/**
 * The official SDK's name for {@link FunctionParameters}.
 *
 * @category params
 * @since 0.1.0
 */
export type { FunctionParameters } from "./types/FunctionParameters.ts"

/**
 * The official SDK's name for {@link ResponseFormatText}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ResponseFormatText } from "./types/ResponseFormatText.ts"

/**
 * `POST /assistants`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/assistants/createAssistant
 * @example
 * const assistant = yield* Assistants.create({ model: "gpt-5" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Assistant, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createAssistant",
    method: "POST",
    path: "/assistants",
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /assistants/{assistant_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/assistants/getAssistant
 * @example
 * const assistant = yield* Assistants.retrieve("assistant_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  assistantId: string,
  options?: RequestOptions
): Effect.Effect<Assistant, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getAssistant",
    method: "GET",
    path: Operation.path`/assistants/${assistantId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /assistants/{assistant_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/assistants/modifyAssistant
 * @example
 * const assistant = yield* Assistants.update("assistant_abc123")
 * @category operations
 * @since 0.1.0
 */
export const update = (
  assistantId: string,
  params: UpdateParams = {},
  options?: RequestOptions
): Effect.Effect<Assistant, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "modifyAssistant",
    method: "POST",
    path: Operation.path`/assistants/${assistantId}`,
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /assistants` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/assistants/listAssistants
 * @example
 * const items = yield* Assistants.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<Assistant, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listAssistants",
    method: "GET",
    path: "/assistants",
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /assistants`: one page, with the cursor to the next.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/assistants/listAssistants
 * @example
 * const page = yield* Assistants.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Assistant>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listAssistants",
    method: "GET",
    path: "/assistants",
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `DELETE /assistants/{assistant_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/assistants/deleteAssistant
 * @example
 * const assistantDeleted = yield* Assistants.delete("assistant_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  assistantId: string,
  options?: RequestOptions
): Effect.Effect<AssistantDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteAssistant",
    method: "DELETE",
    path: Operation.path`/assistants/${assistantId}`,
    beta: "assistants=v2"
  }, options)

export { delete_ as delete }
