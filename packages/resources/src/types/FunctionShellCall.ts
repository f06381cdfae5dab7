/**
 * The `FunctionShellCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ContainerReferenceResource } from "./ContainerReferenceResource.ts"
import type { FunctionShellAction } from "./FunctionShellAction.ts"
import type { FunctionShellCallStatus } from "./FunctionShellCallStatus.ts"
import type { LocalEnvironmentResource } from "./LocalEnvironmentResource.ts"
import type { ToolCallCaller } from "./ToolCallCaller.ts"

export interface FunctionShellCall {
  /** @default "shell_call" */
  readonly type: "shell_call"
  readonly id: string
  readonly call_id: string
  readonly caller?: ToolCallCaller | null | undefined
  readonly action: FunctionShellAction
  readonly status: FunctionShellCallStatus
  readonly environment: LocalEnvironmentResource | ContainerReferenceResource | null
  readonly created_by?: string | undefined
}
