/**
 * Conformance: all 360 generated functions against the `steady` mock server on the official spec,
 * each with a minimal valid request built from the spec's required fields.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 */
import { describe, layer } from "@effect/vitest"
import * as AdminOrganizationAdminAPIKeys from "../src/AdminOrganizationAdminAPIKeys.ts"
import * as AdminOrganizationAuditLogs from "../src/AdminOrganizationAuditLogs.ts"
import * as AdminOrganizationCertificates from "../src/AdminOrganizationCertificates.ts"
import * as AdminOrganizationDataRetention from "../src/AdminOrganizationDataRetention.ts"
import * as AdminOrganizationGroups from "../src/AdminOrganizationGroups.ts"
import * as AdminOrganizationGroupsRoles from "../src/AdminOrganizationGroupsRoles.ts"
import * as AdminOrganizationGroupsUsers from "../src/AdminOrganizationGroupsUsers.ts"
import * as AdminOrganizationInvites from "../src/AdminOrganizationInvites.ts"
import * as AdminOrganizationProjects from "../src/AdminOrganizationProjects.ts"
import * as AdminOrganizationProjectsApiKeys from "../src/AdminOrganizationProjectsApiKeys.ts"
import * as AdminOrganizationProjectsCertificates from "../src/AdminOrganizationProjectsCertificates.ts"
import * as AdminOrganizationProjectsDataRetention from "../src/AdminOrganizationProjectsDataRetention.ts"
import * as AdminOrganizationProjectsGroups from "../src/AdminOrganizationProjectsGroups.ts"
import * as AdminOrganizationProjectsGroupsRoles from "../src/AdminOrganizationProjectsGroupsRoles.ts"
import * as AdminOrganizationProjectsHostedToolPermissions from "../src/AdminOrganizationProjectsHostedToolPermissions.ts"
import * as AdminOrganizationProjectsModelPermissions from "../src/AdminOrganizationProjectsModelPermissions.ts"
import * as AdminOrganizationProjectsRateLimits from "../src/AdminOrganizationProjectsRateLimits.ts"
import * as AdminOrganizationProjectsRoles from "../src/AdminOrganizationProjectsRoles.ts"
import * as AdminOrganizationProjectsServiceAccounts from "../src/AdminOrganizationProjectsServiceAccounts.ts"
import * as AdminOrganizationProjectsServiceAccountsApiKeys from "../src/AdminOrganizationProjectsServiceAccountsApiKeys.ts"
import * as AdminOrganizationProjectsSpendAlerts from "../src/AdminOrganizationProjectsSpendAlerts.ts"
import * as AdminOrganizationProjectsSpendLimit from "../src/AdminOrganizationProjectsSpendLimit.ts"
import * as AdminOrganizationProjectsUsers from "../src/AdminOrganizationProjectsUsers.ts"
import * as AdminOrganizationProjectsUsersRoles from "../src/AdminOrganizationProjectsUsersRoles.ts"
import * as AdminOrganizationRoles from "../src/AdminOrganizationRoles.ts"
import * as AdminOrganizationSpendAlerts from "../src/AdminOrganizationSpendAlerts.ts"
import * as AdminOrganizationSpendLimit from "../src/AdminOrganizationSpendLimit.ts"
import * as AdminOrganizationUsage from "../src/AdminOrganizationUsage.ts"
import * as AdminOrganizationUsers from "../src/AdminOrganizationUsers.ts"
import * as AdminOrganizationUsersRoles from "../src/AdminOrganizationUsersRoles.ts"
import * as Assistants from "../src/Assistants.ts"
import * as AudioSpeech from "../src/AudioSpeech.ts"
import * as AudioTranscriptions from "../src/AudioTranscriptions.ts"
import * as AudioTranslations from "../src/AudioTranslations.ts"
import * as AudioVoiceConsents from "../src/AudioVoiceConsents.ts"
import * as AudioVoices from "../src/AudioVoices.ts"
import * as Batches from "../src/Batches.ts"
import * as BetaResponses from "../src/BetaResponses.ts"
import * as BetaResponsesInputItems from "../src/BetaResponsesInputItems.ts"
import * as BetaResponsesInputTokens from "../src/BetaResponsesInputTokens.ts"
import * as ChatCompletions from "../src/ChatCompletions.ts"
import * as ChatCompletionsMessages from "../src/ChatCompletionsMessages.ts"
import * as ChatkitSessions from "../src/ChatkitSessions.ts"
import * as ChatkitThreads from "../src/ChatkitThreads.ts"
import * as Completions from "../src/Completions.ts"
import * as Containers from "../src/Containers.ts"
import * as ContainersFiles from "../src/ContainersFiles.ts"
import * as ContainersFilesContent from "../src/ContainersFilesContent.ts"
import * as ContentProvenanceChecks from "../src/ContentProvenanceChecks.ts"
import * as Conversations from "../src/Conversations.ts"
import * as ConversationsItems from "../src/ConversationsItems.ts"
import * as Embeddings from "../src/Embeddings.ts"
import * as Evals from "../src/Evals.ts"
import * as EvalsRuns from "../src/EvalsRuns.ts"
import * as EvalsRunsOutputItems from "../src/EvalsRunsOutputItems.ts"
import * as Files from "../src/Files.ts"
import * as FineTuningAlphaGraders from "../src/FineTuningAlphaGraders.ts"
import * as FineTuningCheckpointsPermissions from "../src/FineTuningCheckpointsPermissions.ts"
import * as FineTuningJobs from "../src/FineTuningJobs.ts"
import * as FineTuningJobsCheckpoints from "../src/FineTuningJobsCheckpoints.ts"
import * as Images from "../src/Images.ts"
import * as Models from "../src/Models.ts"
import * as Moderations from "../src/Moderations.ts"
import * as RealtimeCalls from "../src/RealtimeCalls.ts"
import * as RealtimeClientSecrets from "../src/RealtimeClientSecrets.ts"
import * as RealtimeSessions from "../src/RealtimeSessions.ts"
import * as RealtimeTranscriptionSessions from "../src/RealtimeTranscriptionSessions.ts"
import * as RealtimeTranslationsClientSecrets from "../src/RealtimeTranslationsClientSecrets.ts"
import * as Responses from "../src/Responses.ts"
import * as ResponsesInputItems from "../src/ResponsesInputItems.ts"
import * as ResponsesInputTokens from "../src/ResponsesInputTokens.ts"
import * as Skills from "../src/Skills.ts"
import * as SkillsContent from "../src/SkillsContent.ts"
import * as SkillsVersions from "../src/SkillsVersions.ts"
import * as SkillsVersionsContent from "../src/SkillsVersionsContent.ts"
import * as Threads from "../src/Threads.ts"
import * as ThreadsMessages from "../src/ThreadsMessages.ts"
import * as ThreadsRuns from "../src/ThreadsRuns.ts"
import * as ThreadsRunsSteps from "../src/ThreadsRunsSteps.ts"
import * as Uploads from "../src/Uploads.ts"
import * as UploadsParts from "../src/UploadsParts.ts"
import * as VectorStores from "../src/VectorStores.ts"
import * as VectorStoresFileBatches from "../src/VectorStoresFileBatches.ts"
import * as VectorStoresFiles from "../src/VectorStoresFiles.ts"
import * as Videos from "../src/Videos.ts"
import * as Check from "./conformance/support.ts"

