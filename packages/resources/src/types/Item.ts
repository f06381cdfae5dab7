/**
 * The `Item` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AdditionalToolsItemParam } from "./AdditionalToolsItemParam.ts"
import type { ApplyPatchToolCallItemParam } from "./ApplyPatchToolCallItemParam.ts"
import type { ApplyPatchToolCallOutputItemParam } from "./ApplyPatchToolCallOutputItemParam.ts"
import type { CodeInterpreterToolCall } from "./CodeInterpreterToolCall.ts"
import type { CompactionSummaryItemParam } from "./CompactionSummaryItemParam.ts"
import type { ComputerCallOutputItemParam } from "./ComputerCallOutputItemParam.ts"
import type { ComputerToolCall } from "./ComputerToolCall.ts"
import type { CustomToolCall } from "./CustomToolCall.ts"
import type { CustomToolCallOutput } from "./CustomToolCallOutput.ts"
import type { FileSearchToolCall } from "./FileSearchToolCall.ts"
import type { FunctionCallOutputItemParam } from "./FunctionCallOutputItemParam.ts"
import type { FunctionShellCallItemParam } from "./FunctionShellCallItemParam.ts"
import type { FunctionShellCallOutputItemParam } from "./FunctionShellCallOutputItemParam.ts"
import type { FunctionToolCall } from "./FunctionToolCall.ts"
import type { ImageGenToolCall } from "./ImageGenToolCall.ts"
import type { InputMessage } from "./InputMessage.ts"
import type { LocalShellToolCall } from "./LocalShellToolCall.ts"
import type { LocalShellToolCallOutput } from "./LocalShellToolCallOutput.ts"
import type { MCPApprovalRequest } from "./MCPApprovalRequest.ts"
import type { MCPApprovalResponse } from "./MCPApprovalResponse.ts"
import type { MCPListTools } from "./MCPListTools.ts"
import type { MCPToolCall } from "./MCPToolCall.ts"
import type { OutputMessage } from "./OutputMessage.ts"
import type { ReasoningItem } from "./ReasoningItem.ts"
import type { ToolSearchCallItemParam } from "./ToolSearchCallItemParam.ts"
import type { ToolSearchOutputItemParam } from "./ToolSearchOutputItemParam.ts"
import type { WebSearchToolCall } from "./WebSearchToolCall.ts"

export type Item =
  | InputMessage
  | OutputMessage
  | FileSearchToolCall
  | ComputerToolCall
  | ComputerCallOutputItemParam
  | WebSearchToolCall
  | FunctionToolCall
  | FunctionCallOutputItemParam
  | ToolSearchCallItemParam
  | ToolSearchOutputItemParam
  | AdditionalToolsItemParam
  | ReasoningItem
  | CompactionSummaryItemParam
  | ImageGenToolCall
  | CodeInterpreterToolCall
  | LocalShellToolCall
  | LocalShellToolCallOutput
  | FunctionShellCallItemParam
  | FunctionShellCallOutputItemParam
  | ApplyPatchToolCallItemParam
  | ApplyPatchToolCallOutputItemParam
  | MCPListTools
  | MCPApprovalRequest
  | MCPApprovalResponse
  | MCPToolCall
  | CustomToolCallOutput
  | CustomToolCall
