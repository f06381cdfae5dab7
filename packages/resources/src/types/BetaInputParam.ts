/**
 * The `BetaInputParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaInputItem } from "./BetaInputItem.ts"

export type BetaInputParam = string | ReadonlyArray<BetaInputItem>
