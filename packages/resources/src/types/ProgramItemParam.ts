/**
 * The `ProgramItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProgramItemParam {
  readonly id: string
  /** @default "program" */
  readonly type: "program"
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  /** @maxLength 10485760 */
  readonly code: string
  /** @maxLength 10485760 */
  readonly fingerprint: string
}
