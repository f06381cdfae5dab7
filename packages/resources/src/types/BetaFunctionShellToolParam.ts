/**
 * The `BetaFunctionShellToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCallableToolAllowedCaller } from "./BetaCallableToolAllowedCaller.ts"
import type { BetaContainerAutoParam } from "./BetaContainerAutoParam.ts"
import type { BetaContainerReferenceParam } from "./BetaContainerReferenceParam.ts"
import type { BetaLocalEnvironmentParam } from "./BetaLocalEnvironmentParam.ts"

export interface BetaFunctionShellToolParam {
  /** @default "shell" */
  readonly type: "shell"
  readonly environment?:
    | BetaContainerAutoParam
    | BetaLocalEnvironmentParam
    | BetaContainerReferenceParam
    | null
    | undefined
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<BetaCallableToolAllowedCaller> | null | undefined
}
