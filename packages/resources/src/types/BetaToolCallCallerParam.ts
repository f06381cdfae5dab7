/**
 * The `BetaToolCallCallerParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaDirectToolCallCallerParam } from "./BetaDirectToolCallCallerParam.ts"
import type { BetaProgramToolCallCallerParam } from "./BetaProgramToolCallCallerParam.ts"

export type BetaToolCallCallerParam = BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam
