/**
 * The `EvalItemContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalItemContentArray } from "./EvalItemContentArray.ts"
import type { EvalItemContentItem } from "./EvalItemContentItem.ts"

export type EvalItemContent = EvalItemContentItem | EvalItemContentArray
