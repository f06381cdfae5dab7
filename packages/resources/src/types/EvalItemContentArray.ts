/**
 * The `EvalItemContentArray` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalItemContentItem } from "./EvalItemContentItem.ts"

export type EvalItemContentArray = ReadonlyArray<EvalItemContentItem>
