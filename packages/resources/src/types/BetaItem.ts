/**
 * The `BetaItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAdditionalToolsItemParam } from "./BetaAdditionalToolsItemParam.ts"
import type { BetaAgentMessageItemParam } from "./BetaAgentMessageItemParam.ts"
import type { BetaApplyPatchToolCallItemParam } from "./BetaApplyPatchToolCallItemParam.ts"
import type { BetaApplyPatchToolCallOutputItemParam } from "./BetaApplyPatchToolCallOutputItemParam.ts"
import type { BetaCodeInterpreterToolCall } from "./BetaCodeInterpreterToolCall.ts"
import type { BetaCompactionSummaryItemParam } from "./BetaCompactionSummaryItemParam.ts"
import type { BetaComputerCallOutputItemParam } from "./BetaComputerCallOutputItemParam.ts"
import type { BetaComputerToolCall } from "./BetaComputerToolCall.ts"
import type { BetaCustomToolCall } from "./BetaCustomToolCall.ts"
import type { BetaCustomToolCallOutput } from "./BetaCustomToolCallOutput.ts"
import type { BetaFileSearchToolCall } from "./BetaFileSearchToolCall.ts"
import type { BetaFunctionCallOutputItemParam } from "./BetaFunctionCallOutputItemParam.ts"
import type { BetaFunctionShellCallItemParam } from "./BetaFunctionShellCallItemParam.ts"
import type { BetaFunctionShellCallOutputItemParam } from "./BetaFunctionShellCallOutputItemParam.ts"
import type { BetaFunctionToolCall } from "./BetaFunctionToolCall.ts"
import type { BetaImageGenToolCall } from "./BetaImageGenToolCall.ts"
import type { BetaInputMessage } from "./BetaInputMessage.ts"
import type { BetaLocalShellToolCall } from "./BetaLocalShellToolCall.ts"
import type { BetaLocalShellToolCallOutput } from "./BetaLocalShellToolCallOutput.ts"
import type { BetaMCPApprovalRequest } from "./BetaMCPApprovalRequest.ts"
import type { BetaMCPApprovalResponse } from "./BetaMCPApprovalResponse.ts"
import type { BetaMCPListTools } from "./BetaMCPListTools.ts"
import type { BetaMCPToolCall } from "./BetaMCPToolCall.ts"
import type { BetaMultiAgentCallItemParam } from "./BetaMultiAgentCallItemParam.ts"
import type { BetaMultiAgentCallOutputItemParam } from "./BetaMultiAgentCallOutputItemParam.ts"
import type { BetaOutputMessage } from "./BetaOutputMessage.ts"
import type { BetaReasoningItem } from "./BetaReasoningItem.ts"
import type { BetaToolSearchCallItemParam } from "./BetaToolSearchCallItemParam.ts"
import type { BetaToolSearchOutputItemParam } from "./BetaToolSearchOutputItemParam.ts"
import type { BetaWebSearchToolCall } from "./BetaWebSearchToolCall.ts"

export type BetaItem =
  | BetaInputMessage
  | BetaOutputMessage
  | BetaFileSearchToolCall
  | BetaComputerToolCall
  | BetaComputerCallOutputItemParam
  | BetaWebSearchToolCall
  | BetaFunctionToolCall
  | BetaFunctionCallOutputItemParam
  | BetaAgentMessageItemParam
  | BetaMultiAgentCallItemParam
  | BetaMultiAgentCallOutputItemParam
  | BetaToolSearchCallItemParam
  | BetaToolSearchOutputItemParam
  | BetaAdditionalToolsItemParam
  | BetaReasoningItem
  | BetaCompactionSummaryItemParam
  | BetaImageGenToolCall
  | BetaCodeInterpreterToolCall
  | BetaLocalShellToolCall
  | BetaLocalShellToolCallOutput
  | BetaFunctionShellCallItemParam
  | BetaFunctionShellCallOutputItemParam
  | BetaApplyPatchToolCallItemParam
  | BetaApplyPatchToolCallOutputItemParam
  | BetaMCPListTools
  | BetaMCPApprovalRequest
  | BetaMCPApprovalResponse
  | BetaMCPToolCall
  | BetaCustomToolCallOutput
  | BetaCustomToolCall
