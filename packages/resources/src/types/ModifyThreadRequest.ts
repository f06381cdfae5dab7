/**
 * The `ModifyThreadRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Metadata } from "./Metadata.ts"

export interface ModifyThreadRequest {
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
        readonly vector_store_ids?: ReadonlyArray<string> | undefined
      } | undefined
    }
    | null
    | undefined
  readonly metadata?: Metadata | undefined
}
