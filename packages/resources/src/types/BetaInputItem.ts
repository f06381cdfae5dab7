/**
 * The `BetaInputItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCompactionTriggerItemParam } from "./BetaCompactionTriggerItemParam.ts"
import type { BetaEasyInputMessage } from "./BetaEasyInputMessage.ts"
import type { BetaItem } from "./BetaItem.ts"
import type { BetaItemReferenceParam } from "./BetaItemReferenceParam.ts"
import type { BetaProgramItemParam } from "./BetaProgramItemParam.ts"
import type { BetaProgramOutputItemParam } from "./BetaProgramOutputItemParam.ts"

export type BetaInputItem =
  | BetaEasyInputMessage
  | BetaItem
  | BetaCompactionTriggerItemParam
  | BetaItemReferenceParam
  | BetaProgramItemParam
  | BetaProgramOutputItemParam
