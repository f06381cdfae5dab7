/**
 * The `ErrorEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Error } from "./Error.ts"

export interface ErrorEvent {
  readonly event: "error"
  readonly data: Error
}
