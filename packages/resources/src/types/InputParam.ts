/**
 * The `InputParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InputItem } from "./InputItem.ts"

export type InputParam = string | ReadonlyArray<InputItem>
