/**
 * The `RealtimeReasoning` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeReasoningEffort } from "./RealtimeReasoningEffort.ts"

export interface RealtimeReasoning {
  readonly effort?: RealtimeReasoningEffort | undefined
}
