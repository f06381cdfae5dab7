/**
 * The `InputMessageContentList` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InputContent } from "./InputContent.ts"

export type InputMessageContentList = ReadonlyArray<InputContent>
