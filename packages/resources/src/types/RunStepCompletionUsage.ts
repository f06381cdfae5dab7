/**
 * The `RunStepCompletionUsage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type RunStepCompletionUsage = {
  readonly completion_tokens: number
  readonly prompt_tokens: number
  readonly total_tokens: number
} | null
