/**
 * The `FineTuneDPOMethod` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FineTuneDPOHyperparameters } from "./FineTuneDPOHyperparameters.ts"

export interface FineTuneDPOMethod {
  readonly hyperparameters?: FineTuneDPOHyperparameters | undefined
}
