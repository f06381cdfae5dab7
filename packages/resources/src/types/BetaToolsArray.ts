/**
 * The `BetaToolsArray` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaTool } from "./BetaTool.ts"

export type BetaToolsArray = ReadonlyArray<BetaTool>
