/**
 * The `ContainerResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ContainerResource {
  readonly id: string
  readonly object: string
  readonly name: string
  /** @format unixtime */
  readonly created_at: number
  readonly status: string
  /** @format unixtime */
  readonly last_active_at?: number | undefined
  readonly expires_after?: {
    readonly anchor?: "last_active_at" | undefined
    readonly minutes?: number | undefined
  } | undefined
  readonly memory_limit?: "1g" | "4g" | "16g" | "64g" | undefined
  readonly network_policy?: {
    readonly type: "allowlist" | "disabled"
    readonly allowed_domains?: ReadonlyArray<string> | undefined
  } | undefined
}
