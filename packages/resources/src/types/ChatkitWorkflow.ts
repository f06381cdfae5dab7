/**
 * The `ChatkitWorkflow` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatkitWorkflowTracing } from "./ChatkitWorkflowTracing.ts"

export interface ChatkitWorkflow {
  readonly id: string
  readonly version: string | null
  readonly state_variables: { readonly [key: string]: string | number | boolean } | null
  readonly tracing: ChatkitWorkflowTracing
}