if (Check.available) {
  layer(Check.layer, { timeout: "120 seconds", excludeTestServices: true })("conformance against steady", (it) => {
    describe("AdminOrganizationAdminAPIKeys", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/admin_api_keys",
          AdminOrganizationAdminAPIKeys.create({
            name: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json("/organization/admin_api_keys/{key_id}", AdminOrganizationAdminAPIKeys.retrieve("key_abc123")))
      it.effect("list", () => Check.list("/organization/admin_api_keys", AdminOrganizationAdminAPIKeys.list()))
      it.effect("listPage", () => Check.page("/organization/admin_api_keys", AdminOrganizationAdminAPIKeys.listPage()))
      it.effect("delete", () =>
        Check.json("/organization/admin_api_keys/{key_id}", AdminOrganizationAdminAPIKeys.delete("key_abc123")))
    })
    describe("AdminOrganizationAuditLogs", () => {
      it.effect("list", () => Check.list("/organization/audit_logs", AdminOrganizationAuditLogs.list()))
      it.effect("listPage", () => Check.page("/organization/audit_logs", AdminOrganizationAuditLogs.listPage()))
    })
    describe("AdminOrganizationCertificates", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/certificates",
          AdminOrganizationCertificates.create({
            certificate: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/organization/certificates/{certificate_id}",
          AdminOrganizationCertificates.retrieve("certificate_abc123")
        ))
      it.effect("update", () =>
        Check.json(
          "/organization/certificates/{certificate_id}",
          AdminOrganizationCertificates.update("certificate_abc123")
        ))
      it.effect("list", () => Check.list("/organization/certificates", AdminOrganizationCertificates.list()))
      it.effect("listPage", () => Check.page("/organization/certificates", AdminOrganizationCertificates.listPage()))
      it.effect("delete", () =>
        Check.json(
          "/organization/certificates/{certificate_id}",
          AdminOrganizationCertificates.delete("certificate_abc123")
        ))
      it.effect("activate", () =>
        Check.list(
          "/organization/certificates/activate",
          AdminOrganizationCertificates.activate({
            certificate_ids: ["cert_abc"]
          })
        ))
      it.effect("activatePage", () =>
        Check.page(
          "/organization/certificates/activate",
          AdminOrganizationCertificates.activatePage({
            certificate_ids: ["cert_abc"]
          })
        ))
      it.effect("deactivate", () =>
        Check.list(
          "/organization/certificates/deactivate",
          AdminOrganizationCertificates.deactivate({
            certificate_ids: ["cert_abc"]
          })
        ))
      it.effect("deactivatePage", () =>
        Check.page(
          "/organization/certificates/deactivate",
          AdminOrganizationCertificates.deactivatePage({
            certificate_ids: ["cert_abc"]
          })
        ))
    })
    describe("AdminOrganizationDataRetention", () => {
      it.effect("retrieve", () => Check.json("/organization/data_retention", AdminOrganizationDataRetention.retrieve()))
      it.effect("update", () =>
        Check.json(
          "/organization/data_retention",
          AdminOrganizationDataRetention.update({
            retention_type: "zero_data_retention"
          })
        ))
    })
    describe("AdminOrganizationGroups", () => {
      it.effect("create", () => Check.json("/organization/groups", AdminOrganizationGroups.create({ name: "example" })))
      it.effect("retrieve", () =>
        Check.json("/organization/groups/{group_id}", AdminOrganizationGroups.retrieve("group_abc123")))
      it.effect("update", () =>
        Check.json(
          "/organization/groups/{group_id}",
          AdminOrganizationGroups.update("group_abc123", {
            name: "example"
          })
        ))
      it.effect("list", () => Check.list("/organization/groups", AdminOrganizationGroups.list()))
      it.effect("listPage", () => Check.page("/organization/groups", AdminOrganizationGroups.listPage()))
      it.effect("delete", () =>
        Check.json("/organization/groups/{group_id}", AdminOrganizationGroups.delete("group_abc123")))
    })
    describe("AdminOrganizationGroupsRoles", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/groups/{group_id}/roles",
          AdminOrganizationGroupsRoles.create("group_abc123", {
            role_id: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/organization/groups/{group_id}/roles/{role_id}",
          AdminOrganizationGroupsRoles.retrieve("role_abc123", {
            group_id: "group_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list("/organization/groups/{group_id}/roles", AdminOrganizationGroupsRoles.list("group_abc123")))
      it.effect("listPage", () =>
        Check.page("/organization/groups/{group_id}/roles", AdminOrganizationGroupsRoles.listPage("group_abc123")))
      it.effect("delete", () =>
        Check.json(
          "/organization/groups/{group_id}/roles/{role_id}",
          AdminOrganizationGroupsRoles.delete("role_abc123", {
            group_id: "group_abc123"
          })
        ))
    })
    describe("AdminOrganizationGroupsUsers", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/groups/{group_id}/users",
          AdminOrganizationGroupsUsers.create("group_abc123", {
            user_id: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/organization/groups/{group_id}/users/{user_id}",
          AdminOrganizationGroupsUsers.retrieve("user_abc123", {
            group_id: "group_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list("/organization/groups/{group_id}/users", AdminOrganizationGroupsUsers.list("group_abc123")))
      it.effect("listPage", () =>
        Check.page("/organization/groups/{group_id}/users", AdminOrganizationGroupsUsers.listPage("group_abc123")))
      it.effect("delete", () =>
        Check.json(
          "/organization/groups/{group_id}/users/{user_id}",
          AdminOrganizationGroupsUsers.delete("user_abc123", {
            group_id: "group_abc123"
          })
        ))
    })
    describe("AdminOrganizationInvites", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/invites",
          AdminOrganizationInvites.create({
            email: "example",
            role: "reader"
          })
        ))
      it.effect("retrieve", () =>
        Check.json("/organization/invites/{invite_id}", AdminOrganizationInvites.retrieve("invite_abc123")))
      it.effect("list", () => Check.list("/organization/invites", AdminOrganizationInvites.list()))
      it.effect("listPage", () => Check.page("/organization/invites", AdminOrganizationInvites.listPage()))
      it.effect("delete", () =>
        Check.json("/organization/invites/{invite_id}", AdminOrganizationInvites.delete("invite_abc123")))
    })
    describe("AdminOrganizationProjects", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/projects",
          AdminOrganizationProjects.create({
            name: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json("/organization/projects/{project_id}", AdminOrganizationProjects.retrieve("project_abc123")))
      it.effect("update", () =>
        Check.json("/organization/projects/{project_id}", AdminOrganizationProjects.update("project_abc123")))
      it.effect("list", () => Check.list("/organization/projects", AdminOrganizationProjects.list()))
      it.effect("listPage", () => Check.page("/organization/projects", AdminOrganizationProjects.listPage()))
      it.effect("archive", () =>
        Check.json("/organization/projects/{project_id}/archive", AdminOrganizationProjects.archive("project_abc123")))
    })
    describe("AdminOrganizationProjectsApiKeys", () => {
      it.effect("retrieve", () =>
        Check.json(
          "/organization/projects/{project_id}/api_keys/{api_key_id}",
          AdminOrganizationProjectsApiKeys.retrieve("api_key_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list(
          "/organization/projects/{project_id}/api_keys",
          AdminOrganizationProjectsApiKeys.list("project_abc123")
        ))
      it.effect("listPage", () =>
        Check.page(
          "/organization/projects/{project_id}/api_keys",
          AdminOrganizationProjectsApiKeys.listPage("project_abc123")
        ))
      it.effect("delete", () =>
        Check.json(
          "/organization/projects/{project_id}/api_keys/{api_key_id}",
          AdminOrganizationProjectsApiKeys.delete("api_key_abc123", {
            project_id: "project_abc123"
          })
        ))
    })
    describe("AdminOrganizationProjectsCertificates", () => {
      it.effect("list", () =>
        Check.list(
          "/organization/projects/{project_id}/certificates",
          AdminOrganizationProjectsCertificates.list("project_abc123")
        ))
      it.effect("listPage", () =>
        Check.page(
          "/organization/projects/{project_id}/certificates",
          AdminOrganizationProjectsCertificates.listPage("project_abc123")
        ))
      it.effect("activate", () =>
        Check.list(
          "/organization/projects/{project_id}/certificates/activate",
          AdminOrganizationProjectsCertificates.activate("project_abc123", {
            certificate_ids: ["cert_abc"]
          })
        ))
      it.effect("activatePage", () =>
        Check.page(
          "/organization/projects/{project_id}/certificates/activate",
          AdminOrganizationProjectsCertificates.activatePage("project_abc123", {
            certificate_ids: ["cert_abc"]
          })
        ))
      it.effect("deactivate", () =>
        Check.list(
          "/organization/projects/{project_id}/certificates/deactivate",
          AdminOrganizationProjectsCertificates.deactivate("project_abc123", {
            certificate_ids: ["cert_abc"]
          })
        ))
      it.effect("deactivatePage", () =>
        Check.page(
          "/organization/projects/{project_id}/certificates/deactivate",
          AdminOrganizationProjectsCertificates.deactivatePage("project_abc123", {
            certificate_ids: ["cert_abc"]
          })
        ))
    })
    describe("AdminOrganizationProjectsDataRetention", () => {
      it.effect("retrieve", () =>
        Check.json(
          "/organization/projects/{project_id}/data_retention",
          AdminOrganizationProjectsDataRetention.retrieve("project_abc123")
        ))
      it.effect("update", () =>
        Check.json(
          "/organization/projects/{project_id}/data_retention",
          AdminOrganizationProjectsDataRetention.update("project_abc123", {
            retention_type: "organization_default"
          })
        ))
    })
    describe("AdminOrganizationProjectsGroups", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/projects/{project_id}/groups",
          AdminOrganizationProjectsGroups.create("project_abc123", {
            group_id: "example",
            role: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/organization/projects/{project_id}/groups/{group_id}",
          AdminOrganizationProjectsGroups.retrieve("group_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list(
          "/organization/projects/{project_id}/groups",
          AdminOrganizationProjectsGroups.list("project_abc123")
        ))
      it.effect("listPage", () =>
        Check.page(
          "/organization/projects/{project_id}/groups",
          AdminOrganizationProjectsGroups.listPage("project_abc123")
        ))
      it.effect("delete", () =>
        Check.json(
          "/organization/projects/{project_id}/groups/{group_id}",
          AdminOrganizationProjectsGroups.delete("group_abc123", {
            project_id: "project_abc123"
          })
        ))
    })
    describe("AdminOrganizationProjectsGroupsRoles", () => {
      it.effect("create", () =>
        Check.json(
          "/projects/{project_id}/groups/{group_id}/roles",
          AdminOrganizationProjectsGroupsRoles.create("group_abc123", {
            project_id: "project_abc123",
            role_id: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
          AdminOrganizationProjectsGroupsRoles.retrieve("role_abc123", {
            project_id: "project_abc123",
            group_id: "group_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list(
          "/projects/{project_id}/groups/{group_id}/roles",
          AdminOrganizationProjectsGroupsRoles.list("group_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("listPage", () =>
        Check.page(
          "/projects/{project_id}/groups/{group_id}/roles",
          AdminOrganizationProjectsGroupsRoles.listPage("group_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("delete", () =>
        Check.json(
          "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
          AdminOrganizationProjectsGroupsRoles.delete("role_abc123", {
            project_id: "project_abc123",
            group_id: "group_abc123"
          })
        ))
    })
    describe("AdminOrganizationProjectsHostedToolPermissions", () => {
      it.effect("retrieve", () =>
        Check.json(
          "/organization/projects/{project_id}/hosted_tool_permissions",
          AdminOrganizationProjectsHostedToolPermissions.retrieve("project_abc123")
        ))
      it.effect("update", () =>
        Check.json(
          "/organization/projects/{project_id}/hosted_tool_permissions",
          AdminOrganizationProjectsHostedToolPermissions.update("project_abc123")
        ))
    })
    describe("AdminOrganizationProjectsModelPermissions", () => {
      it.effect("retrieve", () =>
        Check.json(
          "/organization/projects/{project_id}/model_permissions",
          AdminOrganizationProjectsModelPermissions.retrieve("project_abc123")
        ))
      it.effect("update", () =>
        Check.json(
          "/organization/projects/{project_id}/model_permissions",
          AdminOrganizationProjectsModelPermissions.update("project_abc123", {
            mode: "allow_list",
            model_ids: ["example"]
          })
        ))
      it.effect("delete", () =>
        Check.json(
          "/organization/projects/{project_id}/model_permissions",
          AdminOrganizationProjectsModelPermissions.delete("project_abc123")
        ))
    })
    describe("AdminOrganizationProjectsRateLimits", () => {
      it.effect("listRateLimits", () =>
        Check.list(
          "/organization/projects/{project_id}/rate_limits",
          AdminOrganizationProjectsRateLimits.listRateLimits("project_abc123")
        ))
      it.effect("listRateLimitsPage", () =>
        Check.page(
          "/organization/projects/{project_id}/rate_limits",
          AdminOrganizationProjectsRateLimits.listRateLimitsPage("project_abc123")
        ))
      it.effect("updateRateLimit", () =>
        Check.json(
          "/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
          AdminOrganizationProjectsRateLimits.updateRateLimit("rate_limit_abc123", {
            project_id: "project_abc123"
          })
        ))
    })
    describe("AdminOrganizationProjectsRoles", () => {
      it.effect("create", () =>
        Check.json(
          "/projects/{project_id}/roles",
          AdminOrganizationProjectsRoles.create("project_abc123", {
            role_name: "example",
            permissions: ["example"]
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/projects/{project_id}/roles/{role_id}",
          AdminOrganizationProjectsRoles.retrieve("role_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("update", () =>
        Check.json(
          "/projects/{project_id}/roles/{role_id}",
          AdminOrganizationProjectsRoles.update("role_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list("/projects/{project_id}/roles", AdminOrganizationProjectsRoles.list("project_abc123")))
      it.effect("listPage", () =>
        Check.page("/projects/{project_id}/roles", AdminOrganizationProjectsRoles.listPage("project_abc123")))
      it.effect("delete", () =>
        Check.json(
          "/projects/{project_id}/roles/{role_id}",
          AdminOrganizationProjectsRoles.delete("role_abc123", {
            project_id: "project_abc123"
          })
        ))
    })
    describe("AdminOrganizationProjectsServiceAccounts", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/projects/{project_id}/service_accounts",
          AdminOrganizationProjectsServiceAccounts.create("project_abc123", {
            name: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/organization/projects/{project_id}/service_accounts/{service_account_id}",
          AdminOrganizationProjectsServiceAccounts.retrieve("service_account_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("update", () =>
        Check.json(
          "/organization/projects/{project_id}/service_accounts/{service_account_id}",
          AdminOrganizationProjectsServiceAccounts.update("service_account_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list(
          "/organization/projects/{project_id}/service_accounts",
          AdminOrganizationProjectsServiceAccounts.list("project_abc123")
        ))
      it.effect("listPage", () =>
        Check.page(
          "/organization/projects/{project_id}/service_accounts",
          AdminOrganizationProjectsServiceAccounts.listPage("project_abc123")
        ))
      it.effect("delete", () =>
        Check.json(
          "/organization/projects/{project_id}/service_accounts/{service_account_id}",
          AdminOrganizationProjectsServiceAccounts.delete("service_account_abc123", {
            project_id: "project_abc123"
          })
        ))
    })
    describe("AdminOrganizationProjectsServiceAccountsApiKeys", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys",
          AdminOrganizationProjectsServiceAccountsApiKeys.create("service_account_abc123", {
            project_id: "project_abc123"
          })
        ))
    })
    describe("AdminOrganizationProjectsSpendAlerts", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/projects/{project_id}/spend_alerts",
          AdminOrganizationProjectsSpendAlerts.create("project_abc123", {
            threshold_amount: 0,
            currency: "USD",
            interval: "month",
            notification_channel: { type: "email", recipients: ["example"] }
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/organization/projects/{project_id}/spend_alerts/{alert_id}",
          AdminOrganizationProjectsSpendAlerts.retrieve("alert_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("update", () =>
        Check.json(
          "/organization/projects/{project_id}/spend_alerts/{alert_id}",
          AdminOrganizationProjectsSpendAlerts.update("alert_abc123", {
            project_id: "project_abc123",
            threshold_amount: 0,
            currency: "USD",
            interval: "month",
            notification_channel: { type: "email", recipients: ["example"] }
          })
        ))
      it.effect("list", () =>
        Check.list(
          "/organization/projects/{project_id}/spend_alerts",
          AdminOrganizationProjectsSpendAlerts.list("project_abc123")
        ))
      it.effect("listPage", () =>
        Check.page(
          "/organization/projects/{project_id}/spend_alerts",
          AdminOrganizationProjectsSpendAlerts.listPage("project_abc123")
        ))
      it.effect("delete", () =>
        Check.json(
          "/organization/projects/{project_id}/spend_alerts/{alert_id}",
          AdminOrganizationProjectsSpendAlerts.delete("alert_abc123", {
            project_id: "project_abc123"
          })
        ))
    })
    describe("AdminOrganizationProjectsSpendLimit", () => {
      it.effect("retrieve", () =>
        Check.json(
          "/organization/projects/{project_id}/spend_limit",
          AdminOrganizationProjectsSpendLimit.retrieve("proj_123")
        ))
      it.effect("update", () =>
        Check.json(
          "/organization/projects/{project_id}/spend_limit",
          AdminOrganizationProjectsSpendLimit.update("proj_123", {
            threshold_amount: 1,
            currency: "USD",
            interval: "month"
          })
        ))
      it.effect("delete", () =>
        Check.json(
          "/organization/projects/{project_id}/spend_limit",
          AdminOrganizationProjectsSpendLimit.delete("proj_123")
        ))
    })
    describe("AdminOrganizationProjectsUsers", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/projects/{project_id}/users",
          AdminOrganizationProjectsUsers.create("project_abc123", {
            role: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/organization/projects/{project_id}/users/{user_id}",
          AdminOrganizationProjectsUsers.retrieve("user_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("update", () =>
        Check.json(
          "/organization/projects/{project_id}/users/{user_id}",
          AdminOrganizationProjectsUsers.update("user_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list("/organization/projects/{project_id}/users", AdminOrganizationProjectsUsers.list("project_abc123")))
      it.effect("listPage", () =>
        Check.page(
          "/organization/projects/{project_id}/users",
          AdminOrganizationProjectsUsers.listPage("project_abc123")
        ))
      it.effect("delete", () =>
        Check.json(
          "/organization/projects/{project_id}/users/{user_id}",
          AdminOrganizationProjectsUsers.delete("user_abc123", {
            project_id: "project_abc123"
          })
        ))
    })
    describe("AdminOrganizationProjectsUsersRoles", () => {
      it.effect("create", () =>
        Check.json(
          "/projects/{project_id}/users/{user_id}/roles",
          AdminOrganizationProjectsUsersRoles.create("user_abc123", {
            project_id: "project_abc123",
            role_id: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/projects/{project_id}/users/{user_id}/roles/{role_id}",
          AdminOrganizationProjectsUsersRoles.retrieve("role_abc123", {
            project_id: "project_abc123",
            user_id: "user_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list(
          "/projects/{project_id}/users/{user_id}/roles",
          AdminOrganizationProjectsUsersRoles.list("user_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("listPage", () =>
        Check.page(
          "/projects/{project_id}/users/{user_id}/roles",
          AdminOrganizationProjectsUsersRoles.listPage("user_abc123", {
            project_id: "project_abc123"
          })
        ))
      it.effect("delete", () =>
        Check.json(
          "/projects/{project_id}/users/{user_id}/roles/{role_id}",
          AdminOrganizationProjectsUsersRoles.delete("role_abc123", {
            project_id: "project_abc123",
            user_id: "user_abc123"
          })
        ))
    })
    describe("AdminOrganizationRoles", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/roles",
          AdminOrganizationRoles.create({
            role_name: "example",
            permissions: ["example"]
          })
        ))
      it.effect("retrieve", () =>
        Check.json("/organization/roles/{role_id}", AdminOrganizationRoles.retrieve("role_abc123")))
      it.effect("update", () =>
        Check.json("/organization/roles/{role_id}", AdminOrganizationRoles.update("role_abc123")))
      it.effect("list", () => Check.list("/organization/roles", AdminOrganizationRoles.list()))
      it.effect("listPage", () => Check.page("/organization/roles", AdminOrganizationRoles.listPage()))
      it.effect("delete", () =>
        Check.json("/organization/roles/{role_id}", AdminOrganizationRoles.delete("role_abc123")))
    })
    describe("AdminOrganizationSpendAlerts", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/spend_alerts",
          AdminOrganizationSpendAlerts.create({
            threshold_amount: 0,
            currency: "USD",
            interval: "month",
            notification_channel: { type: "email", recipients: ["example"] }
          })
        ))
      it.effect("retrieve", () =>
        Check.json("/organization/spend_alerts/{alert_id}", AdminOrganizationSpendAlerts.retrieve("alert_abc123")))
      it.effect("update", () =>
        Check.json(
          "/organization/spend_alerts/{alert_id}",
          AdminOrganizationSpendAlerts.update("alert_abc123", {
            threshold_amount: 0,
            currency: "USD",
            interval: "month",
            notification_channel: { type: "email", recipients: ["example"] }
          })
        ))
      it.effect("list", () => Check.list("/organization/spend_alerts", AdminOrganizationSpendAlerts.list()))
      it.effect("listPage", () => Check.page("/organization/spend_alerts", AdminOrganizationSpendAlerts.listPage()))
      it.effect("delete", () =>
        Check.json("/organization/spend_alerts/{alert_id}", AdminOrganizationSpendAlerts.delete("alert_abc123")))
    })
    describe("AdminOrganizationSpendLimit", () => {
      it.effect("retrieve", () => Check.json("/organization/spend_limit", AdminOrganizationSpendLimit.retrieve()))
      it.effect("update", () =>
        Check.json(
          "/organization/spend_limit",
          AdminOrganizationSpendLimit.update({
            threshold_amount: 1,
            currency: "USD",
            interval: "month"
          })
        ))
      it.effect("delete", () => Check.json("/organization/spend_limit", AdminOrganizationSpendLimit.delete()))
    })
    describe("AdminOrganizationUsage", () => {
      it.effect("audioSpeeches", () =>
        Check.json(
          "/organization/usage/audio_speeches",
          AdminOrganizationUsage.audioSpeeches({
            start_time: 0
          })
        ))
      it.effect("audioTranscriptions", () =>
        Check.json(
          "/organization/usage/audio_transcriptions",
          AdminOrganizationUsage.audioTranscriptions({
            start_time: 0
          })
        ))
      it.effect("codeInterpreterSessions", () =>
        Check.json(
          "/organization/usage/code_interpreter_sessions",
          AdminOrganizationUsage.codeInterpreterSessions({
            start_time: 0
          })
        ))
      it.effect("completions", () =>
        Check.json(
          "/organization/usage/completions",
          AdminOrganizationUsage.completions({
            start_time: 0
          })
        ))
      it.effect("costs", () => Check.json("/organization/costs", AdminOrganizationUsage.costs({ start_time: 0 })))
      it.effect("embeddings", () =>
        Check.json(
          "/organization/usage/embeddings",
          AdminOrganizationUsage.embeddings({
            start_time: 0
          })
        ))
      it.effect("fileSearchCalls", () =>
        Check.json(
          "/organization/usage/file_search_calls",
          AdminOrganizationUsage.fileSearchCalls({
            start_time: 0
          })
        ))
      it.effect("images", () =>
        Check.json("/organization/usage/images", AdminOrganizationUsage.images({ start_time: 0 })))
      it.effect("moderations", () =>
        Check.json(
          "/organization/usage/moderations",
          AdminOrganizationUsage.moderations({
            start_time: 0
          })
        ))
      it.effect("vectorStores", () =>
        Check.json(
          "/organization/usage/vector_stores",
          AdminOrganizationUsage.vectorStores({
            start_time: 0
          })
        ))
      it.effect("webSearchCalls", () =>
        Check.json(
          "/organization/usage/web_search_calls",
          AdminOrganizationUsage.webSearchCalls({
            start_time: 0
          })
        ))
    })
    describe("AdminOrganizationUsers", () => {
      it.effect("retrieve", () =>
        Check.json("/organization/users/{user_id}", AdminOrganizationUsers.retrieve("user_abc123")))
      it.effect("update", () =>
        Check.json("/organization/users/{user_id}", AdminOrganizationUsers.update("user_abc123")))
      it.effect("list", () => Check.list("/organization/users", AdminOrganizationUsers.list()))
      it.effect("listPage", () => Check.page("/organization/users", AdminOrganizationUsers.listPage()))
      it.effect("delete", () =>
        Check.json("/organization/users/{user_id}", AdminOrganizationUsers.delete("user_abc123")))
    })
    describe("AdminOrganizationUsersRoles", () => {
      it.effect("create", () =>
        Check.json(
          "/organization/users/{user_id}/roles",
          AdminOrganizationUsersRoles.create("user_abc123", {
            role_id: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/organization/users/{user_id}/roles/{role_id}",
          AdminOrganizationUsersRoles.retrieve("role_abc123", {
            user_id: "user_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list("/organization/users/{user_id}/roles", AdminOrganizationUsersRoles.list("user_abc123")))
      it.effect("listPage", () =>
        Check.page("/organization/users/{user_id}/roles", AdminOrganizationUsersRoles.listPage("user_abc123")))
      it.effect("delete", () =>
        Check.json(
          "/organization/users/{user_id}/roles/{role_id}",
          AdminOrganizationUsersRoles.delete("role_abc123", {
            user_id: "user_abc123"
          })
        ))
    })
    describe("Assistants", () => {
      it.effect("create", () => Check.json("/assistants", Assistants.create({ model: "gpt-5" })))
      it.effect("retrieve", () => Check.json("/assistants/{assistant_id}", Assistants.retrieve("assistant_abc123")))
      it.effect("update", () => Check.json("/assistants/{assistant_id}", Assistants.update("assistant_abc123")))
      it.effect("list", () => Check.list("/assistants", Assistants.list()))
      it.effect("listPage", () => Check.page("/assistants", Assistants.listPage()))
      it.effect("delete", () => Check.json("/assistants/{assistant_id}", Assistants.delete("assistant_abc123")))
    })
    describe("AudioSpeech", () => {
      it.effect("create", () =>
        Check.binary(
          "/audio/speech",
          AudioSpeech.create({
            model: "gpt-4o-mini-tts",
            voice: "alloy",
            input: "Hello there!"
          })
        ))
    })
    describe("AudioTranscriptions", () => {
      it.effect("create", () =>
        Check.json(
          "/audio/transcriptions",
          AudioTranscriptions.create({
            file: new File(["example"], "audio.mp3"),
            model: "gpt-4o-transcribe"
          })
        ))
      it.effect("createStream", () =>
        Check.events(
          "/audio/transcriptions",
          AudioTranscriptions.createStream({
            file: new File(["example"], "audio.mp3"),
            model: "gpt-4o-transcribe"
          })
        ))
    })
    describe("AudioTranslations", () => {
      it.effect("create", () =>
        Check.json(
          "/audio/translations",
          AudioTranslations.create({
            file: new File(["example"], "file.jsonl"),
            model: "whisper-1"
          })
        ))
    })
    describe("AudioVoiceConsents", () => {
      it.effect("list", () => Check.list("/audio/voice_consents", AudioVoiceConsents.list()))
      it.effect("listPage", () => Check.page("/audio/voice_consents", AudioVoiceConsents.listPage()))
      it.effect("create", () =>
        Check.json(
          "/audio/voice_consents",
          AudioVoiceConsents.create({
            name: "example",
            recording: new File(["example"], "audio.mp3"),
            language: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json("/audio/voice_consents/{consent_id}", AudioVoiceConsents.retrieve("consent_abc123")))
      it.effect("update", () =>
        Check.json(
          "/audio/voice_consents/{consent_id}",
          AudioVoiceConsents.update("consent_abc123", {
            name: "example"
          })
        ))
      it.effect("delete", () =>
        Check.json("/audio/voice_consents/{consent_id}", AudioVoiceConsents.delete("consent_abc123")))
    })
    describe("AudioVoices", () => {
      it.effect("create", () =>
        Check.json(
          "/audio/voices",
          AudioVoices.create({
            name: "example",
            audio_sample: new File(["example"], "audio.mp3"),
            consent: "example"
          })
        ))
    })
    describe("Batches", () => {
      it.effect("create", () =>
        Check.json(
          "/batches",
          Batches.create({
            input_file_id: "example",
            endpoint: "/v1/responses",
            completion_window: "24h"
          })
        ))
      it.effect("retrieve", () => Check.json("/batches/{batch_id}", Batches.retrieve("batch_abc123")))
      it.effect("list", () => Check.list("/batches", Batches.list()))
      it.effect("listPage", () => Check.page("/batches", Batches.listPage()))
      it.effect("cancel", () => Check.json("/batches/{batch_id}/cancel", Batches.cancel("batch_abc123")))
    })
    describe("BetaResponses", () => {
      it.effect("create", () => Check.json("/responses?beta=true", BetaResponses.create()))
      it.effect("createStream", () => Check.events("/responses?beta=true", BetaResponses.createStream()))
      it.effect("retrieve", () =>
        Check.json(
          "/responses/{response_id}?beta=true",
          BetaResponses.retrieve("resp_677efb5139a88190b512bc3fef8e535d")
        ))
      it.effect("retrieveStream", () =>
        Check.streamAccepted(
          "/responses/{response_id}?beta=true",
          BetaResponses.retrieveStream("resp_677efb5139a88190b512bc3fef8e535d")
        ))
      it.effect("delete", () =>
        Check.empty(
          "/responses/{response_id}?beta=true",
          BetaResponses.delete("resp_677efb5139a88190b512bc3fef8e535d")
        ))
      it.effect("cancel", () =>
        Check.json(
          "/responses/{response_id}/cancel?beta=true",
          BetaResponses.cancel("resp_677efb5139a88190b512bc3fef8e535d")
        ))
      it.effect("compact", () => Check.json("/responses/compact?beta=true", BetaResponses.compact({ model: "o1-pro" })))
    })
    describe("BetaResponsesInputItems", () => {
      it.effect("list", () =>
        Check.list("/responses/{response_id}/input_items?beta=true", BetaResponsesInputItems.list("response_abc123")))
      it.effect("listPage", () =>
        Check.page(
          "/responses/{response_id}/input_items?beta=true",
          BetaResponsesInputItems.listPage("response_abc123")
        ))
    })
    describe("BetaResponsesInputTokens", () => {
      it.effect("count", () => Check.json("/responses/input_tokens?beta=true", BetaResponsesInputTokens.count()))
    })
    describe("ChatCompletions", () => {
      it.effect("create", () =>
        Check.json(
          "/chat/completions",
          ChatCompletions.create({
            model: "gpt-4o",
            messages: [{ role: "user", content: "Hello!" }]
          })
        ))
      it.effect("createStream", () =>
        Check.events(
          "/chat/completions",
          ChatCompletions.createStream({
            model: "gpt-4o",
            messages: [{ role: "user", content: "Hello!" }]
          })
        ))
      it.effect("retrieve", () =>
        Check.json("/chat/completions/{completion_id}", ChatCompletions.retrieve("completion_abc123")))
      it.effect("update", () =>
        Check.json(
          "/chat/completions/{completion_id}",
          ChatCompletions.update("completion_abc123", {
            metadata: {}
          })
        ))
      it.effect("list", () => Check.list("/chat/completions", ChatCompletions.list()))
      it.effect("listPage", () => Check.page("/chat/completions", ChatCompletions.listPage()))
      it.effect("delete", () =>
        Check.json("/chat/completions/{completion_id}", ChatCompletions.delete("completion_abc123")))
    })
    describe("ChatCompletionsMessages", () => {
      it.effect("list", () =>
        Check.list("/chat/completions/{completion_id}/messages", ChatCompletionsMessages.list("completion_abc123")))
      it.effect("listPage", () =>
        Check.page("/chat/completions/{completion_id}/messages", ChatCompletionsMessages.listPage("completion_abc123")))
    })
    describe("ChatkitSessions", () => {
      it.effect("create", () =>
        Check.json(
          "/chatkit/sessions",
          ChatkitSessions.create({
            workflow: { id: "example" },
            user: "example"
          })
        ))
      it.effect("cancel", () =>
        Check.json("/chatkit/sessions/{session_id}/cancel", ChatkitSessions.cancel("cksess_123")))
    })
    describe("ChatkitThreads", () => {
      it.effect("retrieve", () => Check.json("/chatkit/threads/{thread_id}", ChatkitThreads.retrieve("cthr_123")))
      it.effect("list", () => Check.list("/chatkit/threads", ChatkitThreads.list()))
      it.effect("listPage", () => Check.page("/chatkit/threads", ChatkitThreads.listPage()))
      it.effect("delete", () => Check.json("/chatkit/threads/{thread_id}", ChatkitThreads.delete("cthr_123")))
      it.effect("listItems", () =>
        Check.list("/chatkit/threads/{thread_id}/items", ChatkitThreads.listItems("cthr_123")))
      it.effect("listItemsPage", () =>
        Check.page("/chatkit/threads/{thread_id}/items", ChatkitThreads.listItemsPage("cthr_123")))
    })
    describe("Completions", () => {
      it.effect("create", () =>
        Check.json(
          "/completions",
          Completions.create({
            model: "gpt-3.5-turbo-instruct",
            prompt: "Say this is a test"
          })
        ))
      it.effect("createStream", () =>
        Check.streamAccepted(
          "/completions",
          Completions.createStream({
            model: "gpt-3.5-turbo-instruct",
            prompt: "Say this is a test"
          })
        ))
    })
    describe("Containers", () => {
      it.effect("create", () => Check.json("/containers", Containers.create({ name: "example" })))
      it.effect("retrieve", () => Check.json("/containers/{container_id}", Containers.retrieve("container_abc123")))
      it.effect("list", () => Check.list("/containers", Containers.list()))
      it.effect("listPage", () => Check.page("/containers", Containers.listPage()))
      it.effect("delete", () => Check.empty("/containers/{container_id}", Containers.delete("container_abc123")))
    })
    describe("ContainersFiles", () => {
      it.effect("create", () =>
        Check.json("/containers/{container_id}/files", ContainersFiles.create("container_abc123")))
      it.effect("retrieve", () =>
        Check.json(
          "/containers/{container_id}/files/{file_id}",
          ContainersFiles.retrieve("file_abc123", {
            container_id: "container_abc123"
          })
        ))
      it.effect("list", () => Check.list("/containers/{container_id}/files", ContainersFiles.list("container_abc123")))
      it.effect("listPage", () =>
        Check.page("/containers/{container_id}/files", ContainersFiles.listPage("container_abc123")))
      it.effect("delete", () =>
        Check.empty(
          "/containers/{container_id}/files/{file_id}",
          ContainersFiles.delete("file_abc123", {
            container_id: "container_abc123"
          })
        ))
    })
    describe("ContainersFilesContent", () => {
      it.effect("retrieve", () =>
        Check.binary(
          "/containers/{container_id}/files/{file_id}/content",
          ContainersFilesContent.retrieve("file_abc123", {
            container_id: "container_abc123"
          })
        ))
    })
    describe("ContentProvenanceChecks", () => {
      it.effect("create", () =>
        Check.json(
          "/content_provenance_checks",
          ContentProvenanceChecks.create({
            file: new File(["example"], "file.jsonl")
          })
        ))
    })
    describe("Conversations", () => {
      it.effect("create", () => Check.json("/conversations", Conversations.create()))
      it.effect("retrieve", () => Check.json("/conversations/{conversation_id}", Conversations.retrieve("conv_123")))
      it.effect("update", () =>
        Check.json(
          "/conversations/{conversation_id}",
          Conversations.update("conv_123", {
            metadata: {}
          })
        ))
      it.effect("delete", () => Check.json("/conversations/{conversation_id}", Conversations.delete("conv_123")))
    })
    describe("ConversationsItems", () => {
      it.effect("create", () =>
        Check.json(
          "/conversations/{conversation_id}/items",
          ConversationsItems.create("conv_123", {
            items: [{ type: "compaction_trigger" }]
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/conversations/{conversation_id}/items/{item_id}",
          ConversationsItems.retrieve("msg_abc", {
            conversation_id: "conv_123"
          })
        ))
      it.effect("list", () => Check.list("/conversations/{conversation_id}/items", ConversationsItems.list("conv_123")))
      it.effect("listPage", () =>
        Check.page("/conversations/{conversation_id}/items", ConversationsItems.listPage("conv_123")))
      it.effect("delete", () =>
        Check.json(
          "/conversations/{conversation_id}/items/{item_id}",
          ConversationsItems.delete("msg_abc", {
            conversation_id: "conv_123"
          })
        ))
    })
    describe("Embeddings", () => {
      it.effect("create", () =>
        Check.json(
          "/embeddings",
          Embeddings.create({
            model: "text-embedding-3-small",
            input: "The food was delicious."
          })
        ))
    })
    describe("Evals", () => {
      it.effect("create", () =>
        Check.json(
          "/evals",
          Evals.create({
            data_source_config: { type: "logs" },
            testing_criteria: [{ type: "python", name: "example", source: "example" }]
          })
        ))
      it.effect("retrieve", () => Check.json("/evals/{eval_id}", Evals.retrieve("eval_abc123")))
      it.effect("update", () => Check.json("/evals/{eval_id}", Evals.update("eval_abc123")))
      it.effect("list", () => Check.list("/evals", Evals.list()))
      it.effect("listPage", () => Check.page("/evals", Evals.listPage()))
      it.effect("delete", () => Check.json("/evals/{eval_id}", Evals.delete("eval_abc123")))
    })
    describe("EvalsRuns", () => {
      it.effect("create", () =>
        Check.json(
          "/evals/{eval_id}/runs",
          EvalsRuns.create("eval_abc123", {
            data_source: { type: "jsonl", source: { type: "file_content", content: [{ item: {} }] } }
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/evals/{eval_id}/runs/{run_id}",
          EvalsRuns.retrieve("run_abc123", {
            eval_id: "eval_abc123"
          })
        ))
      it.effect("list", () => Check.list("/evals/{eval_id}/runs", EvalsRuns.list("eval_abc123")))
      it.effect("listPage", () => Check.page("/evals/{eval_id}/runs", EvalsRuns.listPage("eval_abc123")))
      it.effect("delete", () =>
        Check.json(
          "/evals/{eval_id}/runs/{run_id}",
          EvalsRuns.delete("run_abc123", {
            eval_id: "eval_abc123"
          })
        ))
      it.effect("cancel", () =>
        Check.json(
          "/evals/{eval_id}/runs/{run_id}",
          EvalsRuns.cancel("run_abc123", {
            eval_id: "eval_abc123"
          })
        ))
    })
    describe("EvalsRunsOutputItems", () => {
      it.effect("retrieve", () =>
        Check.json(
          "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
          EvalsRunsOutputItems.retrieve("output_item_abc123", {
            eval_id: "eval_abc123",
            run_id: "run_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list(
          "/evals/{eval_id}/runs/{run_id}/output_items",
          EvalsRunsOutputItems.list("run_abc123", {
            eval_id: "eval_abc123"
          })
        ))
      it.effect("listPage", () =>
        Check.page(
          "/evals/{eval_id}/runs/{run_id}/output_items",
          EvalsRunsOutputItems.listPage("run_abc123", {
            eval_id: "eval_abc123"
          })
        ))
    })
    describe("Files", () => {
      it.effect("create", () =>
        Check.json(
          "/files",
          Files.create({
            file: new File(["example"], "file.jsonl"),
            purpose: "assistants"
          })
        ))
      it.effect("retrieve", () => Check.json("/files/{file_id}", Files.retrieve("file_abc123")))
      it.effect("list", () => Check.list("/files", Files.list()))
      it.effect("listPage", () => Check.page("/files", Files.listPage()))
      it.effect("delete", () => Check.json("/files/{file_id}", Files.delete("file_abc123")))
      it.effect("content", () => Check.binary("/files/{file_id}/content", Files.content("file_abc123")))
    })
    describe("FineTuningAlphaGraders", () => {
      it.effect("run", () =>
        Check.json(
          "/fine_tuning/alpha/graders/run",
          FineTuningAlphaGraders.run({
            grader: { type: "python", name: "example", source: "example" },
            model_sample: "example"
          })
        ))
      it.effect("validate", () =>
        Check.json(
          "/fine_tuning/alpha/graders/validate",
          FineTuningAlphaGraders.validate({
            grader: { type: "python", name: "example", source: "example" }
          })
        ))
    })
    describe("FineTuningCheckpointsPermissions", () => {
      it.effect("create", () =>
        Check.list(
          "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
          FineTuningCheckpointsPermissions.create("ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", {
            project_ids: ["example"]
          })
        ))
      it.effect("createPage", () =>
        Check.page(
          "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
          FineTuningCheckpointsPermissions.createPage("ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", {
            project_ids: ["example"]
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
          FineTuningCheckpointsPermissions.retrieve("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        ))
      it.effect("list", () =>
        Check.list(
          "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
          FineTuningCheckpointsPermissions.list("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        ))
      it.effect("listPage", () =>
        Check.page(
          "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
          FineTuningCheckpointsPermissions.listPage("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        ))
      it.effect("delete", () =>
        Check.json(
          "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
          FineTuningCheckpointsPermissions.delete("cp_zc4Q7MP6XxulcVzj4MZdwsAB", {
            fine_tuned_model_checkpoint: "ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd"
          })
        ))
    })
    describe("FineTuningJobs", () => {
      it.effect("create", () =>
        Check.json(
          "/fine_tuning/jobs",
          FineTuningJobs.create({
            model: "babbage-002",
            training_file: "file-abc123"
          })
        ))
      it.effect("retrieve", () =>
        Check.json("/fine_tuning/jobs/{fine_tuning_job_id}", FineTuningJobs.retrieve("ft-AF1WoRqd3aJAHsqc9NY7iL8F")))
      it.effect("list", () => Check.list("/fine_tuning/jobs", FineTuningJobs.list()))
      it.effect("listPage", () => Check.page("/fine_tuning/jobs", FineTuningJobs.listPage()))
      it.effect("cancel", () =>
        Check.json(
          "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
          FineTuningJobs.cancel("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        ))
      it.effect("listEvents", () =>
        Check.list(
          "/fine_tuning/jobs/{fine_tuning_job_id}/events",
          FineTuningJobs.listEvents("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        ))
      it.effect("listEventsPage", () =>
        Check.page(
          "/fine_tuning/jobs/{fine_tuning_job_id}/events",
          FineTuningJobs.listEventsPage("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        ))
      it.effect("pause", () =>
        Check.json("/fine_tuning/jobs/{fine_tuning_job_id}/pause", FineTuningJobs.pause("ft-AF1WoRqd3aJAHsqc9NY7iL8F")))
      it.effect("resume", () =>
        Check.json(
          "/fine_tuning/jobs/{fine_tuning_job_id}/resume",
          FineTuningJobs.resume("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        ))
    })
    describe("FineTuningJobsCheckpoints", () => {
      it.effect("list", () =>
        Check.list(
          "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
          FineTuningJobsCheckpoints.list("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        ))
      it.effect("listPage", () =>
        Check.page(
          "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
          FineTuningJobsCheckpoints.listPage("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
        ))
    })
    describe("Images", () => {
      it.effect("createVariation", () =>
        Check.json(
          "/images/variations",
          Images.createVariation({
            image: new File(["example"], "image.png")
          })
        ))
      it.effect("edit", () =>
        Check.json(
          "/images/edits",
          Images.edit({
            prompt: "example",
            image: new File(["example"], "image.png")
          })
        ))
      it.effect("editStream", () =>
        Check.events(
          "/images/edits",
          Images.editStream({
            prompt: "example",
            image: new File(["example"], "image.png")
          })
        ))
      it.effect("generate", () =>
        Check.json(
          "/images/generations",
          Images.generate({
            model: "gpt-image-1",
            prompt: "A watercolor fox in the snow"
          })
        ))
      it.effect("generateStream", () =>
        Check.events(
          "/images/generations",
          Images.generateStream({
            model: "gpt-image-1",
            prompt: "A watercolor fox in the snow"
          })
        ))
    })
    describe("Models", () => {
      it.effect("retrieve", () => Check.json("/models/{model}", Models.retrieve("gpt-4o-mini")))
      it.effect("list", () => Check.list("/models", Models.list()))
      it.effect("listPage", () => Check.page("/models", Models.listPage()))
      it.effect("delete", () => Check.json("/models/{model}", Models.delete("ft:gpt-4o-mini:acemeco:suffix:abc123")))
    })
    describe("Moderations", () => {
      it.effect("create", () => Check.json("/moderations", Moderations.create({ input: "I want to hug everyone." })))
    })
    describe("RealtimeCalls", () => {
      it.effect("accept", () =>
        Check.empty(
          "/realtime/calls/{call_id}/accept",
          RealtimeCalls.accept("call_abc123", {
            type: "realtime"
          })
        ))
      it.effect("hangup", () => Check.empty("/realtime/calls/{call_id}/hangup", RealtimeCalls.hangup("call_abc123")))
      it.effect("refer", () =>
        Check.empty(
          "/realtime/calls/{call_id}/refer",
          RealtimeCalls.refer("call_abc123", {
            target_uri: "example"
          })
        ))
      it.effect("reject", () => Check.empty("/realtime/calls/{call_id}/reject", RealtimeCalls.reject("call_abc123")))
      it.effect("create", () => Check.binary("/realtime/calls", RealtimeCalls.create({ sdp: "example" })))
    })
    describe("RealtimeClientSecrets", () => {
      it.effect("create", () => Check.json("/realtime/client_secrets", RealtimeClientSecrets.create()))
    })
    describe("RealtimeSessions", () => {
      it.effect("create", () =>
        Check.json(
          "/realtime/sessions",
          RealtimeSessions.create({
            client_secret: { value: "example", expires_at: 0 }
          })
        ))
    })
    describe("RealtimeTranscriptionSessions", () => {
      it.effect("create", () => Check.json("/realtime/transcription_sessions", RealtimeTranscriptionSessions.create()))
    })
    describe("RealtimeTranslationsClientSecrets", () => {
      it.effect("create", () =>
        Check.json(
          "/realtime/translations/client_secrets",
          RealtimeTranslationsClientSecrets.create({
            session: { model: "example" }
          })
        ))
    })
    describe("Responses", () => {
      it.effect("create", () =>
        Check.json(
          "/responses",
          Responses.create({
            model: "gpt-4o",
            input: "Write a haiku about the sea."
          })
        ))
      it.effect("createStream", () =>
        Check.events(
          "/responses",
          Responses.createStream({
            model: "gpt-4o",
            input: "Write a haiku about the sea."
          })
        ))
      it.effect("retrieve", () =>
        Check.json("/responses/{response_id}", Responses.retrieve("resp_677efb5139a88190b512bc3fef8e535d")))
      it.effect("retrieveStream", () =>
        Check.streamAccepted(
          "/responses/{response_id}",
          Responses.retrieveStream("resp_677efb5139a88190b512bc3fef8e535d")
        ))
      it.effect("delete", () =>
        Check.empty("/responses/{response_id}", Responses.delete("resp_677efb5139a88190b512bc3fef8e535d")))
      it.effect("cancel", () =>
        Check.json("/responses/{response_id}/cancel", Responses.cancel("resp_677efb5139a88190b512bc3fef8e535d")))
      it.effect("compact", () => Check.json("/responses/compact", Responses.compact({ model: "o1-pro" })))
    })
    describe("ResponsesInputItems", () => {
      it.effect("list", () =>
        Check.list("/responses/{response_id}/input_items", ResponsesInputItems.list("response_abc123")))
      it.effect("listPage", () =>
        Check.page("/responses/{response_id}/input_items", ResponsesInputItems.listPage("response_abc123")))
    })
    describe("ResponsesInputTokens", () => {
      it.effect("count", () => Check.json("/responses/input_tokens", ResponsesInputTokens.count()))
    })
    describe("Skills", () => {
      it.effect("create", () => Check.json("/skills", Skills.create()))
      it.effect("retrieve", () => Check.json("/skills/{skill_id}", Skills.retrieve("skill_123")))
      it.effect("update", () =>
        Check.json(
          "/skills/{skill_id}",
          Skills.update("skill_123", {
            default_version: "example"
          })
        ))
      it.effect("list", () => Check.list("/skills", Skills.list()))
      it.effect("listPage", () => Check.page("/skills", Skills.listPage()))
      it.effect("delete", () => Check.json("/skills/{skill_id}", Skills.delete("skill_123")))
    })
    describe("SkillsContent", () => {
      it.effect("retrieve", () => Check.binary("/skills/{skill_id}/content", SkillsContent.retrieve("skill_123")))
    })
    describe("SkillsVersions", () => {
      it.effect("create", () => Check.json("/skills/{skill_id}/versions", SkillsVersions.create("skill_123")))
      it.effect("retrieve", () =>
        Check.json(
          "/skills/{skill_id}/versions/{version}",
          SkillsVersions.retrieve("version_abc123", {
            skill_id: "skill_123"
          })
        ))
      it.effect("list", () => Check.list("/skills/{skill_id}/versions", SkillsVersions.list("skill_123")))
      it.effect("listPage", () => Check.page("/skills/{skill_id}/versions", SkillsVersions.listPage("skill_123")))
      it.effect("delete", () =>
        Check.json(
          "/skills/{skill_id}/versions/{version}",
          SkillsVersions.delete("version_abc123", {
            skill_id: "skill_123"
          })
        ))
    })
    describe("SkillsVersionsContent", () => {
      it.effect("retrieve", () =>
        Check.binary(
          "/skills/{skill_id}/versions/{version}/content",
          SkillsVersionsContent.retrieve("version_abc123", {
            skill_id: "skill_123"
          })
        ))
    })
    describe("Threads", () => {
      it.effect("create", () => Check.json("/threads", Threads.create()))
      it.effect("retrieve", () => Check.json("/threads/{thread_id}", Threads.retrieve("thread_abc123")))
      it.effect("update", () => Check.json("/threads/{thread_id}", Threads.update("thread_abc123")))
      it.effect("delete", () => Check.json("/threads/{thread_id}", Threads.delete("thread_abc123")))
      it.effect("createAndRun", () => Check.json("/threads/runs", Threads.createAndRun({ assistant_id: "example" })))
      it.effect("createAndRunStream", () =>
        Check.streamAccepted(
          "/threads/runs",
          Threads.createAndRunStream({
            assistant_id: "example"
          })
        ))
    })
    describe("ThreadsMessages", () => {
      it.effect("create", () =>
        Check.json(
          "/threads/{thread_id}/messages",
          ThreadsMessages.create("thread_abc123", {
            role: "user",
            content: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/threads/{thread_id}/messages/{message_id}",
          ThreadsMessages.retrieve("message_abc123", {
            thread_id: "thread_abc123"
          })
        ))
      it.effect("update", () =>
        Check.json(
          "/threads/{thread_id}/messages/{message_id}",
          ThreadsMessages.update("message_abc123", {
            thread_id: "thread_abc123"
          })
        ))
      it.effect("list", () => Check.list("/threads/{thread_id}/messages", ThreadsMessages.list("thread_abc123")))
      it.effect("listPage", () =>
        Check.page("/threads/{thread_id}/messages", ThreadsMessages.listPage("thread_abc123")))
      it.effect("delete", () =>
        Check.json(
          "/threads/{thread_id}/messages/{message_id}",
          ThreadsMessages.delete("message_abc123", {
            thread_id: "thread_abc123"
          })
        ))
    })
    describe("ThreadsRuns", () => {
      it.effect("create", () =>
        Check.json(
          "/threads/{thread_id}/runs",
          ThreadsRuns.create("thread_abc123", {
            assistant_id: "example"
          })
        ))
      it.effect("createStream", () =>
        Check.streamAccepted(
          "/threads/{thread_id}/runs",
          ThreadsRuns.createStream("thread_abc123", {
            assistant_id: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/threads/{thread_id}/runs/{run_id}",
          ThreadsRuns.retrieve("run_abc123", {
            thread_id: "thread_abc123"
          })
        ))
      it.effect("update", () =>
        Check.json(
          "/threads/{thread_id}/runs/{run_id}",
          ThreadsRuns.update("run_abc123", {
            thread_id: "thread_abc123"
          })
        ))
      it.effect("list", () => Check.list("/threads/{thread_id}/runs", ThreadsRuns.list("thread_abc123")))
      it.effect("listPage", () => Check.page("/threads/{thread_id}/runs", ThreadsRuns.listPage("thread_abc123")))
      it.effect("cancel", () =>
        Check.json(
          "/threads/{thread_id}/runs/{run_id}/cancel",
          ThreadsRuns.cancel("run_abc123", {
            thread_id: "thread_abc123"
          })
        ))
      it.effect("submitToolOutputs", () =>
        Check.json(
          "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
          ThreadsRuns.submitToolOutputs("run_abc123", {
            thread_id: "thread_abc123",
            tool_outputs: [{}]
          })
        ))
      it.effect("submitToolOutputsStream", () =>
        Check.streamAccepted(
          "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
          ThreadsRuns.submitToolOutputsStream("run_abc123", {
            thread_id: "thread_abc123",
            tool_outputs: [{}]
          })
        ))
    })
    describe("ThreadsRunsSteps", () => {
      it.effect("retrieve", () =>
        Check.json(
          "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
          ThreadsRunsSteps.retrieve("step_abc123", {
            thread_id: "thread_abc123",
            run_id: "run_abc123"
          })
        ))
      it.effect("list", () =>
        Check.list(
          "/threads/{thread_id}/runs/{run_id}/steps",
          ThreadsRunsSteps.list("run_abc123", {
            thread_id: "thread_abc123"
          })
        ))
      it.effect("listPage", () =>
        Check.page(
          "/threads/{thread_id}/runs/{run_id}/steps",
          ThreadsRunsSteps.listPage("run_abc123", {
            thread_id: "thread_abc123"
          })
        ))
    })
    describe("Uploads", () => {
      it.effect("create", () =>
        Check.json(
          "/uploads",
          Uploads.create({
            filename: "example",
            purpose: "assistants",
            bytes: 0,
            mime_type: "example"
          })
        ))
      it.effect("cancel", () => Check.json("/uploads/{upload_id}/cancel", Uploads.cancel("upload_abc123")))
      it.effect("complete", () =>
        Check.json(
          "/uploads/{upload_id}/complete",
          Uploads.complete("upload_abc123", {
            part_ids: ["example"]
          })
        ))
    })
    describe("UploadsParts", () => {
      it.effect("create", () =>
        Check.json(
          "/uploads/{upload_id}/parts",
          UploadsParts.create("upload_abc123", {
            data: new File(["example"], "part.bin")
          })
        ))
    })
    describe("VectorStores", () => {
      it.effect("create", () => Check.json("/vector_stores", VectorStores.create()))
      it.effect("retrieve", () =>
        Check.json("/vector_stores/{vector_store_id}", VectorStores.retrieve("vector_store_abc123")))
      it.effect("update", () =>
        Check.json("/vector_stores/{vector_store_id}", VectorStores.update("vector_store_abc123")))
      it.effect("list", () => Check.list("/vector_stores", VectorStores.list()))
      it.effect("listPage", () => Check.page("/vector_stores", VectorStores.listPage()))
      it.effect("delete", () =>
        Check.json("/vector_stores/{vector_store_id}", VectorStores.delete("vector_store_abc123")))
      it.effect("search", () =>
        Check.list(
          "/vector_stores/{vector_store_id}/search",
          VectorStores.search("vs_abc123", {
            query: "example"
          })
        ))
      it.effect("searchPage", () =>
        Check.page(
          "/vector_stores/{vector_store_id}/search",
          VectorStores.searchPage("vs_abc123", {
            query: "example"
          })
        ))
    })
    describe("VectorStoresFileBatches", () => {
      it.effect("create", () =>
        Check.json("/vector_stores/{vector_store_id}/file_batches", VectorStoresFileBatches.create("vs_abc123")))
      it.effect("retrieve", () =>
        Check.json(
          "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
          VectorStoresFileBatches.retrieve("vsfb_abc123", {
            vector_store_id: "vs_abc123"
          })
        ))
      it.effect("cancel", () =>
        Check.json(
          "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
          VectorStoresFileBatches.cancel("batch_abc123", {
            vector_store_id: "vector_store_abc123"
          })
        ))
      it.effect("listFiles", () =>
        Check.list(
          "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
          VectorStoresFileBatches.listFiles("batch_abc123", {
            vector_store_id: "vector_store_abc123"
          })
        ))
      it.effect("listFilesPage", () =>
        Check.page(
          "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
          VectorStoresFileBatches.listFilesPage("batch_abc123", {
            vector_store_id: "vector_store_abc123"
          })
        ))
    })
    describe("VectorStoresFiles", () => {
      it.effect("create", () =>
        Check.json(
          "/vector_stores/{vector_store_id}/files",
          VectorStoresFiles.create("vs_abc123", {
            file_id: "example"
          })
        ))
      it.effect("retrieve", () =>
        Check.json(
          "/vector_stores/{vector_store_id}/files/{file_id}",
          VectorStoresFiles.retrieve("file-abc123", {
            vector_store_id: "vs_abc123"
          })
        ))
      it.effect("update", () =>
        Check.json(
          "/vector_stores/{vector_store_id}/files/{file_id}",
          VectorStoresFiles.update("file-abc123", {
            vector_store_id: "vs_abc123",
            attributes: {}
          })
        ))
      it.effect("list", () =>
        Check.list("/vector_stores/{vector_store_id}/files", VectorStoresFiles.list("vector_store_abc123")))
      it.effect("listPage", () =>
        Check.page("/vector_stores/{vector_store_id}/files", VectorStoresFiles.listPage("vector_store_abc123")))
      it.effect("delete", () =>
        Check.json(
          "/vector_stores/{vector_store_id}/files/{file_id}",
          VectorStoresFiles.delete("file_abc123", {
            vector_store_id: "vector_store_abc123"
          })
        ))
      it.effect("content", () =>
        Check.list(
          "/vector_stores/{vector_store_id}/files/{file_id}/content",
          VectorStoresFiles.content("file-abc123", {
            vector_store_id: "vs_abc123"
          })
        ))
      it.effect("contentPage", () =>
        Check.page(
          "/vector_stores/{vector_store_id}/files/{file_id}/content",
          VectorStoresFiles.contentPage("file-abc123", {
            vector_store_id: "vs_abc123"
          })
        ))
    })
    describe("Videos", () => {
      it.effect("create", () => Check.json("/videos", Videos.create({ prompt: "example" })))
      it.effect("retrieve", () => Check.json("/videos/{video_id}", Videos.retrieve("video_123")))
      it.effect("list", () => Check.list("/videos", Videos.list()))
      it.effect("listPage", () => Check.page("/videos", Videos.listPage()))
      it.effect("delete", () => Check.json("/videos/{video_id}", Videos.delete("video_123")))
      it.effect("createCharacter", () =>
        Check.json(
          "/videos/characters",
          Videos.createCharacter({
            video: new File(["example"], "video.mp4"),
            name: "example"
          })
        ))
      it.effect("downloadContent", () =>
        Check.binary("/videos/{video_id}/content", Videos.downloadContent("video_123")))
      it.effect("edit", () =>
        Check.json(
          "/videos/edits",
          Videos.edit({
            video: new File(["example"], "video.mp4"),
            prompt: "example"
          })
        ))
      it.effect("extend", () =>
        Check.json(
          "/videos/extensions",
          Videos.extend({
            video: new File(["example"], "video.mp4"),
            prompt: "example",
            seconds: "4"
          })
        ))
      it.effect("getCharacter", () => Check.json("/videos/characters/{character_id}", Videos.getCharacter("char_123")))
      it.effect("remix", () => Check.json("/videos/{video_id}/remix", Videos.remix("video_123", { prompt: "example" })))
    })
  })
} else {
  describe.skip("conformance against steady: ../shared/openapi is absent, skipped", () => {})
}
