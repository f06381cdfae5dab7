/**
 * The `WebSearchContextSize` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

/** @default "medium" */
export type WebSearchContextSize = "low" | "medium" | "high"
