/**
 * The `BetaProgramToolCallCallerParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaProgramToolCallCallerParam {
  /** @default "program" */
  readonly type: "program"
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly caller_id: string
}
