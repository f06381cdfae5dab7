/**
 * The `BetaOutputTextContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAnnotation } from "./BetaAnnotation.ts"
import type { BetaLogProb } from "./BetaLogProb.ts"

export interface BetaOutputTextContent {
  /** @default "output_text" */
  readonly type: "output_text"
  readonly text: string
  readonly annotations: ReadonlyArray<BetaAnnotation>
  readonly logprobs?: ReadonlyArray<BetaLogProb> | undefined
}
