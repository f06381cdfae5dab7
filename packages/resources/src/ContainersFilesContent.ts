/**
 * The `containers.files.content` resource of the OpenAI API: `retrieve`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/containers
 * @since 0.1.0
 */

import type { BinaryResponse } from "@openai-effect/core/BinaryResponse"
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly container_id: string
}

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ContentRetrieveParams = RetrieveParams

/**
 * `GET /containers/{container_id}/files/{file_id}/content`: the response body as a byte stream.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/get
 * @example
 * const response = yield* ContainersFilesContent.retrieve("file_abc123", { container_id: "container_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  fileId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<BinaryResponse, OpenAIError, OpenAIClient> =>
  Operation.binary({
    operationId: "RetrieveContainerFileContent",
    method: "GET",
    path: Operation.path`/containers/${params.container_id}/files/${fileId}/content`
  }, options)
