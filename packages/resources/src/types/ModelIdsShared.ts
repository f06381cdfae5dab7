/**
 * The `ModelIdsShared` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatModel } from "./ChatModel.ts"

export type ModelIdsShared = ChatModel | (string & {})
