/**
 * The `LocalShellExecAction` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface LocalShellExecAction {
  /** @default "exec" */
  readonly type: "exec"
  readonly command: ReadonlyArray<string>
  readonly timeout_ms?: number | null | undefined
  readonly working_directory?: string | null | undefined
  readonly env: { readonly [key: string]: string }
  readonly user?: string | null | undefined
}
