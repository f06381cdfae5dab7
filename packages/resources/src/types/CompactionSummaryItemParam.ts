/**
 * The `CompactionSummaryItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CompactionSummaryItemParam {
  readonly id?: string | null | undefined
  /** @default "compaction" */
  readonly type: "compaction"
  /** @maxLength 20971520 */
  readonly encrypted_content: string
}
