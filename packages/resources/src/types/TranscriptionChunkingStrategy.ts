/**
 * The `TranscriptionChunkingStrategy` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { VadConfig } from "./VadConfig.ts"

export type TranscriptionChunkingStrategy = "auto" | VadConfig | null
