/**
 * The `uploads.parts` resource of the OpenAI API: `create`.
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
import type { AddUploadPartRequest } from "./types/AddUploadPartRequest.ts"
import type { UploadPart } from "./types/UploadPart.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = AddUploadPartRequest

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type PartCreateParams = CreateParams

/**
 * `POST /uploads/{upload_id}/parts`.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/uploads/addUploadPart
 * @example
 * const uploadPart = yield* UploadsParts.create("upload_abc123", { data: new File(["example"], "part.bin") })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  uploadId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<UploadPart, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "addUploadPart",
    method: "POST",
    path: Operation.path`/uploads/${uploadId}/parts`,
    body: Operation.multipart(params, ["data"])
  }, options)
