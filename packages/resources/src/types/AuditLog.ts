/**
 * The `AuditLog` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AuditLogActor } from "./AuditLogActor.ts"
import type { AuditLogEventType } from "./AuditLogEventType.ts"

export interface AuditLog {
  readonly id: string
  readonly type: AuditLogEventType
  /** @format unixtime */
  readonly effective_at: number
  readonly project?: {
    readonly id?: string | undefined
    readonly name?: string | undefined
  } | undefined
  readonly actor?: AuditLogActor | null | undefined
  readonly "api_key.created"?: {
    readonly id?: string | undefined
    readonly data?: {
      readonly scopes?: ReadonlyArray<string> | undefined
    } | undefined
  } | undefined
  readonly "api_key.updated"?: {
    readonly id?: string | undefined
    readonly changes_requested?: {
      readonly scopes?: ReadonlyArray<string> | undefined
    } | undefined
  } | undefined
  readonly "api_key.deleted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "checkpoint.permission.created"?: {
    readonly id?: string | undefined
    readonly data?: {
      readonly project_id?: string | undefined
      readonly fine_tuned_model_checkpoint?: string | undefined
    } | undefined
  } | undefined
  readonly "checkpoint.permission.deleted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "external_key.registered"?: {
    readonly id?: string | undefined
    readonly data?: { readonly [key: string]: unknown } | undefined
  } | undefined
  readonly "external_key.removed"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "group.created"?: {
    readonly id?: string | undefined
    readonly data?: {
      readonly group_name?: string | undefined
    } | undefined
  } | undefined
  readonly "group.updated"?: {
    readonly id?: string | undefined
    readonly changes_requested?: {
      readonly group_name?: string | undefined
    } | undefined
  } | undefined
  readonly "group.deleted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "scim.enabled"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "scim.disabled"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "invite.sent"?: {
    readonly id?: string | undefined
    readonly data?: {
      readonly email?: string | undefined
      readonly role?: string | undefined
    } | undefined
  } | undefined
  readonly "invite.accepted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "invite.deleted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "ip_allowlist.created"?: {
    readonly id?: string | undefined
    readonly name?: string | undefined
    readonly allowed_ips?: ReadonlyArray<string> | undefined
  } | undefined
  readonly "ip_allowlist.updated"?: {
    readonly id?: string | undefined
    readonly allowed_ips?: ReadonlyArray<string> | undefined
  } | undefined
  readonly "ip_allowlist.deleted"?: {
    readonly id?: string | undefined
    readonly name?: string | undefined
    readonly allowed_ips?: ReadonlyArray<string> | undefined
  } | undefined
  readonly "ip_allowlist.config.activated"?: {
    readonly configs?:
      | ReadonlyArray<{
        readonly id?: string | undefined
        readonly name?: string | undefined
      }>
      | undefined
  } | undefined
  readonly "ip_allowlist.config.deactivated"?: {
    readonly configs?:
      | ReadonlyArray<{
        readonly id?: string | undefined
        readonly name?: string | undefined
      }>
      | undefined
  } | undefined
  readonly "login.succeeded"?: { readonly [key: string]: unknown } | undefined
  readonly "login.failed"?: {
    readonly error_code?: string | undefined
    readonly error_message?: string | undefined
  } | undefined
  readonly "logout.succeeded"?: { readonly [key: string]: unknown } | undefined
  readonly "logout.failed"?: {
    readonly error_code?: string | undefined
    readonly error_message?: string | undefined
  } | undefined
  readonly "organization.updated"?: {
    readonly id?: string | undefined
    readonly changes_requested?: {
      readonly title?: string | undefined
      readonly description?: string | undefined
      readonly name?: string | undefined
      readonly threads_ui_visibility?: string | undefined
      readonly usage_dashboard_visibility?: string | undefined
      readonly api_call_logging?: string | undefined
      readonly api_call_logging_project_ids?: string | undefined
    } | undefined
  } | undefined
  readonly "project.created"?: {
    readonly id?: string | undefined
    readonly data?: {
      readonly name?: string | undefined
      readonly title?: string | undefined
    } | undefined
  } | undefined
  readonly "project.updated"?: {
    readonly id?: string | undefined
    readonly changes_requested?: {
      readonly title?: string | undefined
    } | undefined
  } | undefined
  readonly "project.archived"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "project.deleted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "rate_limit.updated"?: {
    readonly id?: string | undefined
    readonly changes_requested?: {
      readonly max_requests_per_1_minute?: number | undefined
      readonly max_tokens_per_1_minute?: number | undefined
      readonly max_images_per_1_minute?: number | undefined
      readonly max_audio_megabytes_per_1_minute?: number | undefined
      readonly max_requests_per_1_day?: number | undefined
      readonly batch_1_day_max_input_tokens?: number | undefined
    } | undefined
  } | undefined
  readonly "rate_limit.deleted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "role.created"?: {
    readonly id?: string | undefined
    readonly role_name?: string | undefined
    readonly permissions?: ReadonlyArray<string> | undefined
    readonly resource_type?: string | undefined
    readonly resource_id?: string | undefined
  } | undefined
  readonly "role.updated"?: {
    readonly id?: string | undefined
    readonly changes_requested?: {
      readonly role_name?: string | undefined
      readonly resource_id?: string | undefined
      readonly resource_type?: string | undefined
      readonly permissions_added?: ReadonlyArray<string> | undefined
      readonly permissions_removed?: ReadonlyArray<string> | undefined
      readonly description?: string | undefined
      readonly metadata?: { readonly [key: string]: unknown } | undefined
    } | undefined
  } | undefined
  readonly "role.deleted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "role.assignment.created"?: {
    readonly id?: string | undefined
    readonly principal_id?: string | undefined
    readonly principal_type?: string | undefined
    readonly resource_id?: string | undefined
    readonly resource_type?: string | undefined
  } | undefined
  readonly "role.assignment.deleted"?: {
    readonly id?: string | undefined
    readonly principal_id?: string | undefined
    readonly principal_type?: string | undefined
    readonly resource_id?: string | undefined
    readonly resource_type?: string | undefined
  } | undefined
  readonly "role.bound_to_resource"?: {
    readonly id?: string | undefined
    readonly role_id?: string | undefined
    readonly resource_id?: string | undefined
    readonly resource_type?: string | undefined
    readonly permissions?: ReadonlyArray<string> | undefined
    readonly workspace_id?: string | undefined
    readonly connector_id?: string | undefined
    readonly connector_name?: string | undefined
    readonly enabled?: boolean | undefined
    readonly source?:
      | "role_toggle"
      | "role_connector_update"
      | "role_delete"
      | "workspace_permissions"
      | "connector_publish"
      | undefined
  } | undefined
  readonly "role.unbound_from_resource"?: {
    readonly id?: string | undefined
    readonly role_id?: string | undefined
    readonly resource_id?: string | undefined
    readonly resource_type?: string | undefined
    readonly permissions?: ReadonlyArray<string> | undefined
    readonly workspace_id?: string | undefined
    readonly connector_id?: string | undefined
    readonly connector_name?: string | undefined
    readonly enabled?: boolean | undefined
    readonly source?:
      | "role_toggle"
      | "role_connector_update"
      | "role_delete"
      | "workspace_permissions"
      | "connector_publish"
      | undefined
  } | undefined
  readonly "service_account.created"?: {
    readonly id?: string | undefined
    readonly data?: {
      readonly role?: string | undefined
    } | undefined
  } | undefined
  readonly "service_account.updated"?: {
    readonly id?: string | undefined
    readonly changes_requested?: {
      readonly role?: string | undefined
    } | undefined
  } | undefined
  readonly "service_account.deleted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "workload_identity_provider.created"?: {
    readonly id?: string | undefined
    readonly data?: { readonly [key: string]: unknown } | undefined
  } | undefined
  readonly "workload_identity_provider.updated"?: {
    readonly id?: string | undefined
    readonly changes_requested?: { readonly [key: string]: unknown } | undefined
  } | undefined
  readonly "workload_identity_provider.deleted"?: {
    readonly id?: string | undefined
    readonly name?: string | undefined
  } | undefined
  readonly "workload_identity_provider_mapping.created"?: {
    readonly id?: string | undefined
    readonly identity_provider_id?: string | undefined
    readonly data?: { readonly [key: string]: unknown } | undefined
  } | undefined
  readonly "workload_identity_provider_mapping.updated"?: {
    readonly id?: string | undefined
    readonly identity_provider_id?: string | undefined
    readonly changes_requested?: { readonly [key: string]: unknown } | undefined
  } | undefined
  readonly "workload_identity_provider_mapping.deleted"?: {
    readonly id?: string | undefined
    readonly identity_provider_id?: string | undefined
    readonly project_id?: string | undefined
    readonly service_account_id?: string | undefined
  } | undefined
  readonly "user.added"?: {
    readonly id?: string | undefined
    readonly data?: {
      readonly role?: string | undefined
    } | undefined
  } | undefined
  readonly "user.updated"?: {
    readonly id?: string | undefined
    readonly changes_requested?: {
      readonly role?: string | undefined
    } | undefined
  } | undefined
  readonly "user.deleted"?: {
    readonly id?: string | undefined
  } | undefined
  readonly "certificate.created"?: {
    readonly id?: string | undefined
    readonly name?: string | undefined
  } | undefined
  readonly "certificate.updated"?: {
    readonly id?: string | undefined
    readonly name?: string | undefined
  } | undefined
  readonly "certificate.deleted"?: {
    readonly id?: string | undefined
    readonly name?: string | undefined
    readonly certificate?: string | undefined
  } | undefined
  readonly "certificates.activated"?: {
    readonly certificates?:
      | ReadonlyArray<{
        readonly id?: string | undefined
        readonly name?: string | undefined
      }>
      | undefined
  } | undefined
  readonly "certificates.deactivated"?: {
    readonly certificates?:
      | ReadonlyArray<{
        readonly id?: string | undefined
        readonly name?: string | undefined
      }>
      | undefined
  } | undefined
}
