/**
 * The `BetaConversationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaConversationParam_2 } from "./BetaConversationParam_2.ts"

export type BetaConversationParam = string | BetaConversationParam_2
