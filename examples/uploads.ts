/**
 * Uploads from bytes, from an Effect Stream (sent as it is produced, never
 * buffered whole), and from a path on disk; then read a file's content back.
 */
import * as NodeUploadable from "@openai-effect/core/NodeUploadable"
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as Files from "@openai-effect/resources/Files"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { run } from "./runtime.ts"

const encoder = new TextEncoder()

const program = Effect.gen(function*() {
  const fromBytes = yield* Files.create({
    file: Uploadable.toFile(encoder.encode(`{"a":1}\n`), "bytes.jsonl"),
    purpose: "user_data"
  })
  yield* Console.log(`bytes  -> ${fromBytes.filename} (${fromBytes.bytes} bytes)`)

  const lines = Stream.range(1, 1000).pipe(Stream.map((i) => encoder.encode(`{"line":${i}}\n`)))
  const fromStream = yield* Files.create({ file: Uploadable.toFile(lines, "stream.jsonl"), purpose: "user_data" })
  yield* Console.log(`stream -> ${fromStream.filename} (${fromStream.bytes} bytes)`)

  const path = join(mkdtempSync(join(tmpdir(), "openai-effect-")), "disk.jsonl")
  writeFileSync(path, `{"from":"disk"}\n`)
  const fromDisk = yield* Files.create({ file: yield* NodeUploadable.fromPath(path), purpose: "user_data" })
  yield* Console.log(`path   -> ${fromDisk.filename} (${fromDisk.bytes} bytes)`)

  const content = yield* Files.content(fromBytes.id)
  yield* Console.log(`content of ${fromBytes.id}: ${(yield* content.text).trim()}`)

  for (const file of [fromBytes, fromStream, fromDisk]) yield* Files.delete(file.id)
})

await run(program)
