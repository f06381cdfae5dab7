/**
 * The `ChunkingStrategyResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { OtherChunkingStrategyResponseParam } from "./OtherChunkingStrategyResponseParam.ts"
import type { StaticChunkingStrategyResponseParam } from "./StaticChunkingStrategyResponseParam.ts"

export type ChunkingStrategyResponse = StaticChunkingStrategyResponseParam | OtherChunkingStrategyResponseParam
