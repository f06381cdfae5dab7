/**
 * The `FilePurpose` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type FilePurpose = "assistants" | "batch" | "fine-tune" | "vision" | "user_data" | "evals"
