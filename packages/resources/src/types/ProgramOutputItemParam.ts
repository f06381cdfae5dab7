/**
 * The `ProgramOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ProgramOutputItemStatus } from "./ProgramOutputItemStatus.ts"

export interface ProgramOutputItemParam {
  readonly id: string
  /** @default "program_output" */
  readonly type: "program_output"
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  /** @maxLength 10485760 */
  readonly result: string
  readonly status: ProgramOutputItemStatus
}
