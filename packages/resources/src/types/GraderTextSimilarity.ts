/**
 * The `GraderTextSimilarity` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface GraderTextSimilarity {
  /** @default "text_similarity" */
  readonly type: "text_similarity"
  readonly name: string
  readonly input: string
  readonly reference: string
  readonly evaluation_metric:
    | "cosine"
    | "fuzzy_match"
    | "bleu"
    | "gleu"
    | "meteor"
    | "rouge_1"
    | "rouge_2"
    | "rouge_3"
    | "rouge_4"
    | "rouge_5"
    | "rouge_l"
}
