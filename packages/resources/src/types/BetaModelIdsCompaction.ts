/**
 * The `BetaModelIdsCompaction` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaModelIdsResponses } from "./BetaModelIdsResponses.ts"

export type BetaModelIdsCompaction = BetaModelIdsResponses | (string & {}) | null
