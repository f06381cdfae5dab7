/**
 * The `InputItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CompactionTriggerItemParam } from "./CompactionTriggerItemParam.ts"
import type { EasyInputMessage } from "./EasyInputMessage.ts"
import type { Item } from "./Item.ts"
import type { ItemReferenceParam } from "./ItemReferenceParam.ts"
import type { ProgramItemParam } from "./ProgramItemParam.ts"
import type { ProgramOutputItemParam } from "./ProgramOutputItemParam.ts"

export type InputItem =
  | EasyInputMessage
  | Item
  | CompactionTriggerItemParam
  | ItemReferenceParam
  | ProgramItemParam
  | ProgramOutputItemParam
