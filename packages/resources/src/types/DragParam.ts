/**
 * The `DragParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CoordParam } from "./CoordParam.ts"

export interface DragParam {
  /** @default "drag" */
  readonly type: "drag"
  readonly path: ReadonlyArray<CoordParam>
  readonly keys?: ReadonlyArray<string> | null | undefined
}
