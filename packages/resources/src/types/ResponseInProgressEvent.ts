/**
 * The `ResponseInProgressEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Response } from "./Response.ts"

export interface ResponseInProgressEvent {
  readonly type: "response.in_progress"
  readonly response: Response
  readonly sequence_number: number
}
