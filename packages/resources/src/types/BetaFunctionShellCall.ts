/**
 * The `BetaFunctionShellCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaContainerReferenceResource } from "./BetaContainerReferenceResource.ts"
import type { BetaFunctionShellAction } from "./BetaFunctionShellAction.ts"
import type { BetaFunctionShellCallStatus } from "./BetaFunctionShellCallStatus.ts"
import type { BetaLocalEnvironmentResource } from "./BetaLocalEnvironmentResource.ts"
import type { BetaToolCallCaller } from "./BetaToolCallCaller.ts"

export interface BetaFunctionShellCall {
  readonly agent?: BetaAgentTag | undefined
  /** @default "shell_call" */
  readonly type: "shell_call"
  readonly id: string
  readonly call_id: string
  readonly caller?: BetaToolCallCaller | null | undefined
  readonly action: BetaFunctionShellAction
  readonly status: BetaFunctionShellCallStatus
  readonly environment: BetaLocalEnvironmentResource | BetaContainerReferenceResource | null
  readonly created_by?: string | undefined
}
