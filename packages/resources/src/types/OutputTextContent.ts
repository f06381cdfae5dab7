/**
 * The `OutputTextContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Annotation } from "./Annotation.ts"
import type { LogProb } from "./LogProb.ts"

export interface OutputTextContent {
  /** @default "output_text" */
  readonly type: "output_text"
  readonly text: string
  readonly annotations: ReadonlyArray<Annotation>
  readonly logprobs?: ReadonlyArray<LogProb> | undefined
}
