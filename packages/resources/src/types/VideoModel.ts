/**
 * The `VideoModel` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type VideoModel =
  | "sora-2"
  | "sora-2-pro"
  | "sora-2-2025-10-06"
  | "sora-2-pro-2025-10-06"
  | "sora-2-2025-12-08"
  | (string & {})
