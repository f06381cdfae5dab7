/**
 * The `InputMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InputMessageContentList } from "./InputMessageContentList.ts"

export interface InputMessage {
  readonly type?: "message" | undefined
  readonly role: "user" | "system" | "developer"
  readonly status?: "in_progress" | "completed" | "incomplete" | undefined
  readonly content: InputMessageContentList
}
