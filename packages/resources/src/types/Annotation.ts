/**
 * The `Annotation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ContainerFileCitationBody } from "./ContainerFileCitationBody.ts"
import type { FileCitationBody } from "./FileCitationBody.ts"
import type { FilePath } from "./FilePath.ts"
import type { UrlCitationBody } from "./UrlCitationBody.ts"

export type Annotation = FileCitationBody | UrlCitationBody | ContainerFileCitationBody | FilePath
