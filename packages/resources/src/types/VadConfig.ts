/**
 * The `VadConfig` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface VadConfig {
  readonly type: "server_vad"
  /** @default 300 */
  readonly prefix_padding_ms?: number | undefined
  /** @default 200 */
  readonly silence_duration_ms?: number | undefined
  /** @default 0.5 */
  readonly threshold?: number | undefined
}
