/**
 * The `OrganizationProjectCertificate` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface OrganizationProjectCertificate {
  readonly object: "organization.project.certificate"
  readonly id: string
  readonly name: string | null
  /** @format unixtime */
  readonly created_at: number
  readonly certificate_details: {
    /** @format unixtime */
    readonly valid_at?: number | undefined
    /** @format unixtime */
    readonly expires_at?: number | undefined
  }
  readonly active: boolean
}
