/**
 * The `StaticChunkingStrategy` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface StaticChunkingStrategy {
  /**
   * @minimum 100
   * @maximum 4096
   */
  readonly max_chunk_size_tokens: number
  readonly chunk_overlap_tokens: number
}
