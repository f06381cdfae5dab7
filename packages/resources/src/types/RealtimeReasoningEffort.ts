/**
 * The `RealtimeReasoningEffort` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

/** @default "low" */
export type RealtimeReasoningEffort = "minimal" | "low" | "medium" | "high" | "xhigh"
