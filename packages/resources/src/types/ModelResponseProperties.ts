/**
 * The `ModelResponseProperties` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Metadata } from "./Metadata.ts"

export interface ModelResponseProperties {
  readonly metadata?: Metadata | undefined
  /**
   * @minimum 0
   * @maximum 20
   */
  readonly top_logprobs?: number | null | undefined
  /**
   * @default 1
   * @minimum 0
   * @maximum 2
   */
  readonly temperature?: number | null | undefined
  /**
   * @default 1
   * @minimum 0
   * @maximum 1
   */
  readonly top_p?: number | null | undefined
  /** @deprecated */
  readonly user?: string | undefined
  /** @maxLength 64 */
  readonly safety_identifier?: string | null | undefined
  readonly prompt_cache_key?: string | null | undefined
  /** @deprecated */
  readonly prompt_cache_retention?: "in_memory" | "24h" | null | undefined
}
