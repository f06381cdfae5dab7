/**
 * The `RealtimeTurnDetection` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type RealtimeTurnDetection = {
  /** @default "server_vad" */
  readonly type: "server_vad"
  readonly threshold?: number | undefined
  readonly prefix_padding_ms?: number | undefined
  readonly silence_duration_ms?: number | undefined
  /** @default true */
  readonly create_response?: boolean | undefined
  /** @default true */
  readonly interrupt_response?: boolean | undefined
  /**
   * @minimum 5000
   * @maximum 30000
   */
  readonly idle_timeout_ms?: number | null | undefined
} | {
  readonly type: "semantic_vad"
  /** @default "auto" */
  readonly eagerness?: "low" | "medium" | "high" | "auto" | undefined
  /** @default true */
  readonly create_response?: boolean | undefined
  /** @default true */
  readonly interrupt_response?: boolean | undefined
} | null
