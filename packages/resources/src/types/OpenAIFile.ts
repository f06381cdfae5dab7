/**
 * The `OpenAIFile` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface OpenAIFile {
  readonly id: string
  readonly bytes: number
  /** @format unixtime */
  readonly created_at: number
  /** @format unixtime */
  readonly expires_at?: number | undefined
  readonly filename: string
  readonly object: "file"
  readonly purpose:
    | "assistants"
    | "assistants_output"
    | "batch"
    | "batch_output"
    | "fine-tune"
    | "fine-tune-results"
    | "vision"
    | "user_data"
  /** @deprecated */
  readonly status: "uploaded" | "processed" | "error"
  /** @deprecated */
  readonly status_details?: string | undefined
}
