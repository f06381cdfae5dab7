/**
 * The `BetaApplyPatchOperationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaApplyPatchCreateFileOperationParam } from "./BetaApplyPatchCreateFileOperationParam.ts"
import type { BetaApplyPatchDeleteFileOperationParam } from "./BetaApplyPatchDeleteFileOperationParam.ts"
import type { BetaApplyPatchUpdateFileOperationParam } from "./BetaApplyPatchUpdateFileOperationParam.ts"

export type BetaApplyPatchOperationParam =
  | BetaApplyPatchCreateFileOperationParam
  | BetaApplyPatchDeleteFileOperationParam
  | BetaApplyPatchUpdateFileOperationParam
