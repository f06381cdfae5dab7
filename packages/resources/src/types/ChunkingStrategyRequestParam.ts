/**
 * The `ChunkingStrategyRequestParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AutoChunkingStrategyRequestParam } from "./AutoChunkingStrategyRequestParam.ts"
import type { StaticChunkingStrategyRequestParam } from "./StaticChunkingStrategyRequestParam.ts"

export type ChunkingStrategyRequestParam = AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam
