/**
 * The `OutputItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AdditionalTools } from "./AdditionalTools.ts"
import type { ApplyPatchToolCall } from "./ApplyPatchToolCall.ts"
import type { ApplyPatchToolCallOutput } from "./ApplyPatchToolCallOutput.ts"
import type { CodeInterpreterToolCall } from "./CodeInterpreterToolCall.ts"
import type { CompactionBody } from "./CompactionBody.ts"
import type { ComputerToolCall } from "./ComputerToolCall.ts"
import type { ComputerToolCallOutputResource } from "./ComputerToolCallOutputResource.ts"
import type { CustomToolCall } from "./CustomToolCall.ts"
import type { CustomToolCallOutputResource } from "./CustomToolCallOutputResource.ts"
import type { FileSearchToolCall } from "./FileSearchToolCall.ts"
import type { FunctionShellCall } from "./FunctionShellCall.ts"
import type { FunctionShellCallOutput } from "./FunctionShellCallOutput.ts"
import type { FunctionToolCall } from "./FunctionToolCall.ts"
import type { FunctionToolCallOutputResource } from "./FunctionToolCallOutputResource.ts"
import type { ImageGenToolCall } from "./ImageGenToolCall.ts"
import type { LocalShellToolCall } from "./LocalShellToolCall.ts"
import type { LocalShellToolCallOutput } from "./LocalShellToolCallOutput.ts"
import type { MCPApprovalRequest } from "./MCPApprovalRequest.ts"
import type { MCPApprovalResponseResource } from "./MCPApprovalResponseResource.ts"
import type { MCPListTools } from "./MCPListTools.ts"
import type { MCPToolCall } from "./MCPToolCall.ts"
import type { OutputMessage } from "./OutputMessage.ts"
import type { Program } from "./Program.ts"
import type { ProgramOutput } from "./ProgramOutput.ts"
import type { ReasoningItem } from "./ReasoningItem.ts"
import type { ToolSearchCall } from "./ToolSearchCall.ts"
import type { ToolSearchOutput } from "./ToolSearchOutput.ts"
import type { WebSearchToolCall } from "./WebSearchToolCall.ts"

export type OutputItem =
  | OutputMessage
  | FileSearchToolCall
  | FunctionToolCall
  | FunctionToolCallOutputResource
  | WebSearchToolCall
  | ComputerToolCall
  | ComputerToolCallOutputResource
  | ReasoningItem
  | Program
  | ProgramOutput
  | ToolSearchCall
  | ToolSearchOutput
  | AdditionalTools
  | CompactionBody
  | ImageGenToolCall
  | CodeInterpreterToolCall
  | LocalShellToolCall
  | LocalShellToolCallOutput
  | FunctionShellCall
  | FunctionShellCallOutput
  | ApplyPatchToolCall
  | ApplyPatchToolCallOutput
  | MCPToolCall
  | MCPListTools
  | MCPApprovalRequest
  | MCPApprovalResponseResource
  | CustomToolCall
  | CustomToolCallOutputResource
