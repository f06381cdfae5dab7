/**
 * The `MCPToolCallStatus` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type MCPToolCallStatus = "in_progress" | "completed" | "incomplete" | "calling" | "failed"
