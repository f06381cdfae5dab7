/**
 * The `files` resource of the OpenAI API: `create`, `retrieve`, `list`, `listPage`, `delete`,
 * `content`, `waitForProcessing`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * Hand-written: `waitForProcessing`, in `./extensions/Files.ts`.
 *
 * @see https://platform.openai.com/docs/api-reference/files
 * @since 0.1.0
 */

import type { BinaryResponse } from "@openai-effect/core/BinaryResponse"
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateFileRequest } from "./types/CreateFileRequest.ts"
import type { DeleteFileResponse } from "./types/DeleteFileResponse.ts"
import type { OpenAIFile } from "./types/OpenAIFile.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateFileRequest

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly purpose?: string | undefined
  /** @default 10000 */
  readonly limit?: number | undefined
  /** @default "desc" */
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
}

/**
 * The official SDK's name for {@link OpenAIFile}.
 *
 * @category models
 * @since 0.1.0
 */
export type FileObject = OpenAIFile

/**
 * The official SDK's name for {@link DeleteFileResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type FileDeleted = DeleteFileResponse

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type FileCreateParams = CreateParams

/**
 * The official SDK's name for {@link FilePurpose}.
 *
 * @category params
 * @since 0.1.0
 */
export type { FilePurpose } from "./types/FilePurpose.ts"

/**
 * `POST /files`.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/files/createFile
 * @example
 * const fileObject = yield* Files.create({ file: new File(["example"], "file.jsonl"), purpose: "assistants" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<FileObject, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createFile",
    method: "POST",
    path: "/files",
    body: Operation.multipart(params, ["file"])
  }, options)

/**
 * `GET /files/{file_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/files/retrieveFile
 * @example
 * const fileObject = yield* Files.retrieve("file_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  fileId: string,
  options?: RequestOptions
): Effect.Effect<FileObject, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "retrieveFile", method: "GET", path: Operation.path`/files/${fileId}` }, options)

/**
 * `GET /files` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/files/listFiles
 * @example
 * const items = yield* Files.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<FileObject, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", { operationId: "listFiles", method: "GET", path: "/files", query: params }, options)

/**
 * `GET /files`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/files/listFiles
 * @example
 * const page = yield* Files.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<FileObject>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", { operationId: "listFiles", method: "GET", path: "/files", query: params }, options)

/**
 * `DELETE /files/{file_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/files/deleteFile
 * @example
 * const fileDeleted = yield* Files.delete("file_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  fileId: string,
  options?: RequestOptions
): Effect.Effect<FileDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "deleteFile", method: "DELETE", path: Operation.path`/files/${fileId}` }, options)

/**
 * `GET /files/{file_id}/content`: the response body as a byte stream.
 *
 * @see https://platform.openai.com/docs/api-reference/files/downloadFile
 * @example
 * const response = yield* Files.content("file_abc123")
 * @category operations
 * @since 0.1.0
 */
export const content = (
  fileId: string,
  options?: RequestOptions
): Effect.Effect<BinaryResponse, OpenAIError, OpenAIClient> =>
  Operation.binary(
    { operationId: "downloadFile", method: "GET", path: Operation.path`/files/${fileId}/content` },
    options
  )

export { delete_ as delete }
export * from "./extensions/Files.ts"
