/**
 * The `VoiceIdsOrCustomVoice` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { VoiceIdsShared } from "./VoiceIdsShared.ts"

export type VoiceIdsOrCustomVoice = VoiceIdsShared | {
  readonly id: string
}
