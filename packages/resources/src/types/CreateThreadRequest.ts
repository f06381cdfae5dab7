/**
 * The `CreateThreadRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CreateMessageRequest } from "./CreateMessageRequest.ts"
import type { Metadata } from "./Metadata.ts"

export interface CreateThreadRequest {
  readonly messages?: ReadonlyArray<CreateMessageRequest> | undefined
  readonly tool_resources?:
    | {
      readonly code_interpreter?: {
        /**
         * @default []
         * @maxItems 20
         */
        readonly file_ids?: ReadonlyArray<string> | undefined
      } | undefined
      readonly file_search?: {
        /** @maxItems 1 */
        readonly vector_store_ids: ReadonlyArray<string>
        /** @maxItems 1 */
        readonly vector_stores?:
          | ReadonlyArray<{
            /** @maxItems 100000000 */
            readonly file_ids?: ReadonlyArray<string> | undefined
            readonly chunking_strategy?: {
              readonly type: "auto"
            } | {
              readonly type: "static"
              readonly static: {
                /**
                 * @minimum 100
                 * @maximum 4096
                 */
                readonly max_chunk_size_tokens: number
                readonly chunk_overlap_tokens: number
              }
            } | undefined
            readonly metadata?: Metadata | undefined
          }>
          | undefined
      } | {
        /** @maxItems 1 */
        readonly vector_store_ids?: ReadonlyArray<string> | undefined
        /** @maxItems 1 */
        readonly vector_stores: ReadonlyArray<{
          /** @maxItems 100000000 */
          readonly file_ids?: ReadonlyArray<string> | undefined
          readonly chunking_strategy?: {
            readonly type: "auto"
          } | {
            readonly type: "static"
            readonly static: {
              /**
               * @minimum 100
               * @maximum 4096
               */
              readonly max_chunk_size_tokens: number
              readonly chunk_overlap_tokens: number
            }
          } | undefined
          readonly metadata?: Metadata | undefined
        }>
      } | undefined
    }
    | null
    | undefined
  readonly metadata?: Metadata | undefined
}
