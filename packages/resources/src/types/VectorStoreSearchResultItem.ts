/**
 * The `VectorStoreSearchResultItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { VectorStoreFileAttributes } from "./VectorStoreFileAttributes.ts"
import type { VectorStoreSearchResultContentObject } from "./VectorStoreSearchResultContentObject.ts"

export interface VectorStoreSearchResultItem {
  readonly file_id: string
  readonly filename: string
  /**
   * @minimum 0
   * @maximum 1
   */
  readonly score: number
  readonly attributes: VectorStoreFileAttributes
  readonly content: ReadonlyArray<VectorStoreSearchResultContentObject>
}
