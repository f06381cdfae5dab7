/**
 * The `NamespaceToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CustomToolParam } from "./CustomToolParam.ts"
import type { FunctionToolParam } from "./FunctionToolParam.ts"

export interface NamespaceToolParam {
  /** @default "namespace" */
  readonly type: "namespace"
  /** @minLength 1 */
  readonly name: string
  readonly description: string
  /** @minItems 1 */
  readonly tools: ReadonlyArray<FunctionToolParam | CustomToolParam>
}
