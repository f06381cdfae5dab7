/**
 * The `FunctionCallOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionCallItemStatus } from "./FunctionCallItemStatus.ts"
import type { InputFileContentParam } from "./InputFileContentParam.ts"
import type { InputImageContentParamAutoParam } from "./InputImageContentParamAutoParam.ts"
import type { InputTextContentParam } from "./InputTextContentParam.ts"
import type { ToolCallCallerParam } from "./ToolCallCallerParam.ts"

export interface FunctionCallOutputItemParam {
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  /** @default "function_call_output" */
  readonly type: "function_call_output"
  /** @maxLength 10485760 */
  readonly output:
    | string
    | ReadonlyArray<InputTextContentParam | InputImageContentParamAutoParam | InputFileContentParam>
  /**
   * @minLength 1
   * @maxLength 128
   */
  readonly name?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   * @pattern ^[a-zA-Z0-9_-]+$
   */
  readonly namespace?: string | null | undefined
  readonly caller?: ToolCallCallerParam | null | undefined
  readonly status?: FunctionCallItemStatus | null | undefined
}
