/**
 * The `admin.organization.certificates` resource of the OpenAI API: `create`, `retrieve`, `update`,
 * `list`, `listPage`, `delete`, `activate`, `activatePage`, `deactivate`, `deactivatePage`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/administration
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { Certificate } from "./types/Certificate.ts"
import type { DeleteCertificateResponse } from "./types/DeleteCertificateResponse.ts"
import type { ModifyCertificateRequest } from "./types/ModifyCertificateRequest.ts"
import type { OrganizationCertificate } from "./types/OrganizationCertificate.ts"
import type { ToggleCertificatesRequest } from "./types/ToggleCertificatesRequest.ts"
import type { UploadCertificateRequest } from "./types/UploadCertificateRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = UploadCertificateRequest

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly include?: ReadonlyArray<"content"> | undefined
}

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = ModifyCertificateRequest

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /** @default 20 */
  readonly limit?: number | undefined
  readonly after?: string | undefined
  /** @default "desc" */
  readonly order?: "asc" | "desc" | undefined
}

/**
 * The parameters of {@link activate}.
 *
 * @category params
 * @since 0.1.0
 */
export type ActivateParams = ToggleCertificatesRequest

/**
 * The parameters of {@link deactivate}.
 *
 * @category params
 * @since 0.1.0
 */
export type DeactivateParams = ToggleCertificatesRequest

/**
 * The official SDK's name for {@link DeleteCertificateResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type CertificateDeleteResponse = DeleteCertificateResponse

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type CertificateCreateParams = CreateParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type CertificateUpdateParams = UpdateParams

/**
 * The official SDK's name for {@link ActivateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type CertificateActivateParams = ActivateParams

/**
 * The official SDK's name for {@link DeactivateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type CertificateDeactivateParams = DeactivateParams

/**
 * `POST /organization/certificates`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/uploadCertificate
 * @example
 * const certificate = yield* AdminOrganizationCertificates.create({ certificate: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Certificate, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "uploadCertificate",
    method: "POST",
    path: "/organization/certificates",
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/certificates/{certificate_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/getCertificate
 * @example
 * const certificate = yield* AdminOrganizationCertificates.retrieve("certificate_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  certificateId: string,
  params?: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<Certificate, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getCertificate",
    method: "GET",
    path: Operation.path`/organization/certificates/${certificateId}`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/certificates/{certificate_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/modifyCertificate
 * @example
 * const certificate = yield* AdminOrganizationCertificates.update("certificate_abc123")
 * @category operations
 * @since 0.1.0
 */
export const update = (
  certificateId: string,
  params: UpdateParams = {},
  options?: RequestOptions
): Effect.Effect<Certificate, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "modifyCertificate",
    method: "POST",
    path: Operation.path`/organization/certificates/${certificateId}`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/certificates` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/listOrganizationCertificates
 * @example
 * const items = yield* AdminOrganizationCertificates.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<OrganizationCertificate, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "listOrganizationCertificates",
    method: "GET",
    path: "/organization/certificates",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/certificates`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/listOrganizationCertificates
 * @example
 * const page = yield* AdminOrganizationCertificates.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<OrganizationCertificate>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "listOrganizationCertificates",
    method: "GET",
    path: "/organization/certificates",
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/certificates/{certificate_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/deleteCertificate
 * @example
 * const certificateDeleteResponse = yield* AdminOrganizationCertificates.delete("certificate_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  certificateId: string,
  options?: RequestOptions
): Effect.Effect<CertificateDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteCertificate",
    method: "DELETE",
    path: Operation.path`/organization/certificates/${certificateId}`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/certificates/activate` as a `Stream` of the items of its one page.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/activateOrganizationCertificates
 * @example
 * const items = yield* AdminOrganizationCertificates.activate({ certificate_ids: ["cert_abc"] }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const activate = (
  params: ActivateParams,
  options?: RequestOptions
): Stream.Stream<OrganizationCertificate, OpenAIError, OpenAIClient> =>
  Operation.list("single", {
    operationId: "activateOrganizationCertificates",
    method: "POST",
    path: "/organization/certificates/activate",
    body: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/certificates/activate`: the one page of items.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/activateOrganizationCertificates
 * @example
 * const page = yield* AdminOrganizationCertificates.activatePage({ certificate_ids: ["cert_abc"] })
 * @category operations
 * @since 0.1.0
 */
export const activatePage = (
  params: ActivateParams,
  options?: RequestOptions
): Effect.Effect<Page<OrganizationCertificate>, OpenAIError, OpenAIClient> =>
  Operation.page("single", {
    operationId: "activateOrganizationCertificates",
    method: "POST",
    path: "/organization/certificates/activate",
    body: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/certificates/deactivate` as a `Stream` of the items of its one page.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/deactivateOrganizationCertificates
 * @example
 * const items = yield* AdminOrganizationCertificates.deactivate({ certificate_ids: ["cert_abc"] }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const deactivate = (
  params: DeactivateParams,
  options?: RequestOptions
): Stream.Stream<OrganizationCertificate, OpenAIError, OpenAIClient> =>
  Operation.list("single", {
    operationId: "deactivateOrganizationCertificates",
    method: "POST",
    path: "/organization/certificates/deactivate",
    body: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/certificates/deactivate`: the one page of items.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/deactivateOrganizationCertificates
 * @example
 * const page = yield* AdminOrganizationCertificates.deactivatePage({ certificate_ids: ["cert_abc"] })
 * @category operations
 * @since 0.1.0
 */
export const deactivatePage = (
  params: DeactivateParams,
  options?: RequestOptions
): Effect.Effect<Page<OrganizationCertificate>, OpenAIError, OpenAIClient> =>
  Operation.page("single", {
    operationId: "deactivateOrganizationCertificates",
    method: "POST",
    path: "/organization/certificates/deactivate",
    body: params,
    auth: "admin"
  }, options)

export { delete_ as delete }
