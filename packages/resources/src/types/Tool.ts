/**
 * The `Tool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ApplyPatchToolParam } from "./ApplyPatchToolParam.ts"
import type { CodeInterpreterTool } from "./CodeInterpreterTool.ts"
import type { ComputerTool } from "./ComputerTool.ts"
import type { ComputerUsePreviewTool } from "./ComputerUsePreviewTool.ts"
import type { CustomToolParam } from "./CustomToolParam.ts"
import type { FileSearchTool } from "./FileSearchTool.ts"
import type { FunctionShellToolParam } from "./FunctionShellToolParam.ts"
import type { FunctionTool } from "./FunctionTool.ts"
import type { ImageGenTool } from "./ImageGenTool.ts"
import type { LocalShellToolParam } from "./LocalShellToolParam.ts"
import type { MCPTool } from "./MCPTool.ts"
import type { NamespaceToolParam } from "./NamespaceToolParam.ts"
import type { ProgrammaticToolCallingParam } from "./ProgrammaticToolCallingParam.ts"
import type { ToolSearchToolParam } from "./ToolSearchToolParam.ts"
import type { WebSearchPreviewTool } from "./WebSearchPreviewTool.ts"
import type { WebSearchTool } from "./WebSearchTool.ts"

export type Tool =
  | FunctionTool
  | FileSearchTool
  | ComputerTool
  | ComputerUsePreviewTool
  | WebSearchTool
  | MCPTool
  | CodeInterpreterTool
  | ProgrammaticToolCallingParam
  | ImageGenTool
  | LocalShellToolParam
  | FunctionShellToolParam
  | CustomToolParam
  | NamespaceToolParam
  | ToolSearchToolParam
  | WebSearchPreviewTool
  | ApplyPatchToolParam
