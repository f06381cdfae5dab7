/**
 * The `BetaAnnotation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaContainerFileCitationBody } from "./BetaContainerFileCitationBody.ts"
import type { BetaFileCitationBody } from "./BetaFileCitationBody.ts"
import type { BetaFilePath } from "./BetaFilePath.ts"
import type { BetaUrlCitationBody } from "./BetaUrlCitationBody.ts"

export type BetaAnnotation = BetaFileCitationBody | BetaUrlCitationBody | BetaContainerFileCitationBody | BetaFilePath
