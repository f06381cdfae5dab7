/**
 * The `Embedding` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface Embedding {
  readonly index: number
  readonly embedding: ReadonlyArray<number>
  readonly object: "embedding"
}
