/**
 * The `StaticChunkingStrategyResponseParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { StaticChunkingStrategy } from "./StaticChunkingStrategy.ts"

export interface StaticChunkingStrategyResponseParam {
  readonly type: "static"
  readonly static: StaticChunkingStrategy
}
