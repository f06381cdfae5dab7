/**
 * The `FineTuneSupervisedMethod` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FineTuneSupervisedHyperparameters } from "./FineTuneSupervisedHyperparameters.ts"

export interface FineTuneSupervisedMethod {
  readonly hyperparameters?: FineTuneSupervisedHyperparameters | undefined
}
