/**
 * The `TruncationObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface TruncationObject {
  readonly type: "auto" | "last_messages"
  /** @minimum 1 */
  readonly last_messages?: number | null | undefined
}
