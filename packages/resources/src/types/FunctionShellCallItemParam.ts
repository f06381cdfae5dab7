/**
 * The `FunctionShellCallItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ContainerReferenceParam } from "./ContainerReferenceParam.ts"
import type { FunctionShellActionParam } from "./FunctionShellActionParam.ts"
import type { FunctionShellCallItemStatus } from "./FunctionShellCallItemStatus.ts"
import type { LocalEnvironmentParam } from "./LocalEnvironmentParam.ts"
import type { ToolCallCallerParam } from "./ToolCallCallerParam.ts"

export interface FunctionShellCallItemParam {
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  readonly caller?: ToolCallCallerParam | null | undefined
  /** @default "shell_call" */
  readonly type: "shell_call"
  readonly action: FunctionShellActionParam
  readonly status?: FunctionShellCallItemStatus | null | undefined
  readonly environment?: LocalEnvironmentParam | ContainerReferenceParam | null | undefined
}
