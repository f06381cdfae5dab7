/**
 * The `ModelIdsCompaction` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModelIdsResponses } from "./ModelIdsResponses.ts"

export type ModelIdsCompaction = ModelIdsResponses | (string & {}) | null
