/**
 * The `admin.organization.projects.certificates` resource of the OpenAI API: `list`, `listPage`,
 * `activate`, `activatePage`, `deactivate`, `deactivatePage`.
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
import type { OrganizationProjectCertificate } from "./types/OrganizationProjectCertificate.ts"
import type { ToggleCertificatesRequest } from "./types/ToggleCertificatesRequest.ts"

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
 * `GET /organization/projects/{project_id}/certificates` as a `Stream` of items, fetching pages as
 * they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/listProjectCertificates
 * @example
 * const items = yield* AdminOrganizationProjectsCertificates.list("project_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<OrganizationProjectCertificate, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "listProjectCertificates",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/certificates`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/certificates`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/listProjectCertificates
 * @example
 * const page = yield* AdminOrganizationProjectsCertificates.listPage("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<OrganizationProjectCertificate>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "listProjectCertificates",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/certificates`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/certificates/activate` as a `Stream` of the items of its
 * one page.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/activateProjectCertificates
 * @example
 * const items = yield* AdminOrganizationProjectsCertificates.activate("project_abc123", { certificate_ids: ["cert_abc"] }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const activate = (
  projectId: string,
  params: ActivateParams,
  options?: RequestOptions
): Stream.Stream<OrganizationProjectCertificate, OpenAIError, OpenAIClient> =>
  Operation.list("single", {
    operationId: "activateProjectCertificates",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/certificates/activate`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/certificates/activate`: the one page of items.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/activateProjectCertificates
 * @example
 * const page = yield* AdminOrganizationProjectsCertificates.activatePage("project_abc123", {
 *   certificate_ids: ["cert_abc"]
 * })
 * @category operations
 * @since 0.1.0
 */
export const activatePage = (
  projectId: string,
  params: ActivateParams,
  options?: RequestOptions
): Effect.Effect<Page<OrganizationProjectCertificate>, OpenAIError, OpenAIClient> =>
  Operation.page("single", {
    operationId: "activateProjectCertificates",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/certificates/activate`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/certificates/deactivate` as a `Stream` of the items of its
 * one page.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/deactivateProjectCertificates
 * @example
 * const items = yield* AdminOrganizationProjectsCertificates.deactivate("project_abc123", {
 *   certificate_ids: ["cert_abc"]
 * }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const deactivate = (
  projectId: string,
  params: DeactivateParams,
  options?: RequestOptions
): Stream.Stream<OrganizationProjectCertificate, OpenAIError, OpenAIClient> =>
  Operation.list("single", {
    operationId: "deactivateProjectCertificates",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/certificates/deactivate`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/certificates/deactivate`: the one page of items.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/deactivateProjectCertificates
 * @example
 * const page = yield* AdminOrganizationProjectsCertificates.deactivatePage("project_abc123", {
 *   certificate_ids: ["cert_abc"]
 * })
 * @category operations
 * @since 0.1.0
 */
export const deactivatePage = (
  projectId: string,
  params: DeactivateParams,
  options?: RequestOptions
): Effect.Effect<Page<OrganizationProjectCertificate>, OpenAIError, OpenAIClient> =>
  Operation.page("single", {
    operationId: "deactivateProjectCertificates",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/certificates/deactivate`,
    body: params,
    auth: "admin"
  }, options)
