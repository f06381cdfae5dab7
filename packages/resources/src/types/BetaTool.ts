/**
 * The `BetaTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaApplyPatchToolParam } from "./BetaApplyPatchToolParam.ts"
import type { BetaCodeInterpreterTool } from "./BetaCodeInterpreterTool.ts"
import type { BetaComputerTool } from "./BetaComputerTool.ts"
import type { BetaComputerUsePreviewTool } from "./BetaComputerUsePreviewTool.ts"
import type { BetaCustomToolParam } from "./BetaCustomToolParam.ts"
import type { BetaFileSearchTool } from "./BetaFileSearchTool.ts"
import type { BetaFunctionShellToolParam } from "./BetaFunctionShellToolParam.ts"
import type { BetaFunctionTool } from "./BetaFunctionTool.ts"
import type { BetaImageGenTool } from "./BetaImageGenTool.ts"
import type { BetaLocalShellToolParam } from "./BetaLocalShellToolParam.ts"
import type { BetaMCPTool } from "./BetaMCPTool.ts"
import type { BetaNamespaceToolParam } from "./BetaNamespaceToolParam.ts"
import type { BetaProgrammaticToolCallingParam } from "./BetaProgrammaticToolCallingParam.ts"
import type { BetaToolSearchToolParam } from "./BetaToolSearchToolParam.ts"
import type { BetaWebSearchPreviewTool } from "./BetaWebSearchPreviewTool.ts"
import type { BetaWebSearchTool } from "./BetaWebSearchTool.ts"

export type BetaTool =
  | BetaFunctionTool
  | BetaFileSearchTool
  | BetaComputerTool
  | BetaComputerUsePreviewTool
  | BetaWebSearchTool
  | BetaMCPTool
  | BetaCodeInterpreterTool
  | BetaProgrammaticToolCallingParam
  | BetaImageGenTool
  | BetaLocalShellToolParam
  | BetaFunctionShellToolParam
  | BetaCustomToolParam
  | BetaNamespaceToolParam
  | BetaToolSearchToolParam
  | BetaWebSearchPreviewTool
  | BetaApplyPatchToolParam
