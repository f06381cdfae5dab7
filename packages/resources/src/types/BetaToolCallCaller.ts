/**
 * The `BetaToolCallCaller` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaDirectToolCallCaller } from "./BetaDirectToolCallCaller.ts"
import type { BetaProgramToolCallCaller } from "./BetaProgramToolCallCaller.ts"

export type BetaToolCallCaller = BetaDirectToolCallCaller | BetaProgramToolCallCaller
