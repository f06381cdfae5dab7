import { assert, describe, it } from "@effect/vitest"
import {
  camelCase,
  declarationName,
  deriveEndpoint,
  fullModuleName,
  moduleNames,
  pathParams,
  propertyKey
} from "./naming.ts"

describe("module names", () => {
  it("joins the accessor's segments in PascalCase, keeping inner capitals", () => {
    assert.strictEqual(fullModuleName("chat.completions"), "ChatCompletions")
    assert.strictEqual(fullModuleName("fineTuning.jobs.checkpoints"), "FineTuningJobsCheckpoints")
    assert.strictEqual(fullModuleName("admin.organization.adminAPIKeys"), "AdminOrganizationAdminAPIKeys")
    assert.strictEqual(fullModuleName("files"), "Files")
  })

  it("drops a leading beta segment when the shorter name is free", () => {
    const names = moduleNames(["beta.threads.runs", "beta.assistants", "evals.runs", "beta.chatkit.sessions"])
    assert.strictEqual(names.get("beta.threads.runs"), "ThreadsRuns")
    assert.strictEqual(names.get("beta.assistants"), "Assistants")
    assert.strictEqual(names.get("beta.chatkit.sessions"), "ChatkitSessions")
    assert.strictEqual(names.get("evals.runs"), "EvalsRuns")
  })

  it("keeps the beta segment when the shorter name belongs to another accessor", () => {
    const names = moduleNames(["responses", "beta.responses", "responses.inputItems", "beta.responses.inputItems"])
    assert.strictEqual(names.get("responses"), "Responses")
    assert.strictEqual(names.get("beta.responses"), "BetaResponses")
    assert.strictEqual(names.get("responses.inputItems"), "ResponsesInputItems")
    assert.strictEqual(names.get("beta.responses.inputItems"), "BetaResponsesInputItems")
  })

  it("does not depend on the order of the accessors", () => {
    const a = moduleNames(["beta.responses", "responses", "beta.threads"])
    const b = moduleNames(["beta.threads", "responses", "beta.responses"])
    assert.deepStrictEqual([...a].sort(), [...b].sort())
  })

  it("fails on two accessors with one name", () => {
    assert.throws(() => moduleNames(["a.bC", "aB.c"]), /collision/)
  })

  it("declares reserved words with a trailing underscore", () => {
    assert.strictEqual(declarationName("delete"), "delete_")
    assert.strictEqual(declarationName("retrieve"), "retrieve")
  })
})

describe("operations the official SDK lacks", () => {
  const cases: ReadonlyArray<readonly [string, string, string, string]> = [
    ["GET", "/audio/voice_consents", "audio.voiceConsents", "list"],
    ["POST", "/audio/voice_consents", "audio.voiceConsents", "create"],
    ["GET", "/audio/voice_consents/{consent_id}", "audio.voiceConsents", "retrieve"],
    ["POST", "/audio/voice_consents/{consent_id}", "audio.voiceConsents", "update"],
    ["DELETE", "/audio/voice_consents/{consent_id}", "audio.voiceConsents", "delete"],
    ["POST", "/audio/voices", "audio.voices", "create"],
    ["POST", "/realtime/calls", "realtime.calls", "create"],
    ["POST", "/realtime/sessions", "realtime.sessions", "create"],
    ["POST", "/realtime/transcription_sessions", "realtime.transcriptionSessions", "create"],
    ["POST", "/realtime/translations/client_secrets", "realtime.translations.clientSecrets", "create"],
    ["POST", "/things/{thing_id}/cancel", "things", "cancel"],
    ["PATCH", "/things/{thing_id}", "things", "update"]
  ]
  for (const [http, path, accessor, method] of cases) {
    it(`${http} ${path} is ${accessor}.${method}`, () => {
      assert.deepStrictEqual(deriveEndpoint(http, path), { accessor, method })
    })
  }
})

describe("identifiers", () => {
  it("camel-cases snake and kebab case", () => {
    assert.strictEqual(camelCase("fine_tuned_model_checkpoint"), "fineTunedModelCheckpoint")
    assert.strictEqual(camelCase("fine-tuning"), "fineTuning")
    assert.strictEqual(camelCase("model"), "model")
  })

  it("lists path parameters in order, ignoring a literal query", () => {
    assert.deepStrictEqual(pathParams("/threads/{thread_id}/runs/{run_id}?beta=true"), ["thread_id", "run_id"])
  })

  it("quotes property keys that are not identifiers", () => {
    assert.strictEqual(propertyKey("thread_id"), "thread_id")
    assert.strictEqual(propertyKey("include[]"), "\"include[]\"")
    assert.strictEqual(propertyKey("x-request-id"), "\"x-request-id\"")
  })
})
