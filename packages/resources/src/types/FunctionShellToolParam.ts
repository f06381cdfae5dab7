/**
 * The `FunctionShellToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CallableToolAllowedCaller } from "./CallableToolAllowedCaller.ts"
import type { ContainerAutoParam } from "./ContainerAutoParam.ts"
import type { ContainerReferenceParam } from "./ContainerReferenceParam.ts"
import type { LocalEnvironmentParam } from "./LocalEnvironmentParam.ts"

export interface FunctionShellToolParam {
  /** @default "shell" */
  readonly type: "shell"
  readonly environment?: ContainerAutoParam | LocalEnvironmentParam | ContainerReferenceParam | null | undefined
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<CallableToolAllowedCaller> | null | undefined
}
