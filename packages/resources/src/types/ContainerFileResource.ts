/**
 * The `ContainerFileResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ContainerFileResource {
  readonly id: string
  readonly object: "container.file"
  readonly container_id: string
  /** @format unixtime */
  readonly created_at: number
  readonly bytes: number
  readonly path: string
  readonly source: string
}
