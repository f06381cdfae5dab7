/**
 * The `WorkflowParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { WorkflowTracingParam } from "./WorkflowTracingParam.ts"

export interface WorkflowParam {
  readonly id: string
  readonly version?: string | undefined
  /** @maxProperties 64 */
  readonly state_variables?: { readonly [key: string]: string | number | boolean } | undefined
  readonly tracing?: WorkflowTracingParam | undefined
}
