/**
 * The `BetaToolChoiceTypes` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaToolChoiceTypes {
  readonly type:
    | "file_search"
    | "web_search_preview"
    | "computer"
    | "computer_use_preview"
    | "computer_use"
    | "web_search_preview_2025_03_11"
    | "image_generation"
    | "code_interpreter"
}
