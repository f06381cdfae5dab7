/**
 * The `ApplyPatchOperationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ApplyPatchCreateFileOperationParam } from "./ApplyPatchCreateFileOperationParam.ts"
import type { ApplyPatchDeleteFileOperationParam } from "./ApplyPatchDeleteFileOperationParam.ts"
import type { ApplyPatchUpdateFileOperationParam } from "./ApplyPatchUpdateFileOperationParam.ts"

export type ApplyPatchOperationParam =
  | ApplyPatchCreateFileOperationParam
  | ApplyPatchDeleteFileOperationParam
  | ApplyPatchUpdateFileOperationParam
