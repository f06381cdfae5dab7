/**
 * The `contentProvenanceChecks` resource of the OpenAI API: `create`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/content_provenance_checks
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { CreateContentProvenanceBody } from "./types/CreateContentProvenanceBody.ts"
import type { ProvenanceResource } from "./types/ProvenanceResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateContentProvenanceBody

/**
 * The official SDK's name for {@link ProvenanceResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ContentProvenanceCheck = ProvenanceResource

/**
 * `POST /content_provenance_checks`.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/content_provenance_checks/Createcontentprovenancecheck
 * @example
 * const contentProvenanceCheck = yield* ContentProvenanceChecks.create({ file: new File(["example"], "file.jsonl") })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<ContentProvenanceCheck, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "Createcontentprovenancecheck",
    method: "POST",
    path: "/content_provenance_checks",
    body: Operation.multipart(params, ["file"])
  }, options)
