/**
 * The `ProvenanceResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { C2PAProvenanceResult } from "./C2PAProvenanceResult.ts"
import type { ProvenanceCheckObject } from "./ProvenanceCheckObject.ts"
import type { SynthIDProvenanceResult } from "./SynthIDProvenanceResult.ts"

export interface ProvenanceResource {
  readonly object: ProvenanceCheckObject
  /** @format unixtime */
  readonly created_at: number
  readonly results: ReadonlyArray<C2PAProvenanceResult | SynthIDProvenanceResult>
}
