/**
 * The `ChatSessionChatkitConfiguration` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatSessionAutomaticThreadTitling } from "./ChatSessionAutomaticThreadTitling.ts"
import type { ChatSessionFileUpload } from "./ChatSessionFileUpload.ts"
import type { ChatSessionHistory } from "./ChatSessionHistory.ts"

export interface ChatSessionChatkitConfiguration {
  readonly automatic_thread_titling: ChatSessionAutomaticThreadTitling
  readonly file_upload: ChatSessionFileUpload
  readonly history: ChatSessionHistory
}
