/**
 * The `BetaWebSearchTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaWebSearchApproximateLocation } from "./BetaWebSearchApproximateLocation.ts"

export interface BetaWebSearchTool {
  /** @default "web_search" */
  readonly type: "web_search" | "web_search_2025_08_26"
  /** @default true */
  readonly external_web_access?: boolean | undefined
  readonly filters?:
    | {
      /** @default [] */
      readonly allowed_domains?: ReadonlyArray<string> | null | undefined
    }
    | null
    | undefined
  readonly user_location?: BetaWebSearchApproximateLocation | undefined
  /** @default "medium" */
  readonly search_context_size?: "low" | "medium" | "high" | undefined
}
