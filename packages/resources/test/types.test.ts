/**
 * Compile-time checks of the generated signatures: `pnpm check` type-checks
 * this file, so an expectation that stops holding breaks the build. The
 * runtime test only keeps vitest from calling the file empty.
 */
import { assert, describe, it } from "@effect/vitest"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Embeddings from "@openai-effect/resources/Embeddings"
import * as Files from "@openai-effect/resources/Files"
import * as Responses from "@openai-effect/resources/Responses"
import type * as Effect from "effect/Effect"
import { createReadStream } from "node:fs"

const messages = [{ role: "user" as const, content: "Hi" }]

/** Checks that an embeddings call answers embeddings of type `A`. */
const embeddings = <A>(
  effect: Effect.Effect<{ readonly data: ReadonlyArray<{ readonly embedding: A }> }, unknown, unknown>
) => effect

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
  Files.create({ file: 42, purpose: "assistants" }),
  // a Node stream is an upload, named after its path
  () => Files.create({ file: createReadStream("input.jsonl"), purpose: "batch" }),
  // @ts-expect-error the stream variant always streams: use create
  ChatCompletions.createStream({ model: "gpt-4o", messages, stream: false }),
  ChatCompletions.createStream({ model: "gpt-4o", messages, stream: true }),
  // the result follows encoding_format: numbers by default and for float, strings for base64
  embeddings<ReadonlyArray<number>>(Embeddings.create({ model: "text-embedding-3-small", input: "Hi" })),
  embeddings<ReadonlyArray<number>>(
    Embeddings.create({ model: "text-embedding-3-small", input: "Hi", encoding_format: "float" })
  ),
  embeddings<string>(Embeddings.create({ model: "text-embedding-3-small", input: "Hi", encoding_format: "base64" })),
  embeddings<ReadonlyArray<number>>(
    // @ts-expect-error base64 embeddings are strings, not numbers
    Embeddings.create({ model: "text-embedding-3-small", input: "Hi", encoding_format: "base64" })
  ),
  // @ts-expect-error a misspelled field is still caught
  Embeddings.create({ model: "text-embedding-3-small", input: "Hi", encoding_fromat: "base64" })
]

// The official SDK's request type names, on the resource modules.
const userMessage: ChatCompletions.ChatCompletionMessageParam = {
  role: "user",
  content: [{ type: "text", text: "Hi" }] satisfies ReadonlyArray<ChatCompletions.ChatCompletionContentPart>
}
const tool: ChatCompletions.ChatCompletionTool = { type: "custom", custom: { name: "grep" } }
const toolChoice: ChatCompletions.ChatCompletionToolChoiceOption = "auto"
const inputItem: Responses.ResponseInputItem = { role: "user", content: "Hi" }
const embeddingParams: Embeddings.EmbeddingCreateParams = { model: "text-embedding-3-small", input: "Hi" }
export const officialNames = [
  ChatCompletions.create({ model: "gpt-4o", messages: [userMessage], tools: [tool], tool_choice: toolChoice }),
  Responses.create({ model: "gpt-4o", input: [inputItem] }),
  Embeddings.create(embeddingParams)
]

describe("generated signatures", () => {
  it("build effects without running them", () => {
    assert.strictEqual(typeChecks.length + officialNames.length, 19)
  })
})
