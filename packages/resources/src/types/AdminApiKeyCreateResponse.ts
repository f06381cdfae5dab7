/**
 * The `AdminApiKeyCreateResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AdminApiKey } from "./AdminApiKey.ts"

export interface AdminApiKeyCreateResponse extends AdminApiKey {
  readonly value: string
}
