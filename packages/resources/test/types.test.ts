/**
 * Compile-time checks of the generated signatures: `pnpm check` type-checks
 * this file, so an expectation that stops holding breaks the build. The
 * runtime test only keeps vitest from calling the file empty.
 */
import { assert, describe, it } from "@effect/vitest"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Files from "@openai-effect/resources/Files"

const messages = [{ role: "user" as const, content: "Hi" }]

export const typeChecks = [
  ChatCompletions.create({ model: "gpt-4o", messages }),
  ChatCompletions.create({ model: "gpt-4o", messages, stream: false }),
  // @ts-expect-error the plain variant cannot be asked to stream: use createStream
  ChatCompletions.create({ model: "gpt-4o", messages, stream: true }),
  ChatCompletions.createStream({ model: "gpt-4o", messages }),
  // @ts-expect-error model is required
  ChatCompletions.create({ messages }),
  // @ts-expect-error the last path parameter is the first argument
  Files.retrieve({ file_id: "file_1" }),
  Files.retrieve("file_1"),
  // @ts-expect-error an upload must be a file-like value
  Files.create({ file: 42, purpose: "assistants" })
]

describe("generated signatures", () => {
  it("build effects without running them", () => {
    assert.strictEqual(typeChecks.length, 8)
  })
})
