/**
 * The `BetaOutputContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaOutputTextContent } from "./BetaOutputTextContent.ts"
import type { BetaReasoningTextContent } from "./BetaReasoningTextContent.ts"
import type { BetaRefusalContent } from "./BetaRefusalContent.ts"

export type BetaOutputContent = BetaOutputTextContent | BetaRefusalContent | BetaReasoningTextContent
