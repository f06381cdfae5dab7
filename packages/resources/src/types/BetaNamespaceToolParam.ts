/**
 * The `BetaNamespaceToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCustomToolParam } from "./BetaCustomToolParam.ts"
import type { BetaFunctionToolParam } from "./BetaFunctionToolParam.ts"

export interface BetaNamespaceToolParam {
  /** @default "namespace" */
  readonly type: "namespace"
  /** @minLength 1 */
  readonly name: string
  readonly description: string
  /** @minItems 1 */
  readonly tools: ReadonlyArray<BetaFunctionToolParam | BetaCustomToolParam>
}
