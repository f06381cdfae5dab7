/**
 * The `BetaOutputItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAdditionalTools } from "./BetaAdditionalTools.ts"
import type { BetaAgentMessage } from "./BetaAgentMessage.ts"
import type { BetaApplyPatchToolCall } from "./BetaApplyPatchToolCall.ts"
import type { BetaApplyPatchToolCallOutput } from "./BetaApplyPatchToolCallOutput.ts"
import type { BetaCodeInterpreterToolCall } from "./BetaCodeInterpreterToolCall.ts"
import type { BetaCompactionBody } from "./BetaCompactionBody.ts"
import type { BetaComputerToolCall } from "./BetaComputerToolCall.ts"
import type { BetaComputerToolCallOutputResource } from "./BetaComputerToolCallOutputResource.ts"
import type { BetaCustomToolCall } from "./BetaCustomToolCall.ts"
import type { BetaCustomToolCallOutputResource } from "./BetaCustomToolCallOutputResource.ts"
import type { BetaFileSearchToolCall } from "./BetaFileSearchToolCall.ts"
import type { BetaFunctionShellCall } from "./BetaFunctionShellCall.ts"
import type { BetaFunctionShellCallOutput } from "./BetaFunctionShellCallOutput.ts"
import type { BetaFunctionToolCall } from "./BetaFunctionToolCall.ts"
import type { BetaFunctionToolCallOutputResource } from "./BetaFunctionToolCallOutputResource.ts"
import type { BetaImageGenToolCall } from "./BetaImageGenToolCall.ts"
import type { BetaLocalShellToolCall } from "./BetaLocalShellToolCall.ts"
import type { BetaLocalShellToolCallOutput } from "./BetaLocalShellToolCallOutput.ts"
import type { BetaMCPApprovalRequest } from "./BetaMCPApprovalRequest.ts"
import type { BetaMCPApprovalResponseResource } from "./BetaMCPApprovalResponseResource.ts"
import type { BetaMCPListTools } from "./BetaMCPListTools.ts"
import type { BetaMCPToolCall } from "./BetaMCPToolCall.ts"
import type { BetaMultiAgentCall } from "./BetaMultiAgentCall.ts"
import type { BetaMultiAgentCallOutput } from "./BetaMultiAgentCallOutput.ts"
import type { BetaOutputMessage } from "./BetaOutputMessage.ts"
import type { BetaProgram } from "./BetaProgram.ts"
import type { BetaProgramOutput } from "./BetaProgramOutput.ts"
import type { BetaReasoningItem } from "./BetaReasoningItem.ts"
import type { BetaToolSearchCall } from "./BetaToolSearchCall.ts"
import type { BetaToolSearchOutput } from "./BetaToolSearchOutput.ts"
import type { BetaWebSearchToolCall } from "./BetaWebSearchToolCall.ts"

export type BetaOutputItem =
  | BetaOutputMessage
  | BetaFileSearchToolCall
  | BetaFunctionToolCall
  | BetaFunctionToolCallOutputResource
  | BetaAgentMessage
  | BetaMultiAgentCall
  | BetaMultiAgentCallOutput
  | BetaWebSearchToolCall
  | BetaComputerToolCall
  | BetaComputerToolCallOutputResource
  | BetaReasoningItem
  | BetaProgram
  | BetaProgramOutput
  | BetaToolSearchCall
  | BetaToolSearchOutput
  | BetaAdditionalTools
  | BetaCompactionBody
  | BetaImageGenToolCall
  | BetaCodeInterpreterToolCall
  | BetaLocalShellToolCall
  | BetaLocalShellToolCallOutput
  | BetaFunctionShellCall
  | BetaFunctionShellCallOutput
  | BetaApplyPatchToolCall
  | BetaApplyPatchToolCallOutput
  | BetaMCPToolCall
  | BetaMCPListTools
  | BetaMCPApprovalRequest
  | BetaMCPApprovalResponseResource
  | BetaCustomToolCall
  | BetaCustomToolCallOutputResource
