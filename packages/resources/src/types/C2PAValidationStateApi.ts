/**
 * The `C2PAValidationStateApi` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type C2PAValidationStateApi = "trusted" | "valid" | "invalid" | "not_present"
