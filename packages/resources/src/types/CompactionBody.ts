/**
 * The `CompactionBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CompactionBody {
  /** @default "compaction" */
  readonly type: "compaction"
  readonly id: string
  readonly encrypted_content: string
  readonly created_by?: string | undefined
}
