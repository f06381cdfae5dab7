/**
 * The `EvalItemContentItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalItemContentOutputText } from "./EvalItemContentOutputText.ts"
import type { EvalItemContentText } from "./EvalItemContentText.ts"
import type { EvalItemInputImage } from "./EvalItemInputImage.ts"
import type { InputAudio } from "./InputAudio.ts"
import type { InputTextContent } from "./InputTextContent.ts"

export type EvalItemContentItem =
  | EvalItemContentText
  | InputTextContent
  | EvalItemContentOutputText
  | EvalItemInputImage
  | InputAudio
