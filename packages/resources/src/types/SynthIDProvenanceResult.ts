/**
 * The `SynthIDProvenanceResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ProvenanceDetectionResultApi } from "./ProvenanceDetectionResultApi.ts"

export interface SynthIDProvenanceResult {
  /** @default "synthid" */
  readonly type: "synthid"
  readonly outcome: ProvenanceDetectionResultApi
  readonly model: string | null
  readonly generated_at: string | null
}
