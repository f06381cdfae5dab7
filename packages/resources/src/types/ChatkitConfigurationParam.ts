/**
 * The `ChatkitConfigurationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AutomaticThreadTitlingParam } from "./AutomaticThreadTitlingParam.ts"
import type { FileUploadParam } from "./FileUploadParam.ts"
import type { HistoryParam } from "./HistoryParam.ts"

export interface ChatkitConfigurationParam {
  readonly automatic_thread_titling?: AutomaticThreadTitlingParam | undefined
  readonly file_upload?: FileUploadParam | undefined
  readonly history?: HistoryParam | undefined
}
