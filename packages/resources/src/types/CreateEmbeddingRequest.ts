/**
 * The `CreateEmbeddingRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CreateEmbeddingRequest {
  /**
   * @default ""
   * @minItems 1
   * @maxItems 2048
   */
  readonly input: string | ReadonlyArray<string> | ReadonlyArray<number> | ReadonlyArray<ReadonlyArray<number>>
  readonly model: "text-embedding-ada-002" | "text-embedding-3-small" | "text-embedding-3-large" | (string & {})
  /** @default "float" */
  readonly encoding_format?: "float" | "base64" | undefined
  /** @minimum 1 */
  readonly dimensions?: number | undefined
  readonly user?: string | undefined
}
