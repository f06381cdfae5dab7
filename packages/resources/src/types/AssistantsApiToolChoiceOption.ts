/**
 * The `AssistantsApiToolChoiceOption` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AssistantsNamedToolChoice } from "./AssistantsNamedToolChoice.ts"

export type AssistantsApiToolChoiceOption = "none" | "auto" | "required" | AssistantsNamedToolChoice
