/**
 * The `WebhookEvalRunCanceled` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface WebhookEvalRunCanceled {
  /** @format unixtime */
  readonly created_at: number
  readonly id: string
  readonly data: {
    readonly id: string
  }
  readonly object?: "event" | undefined
  readonly type: "eval.run.canceled"
}
