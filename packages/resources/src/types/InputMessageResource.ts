/**
 * The `InputMessageResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InputMessage } from "./InputMessage.ts"

export interface InputMessageResource extends Omit<InputMessage, "type"> {
  readonly type: "message"
  readonly id: string
}
