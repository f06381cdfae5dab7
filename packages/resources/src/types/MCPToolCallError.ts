/**
 * The `MCPToolCallError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { HTTPError } from "./HTTPError.ts"
import type { MCPProtocolError } from "./MCPProtocolError.ts"
import type { MCPToolExecutionError } from "./MCPToolExecutionError.ts"

export type MCPToolCallError = MCPProtocolError | MCPToolExecutionError | HTTPError
