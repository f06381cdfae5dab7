/**
 * The `BetaOutputTextContentParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaContainerFileCitationParam } from "./BetaContainerFileCitationParam.ts"
import type { BetaFileCitationParam } from "./BetaFileCitationParam.ts"
import type { BetaUrlCitationParam } from "./BetaUrlCitationParam.ts"

export interface BetaOutputTextContentParam {
  /** @default "output_text" */
  readonly type: "output_text"
  /** @maxLength 10485760 */
  readonly text: string
  readonly annotations?:
    | ReadonlyArray<BetaFileCitationParam | BetaUrlCitationParam | BetaContainerFileCitationParam>
    | undefined
}
