/**
 * The `uploads` resource of the OpenAI API: `create`, `cancel`, `complete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/uploads
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { CompleteUploadRequest } from "./types/CompleteUploadRequest.ts"
import type { CreateUploadRequest } from "./types/CreateUploadRequest.ts"
import type { Upload } from "./types/Upload.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateUploadRequest

/**
 * The parameters of {@link complete}.
 *
 * @category params
 * @since 0.1.0
 */
export type CompleteParams = CompleteUploadRequest

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UploadCreateParams = CreateParams

/**
 * The official SDK's name for {@link CompleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UploadCompleteParams = CompleteParams

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type FilePurpose = NonNullable<import("./types/CreateUploadRequest.ts").CreateUploadRequest["purpose"]>

/**
 * `POST /uploads`.
 *
 * @see https://platform.openai.com/docs/api-reference/uploads/createUpload
 * @example
 * const upload = yield* Uploads.create({ filename: "example", purpose: "assistants", bytes: 0, mime_type: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Upload, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "createUpload", method: "POST", path: "/uploads", body: params }, options)

/**
 * `POST /uploads/{upload_id}/cancel`.
 *
 * @see https://platform.openai.com/docs/api-reference/uploads/cancelUpload
 * @example
 * const upload = yield* Uploads.cancel("upload_abc123")
 * @category operations
 * @since 0.1.0
 */
export const cancel = (uploadId: string, options?: RequestOptions): Effect.Effect<Upload, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "cancelUpload", method: "POST", path: Operation.path`/uploads/${uploadId}/cancel` },
    options
  )

/**
 * `POST /uploads/{upload_id}/complete`.
 *
 * @see https://platform.openai.com/docs/api-reference/uploads/completeUpload
 * @example
 * const upload = yield* Uploads.complete("upload_abc123", { part_ids: ["example"] })
 * @category operations
 * @since 0.1.0
 */
export const complete = (
  uploadId: string,
  params: CompleteParams,
  options?: RequestOptions
): Effect.Effect<Upload, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "completeUpload",
    method: "POST",
    path: Operation.path`/uploads/${uploadId}/complete`,
    body: params
  }, options)
