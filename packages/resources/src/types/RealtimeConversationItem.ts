/**
 * The `RealtimeConversationItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeConversationItemFunctionCall } from "./RealtimeConversationItemFunctionCall.ts"
import type { RealtimeConversationItemFunctionCallOutput } from "./RealtimeConversationItemFunctionCallOutput.ts"
import type { RealtimeConversationItemMessageAssistant } from "./RealtimeConversationItemMessageAssistant.ts"
import type { RealtimeConversationItemMessageSystem } from "./RealtimeConversationItemMessageSystem.ts"
import type { RealtimeConversationItemMessageUser } from "./RealtimeConversationItemMessageUser.ts"
import type { RealtimeMCPApprovalRequest } from "./RealtimeMCPApprovalRequest.ts"
import type { RealtimeMCPApprovalResponse } from "./RealtimeMCPApprovalResponse.ts"
import type { RealtimeMCPListTools } from "./RealtimeMCPListTools.ts"
import type { RealtimeMCPToolCall } from "./RealtimeMCPToolCall.ts"

export type RealtimeConversationItem =
  | RealtimeConversationItemMessageSystem
  | RealtimeConversationItemMessageUser
  | RealtimeConversationItemMessageAssistant
  | RealtimeConversationItemFunctionCall
  | RealtimeConversationItemFunctionCallOutput
  | RealtimeMCPApprovalResponse
  | RealtimeMCPListTools
  | RealtimeMCPToolCall
  | RealtimeMCPApprovalRequest
