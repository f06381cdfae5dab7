/**
 * The `ConversationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ConversationParam_2 } from "./ConversationParam_2.ts"

export type ConversationParam = string | ConversationParam_2
