/**
 * The `OutputMessageContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { OutputTextContent } from "./OutputTextContent.ts"
import type { RefusalContent } from "./RefusalContent.ts"

export type OutputMessageContent = OutputTextContent | RefusalContent
