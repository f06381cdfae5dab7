/**
 * The `VideoSize` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type VideoSize = "720x1280" | "1280x720" | "1024x1792" | "1792x1024"
