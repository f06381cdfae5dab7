/**
 * The `BetaFunctionShellCallItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaContainerReferenceParam } from "./BetaContainerReferenceParam.ts"
import type { BetaFunctionShellActionParam } from "./BetaFunctionShellActionParam.ts"
import type { BetaFunctionShellCallItemStatus } from "./BetaFunctionShellCallItemStatus.ts"
import type { BetaLocalEnvironmentParam } from "./BetaLocalEnvironmentParam.ts"
import type { BetaToolCallCallerParam } from "./BetaToolCallCallerParam.ts"

export interface BetaFunctionShellCallItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  readonly caller?: BetaToolCallCallerParam | null | undefined
  /** @default "shell_call" */
  readonly type: "shell_call"
  readonly action: BetaFunctionShellActionParam
  readonly status?: BetaFunctionShellCallItemStatus | null | undefined
  readonly environment?: BetaLocalEnvironmentParam | BetaContainerReferenceParam | null | undefined
}
