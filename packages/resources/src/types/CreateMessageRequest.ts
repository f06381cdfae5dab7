/**
 * The `CreateMessageRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AssistantToolsCode } from "./AssistantToolsCode.ts"
import type { AssistantToolsFileSearchTypeOnly } from "./AssistantToolsFileSearchTypeOnly.ts"
import type { MessageContentImageFileObject } from "./MessageContentImageFileObject.ts"
import type { MessageContentImageUrlObject } from "./MessageContentImageUrlObject.ts"
import type { MessageRequestContentTextObject } from "./MessageRequestContentTextObject.ts"
import type { Metadata } from "./Metadata.ts"

export interface CreateMessageRequest {
  readonly role: "user" | "assistant"
  /** @minItems 1 */
  readonly content:
    | string
    | ReadonlyArray<MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject>
  readonly attachments?:
    | ReadonlyArray<{
      readonly file_id?: string | undefined
      readonly tools?: ReadonlyArray<AssistantToolsCode | AssistantToolsFileSearchTypeOnly> | undefined
    }>
    | null
    | undefined
  readonly metadata?: Metadata | undefined
}
