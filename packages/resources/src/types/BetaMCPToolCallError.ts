/**
 * The `BetaMCPToolCallError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaHTTPError } from "./BetaHTTPError.ts"
import type { BetaMCPProtocolError } from "./BetaMCPProtocolError.ts"
import type { BetaMCPToolExecutionError } from "./BetaMCPToolExecutionError.ts"

export type BetaMCPToolCallError = BetaMCPProtocolError | BetaMCPToolExecutionError | BetaHTTPError
