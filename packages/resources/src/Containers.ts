/**
 * The `containers` resource of the OpenAI API: `create`, `retrieve`, `list`, `listPage`, `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/containers
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { ContainerResource } from "./types/ContainerResource.ts"
import type { CreateContainerBody } from "./types/CreateContainerBody.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateContainerBody

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
  readonly name?: string | undefined
}

/**
 * The official SDK's name for {@link ContainerResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ContainerCreateResponse = ContainerResource

/**
 * The official SDK's name for {@link ContainerResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ContainerRetrieveResponse = ContainerResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ContainerCreateParams = CreateParams

/**
 * The official SDK's name for {@link ContainerNetworkPolicyAllowlistParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ContainerNetworkPolicyAllowlist =
  import("./types/ContainerNetworkPolicyAllowlistParam.ts").ContainerNetworkPolicyAllowlistParam

/**
 * The official SDK's name for {@link ContainerNetworkPolicyDisabledParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ContainerNetworkPolicyDisabled =
  import("./types/ContainerNetworkPolicyDisabledParam.ts").ContainerNetworkPolicyDisabledParam

/**
 * The official SDK's name for {@link ContainerNetworkPolicyDomainSecretParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ContainerNetworkPolicyDomainSecret =
  import("./types/ContainerNetworkPolicyDomainSecretParam.ts").ContainerNetworkPolicyDomainSecretParam

/**
 * The official SDK's name for {@link InlineSkillParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type InlineSkill = import("./types/InlineSkillParam.ts").InlineSkillParam

/**
 * The official SDK's name for {@link InlineSkillSourceParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type InlineSkillSource = import("./types/InlineSkillSourceParam.ts").InlineSkillSourceParam

/**
 * The official SDK's name for {@link SkillReferenceParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type SkillReference = import("./types/SkillReferenceParam.ts").SkillReferenceParam

/**
 * `POST /containers`.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/post
 * @example
 * const containerCreateResponse = yield* Containers.create({ name: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<ContainerCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "CreateContainer", method: "POST", path: "/containers", body: params }, options)

/**
 * `GET /containers/{container_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/get
 * @example
 * const containerRetrieveResponse = yield* Containers.retrieve("container_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  containerId: string,
  options?: RequestOptions
): Effect.Effect<ContainerCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "RetrieveContainer", method: "GET", path: Operation.path`/containers/${containerId}` },
    options
  )

/**
 * `GET /containers` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/get
 * @example
 * const items = yield* Containers.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ContainerCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.list(
    "cursor",
    { operationId: "ListContainers", method: "GET", path: "/containers", query: params },
    options
  )

/**
 * `GET /containers`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/get
 * @example
 * const page = yield* Containers.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ContainerCreateResponse>, OpenAIError, OpenAIClient> =>
  Operation.page(
    "cursor",
    { operationId: "ListContainers", method: "GET", path: "/containers", query: params },
    options
  )

/**
 * `DELETE /containers/{container_id}`: no response body.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/delete
 * @example
 * yield* Containers.delete("container_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  containerId: string,
  options?: RequestOptions
): Effect.Effect<void, OpenAIError, OpenAIClient> =>
  Operation.empty({
    operationId: "DeleteContainer",
    method: "DELETE",
    path: Operation.path`/containers/${containerId}`
  }, options)

export { delete_ as delete }
