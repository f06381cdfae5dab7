/**
 * The `C2PAProvenanceResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { C2PAValidationStateApi } from "./C2PAValidationStateApi.ts"
import type { ProvenanceDetectionResultApi } from "./ProvenanceDetectionResultApi.ts"

export interface C2PAProvenanceResult {
  /** @default "c2pa" */
  readonly type: "c2pa"
  readonly outcome: ProvenanceDetectionResultApi
  readonly validation_state: C2PAValidationStateApi
  readonly issuer: string | null
  readonly model: string | null
  readonly generated_at: string | null
}
