/**
 * The `FileSearchRanker` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type FileSearchRanker = "auto" | "default_2024_08_21"
