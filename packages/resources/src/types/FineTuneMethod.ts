/**
 * The `FineTuneMethod` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FineTuneDPOMethod } from "./FineTuneDPOMethod.ts"
import type { FineTuneReinforcementMethod } from "./FineTuneReinforcementMethod.ts"
import type { FineTuneSupervisedMethod } from "./FineTuneSupervisedMethod.ts"

export interface FineTuneMethod {
  readonly type: "supervised" | "dpo" | "reinforcement"
  readonly supervised?: FineTuneSupervisedMethod | undefined
  readonly dpo?: FineTuneDPOMethod | undefined
  readonly reinforcement?: FineTuneReinforcementMethod | undefined
}
