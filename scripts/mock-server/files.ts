/**
 * `/files`: streamed multipart uploads (counted, not buffered), cursor-paginated lists over a
 * catalogue of `listSize` generated files plus the uploaded ones, retrieve, delete, and content.
 *
 * The generated catalogue is never materialised: file `i` is computed from `i`, and its id encodes
 * `i`, so any page of a 100,000-file list is built in O(page size).
 */
import { StringDecoder } from "node:string_decoder"
import type { Context } from "./http.ts"
import { drain, intParam, invalidRequest, missingParameter, notFound, orderParam, sendJson, writeHead } from "./http.ts"
import { boundaryOf, MultipartError, MultipartParser } from "./multipart.ts"
import type { Sequence } from "./paging.ts"
import { cursorPage } from "./paging.ts"
import { alphanumeric, hash, newId } from "./samples.ts"

export interface FileObject {
  readonly object: "file"
  readonly id: string
  readonly purpose: string
  readonly filename: string
  readonly bytes: number
  readonly created_at: number
  readonly expires_at: number | null
  readonly status: "processed"
  readonly status_details: null
}

interface Uploaded {
  readonly file: FileObject
  /** The uploaded bytes when the file is small enough to keep (at most `KEEP_CONTENT_BYTES`). */
  readonly content: ReadonlyArray<Buffer> | undefined
  /** The lines of a `.jsonl` upload whose every line is a JSON object (a batch input), whatever its size. */
  readonly lines?: ReadonlyArray<string> | undefined
  /** The content of a file the server made (a batch's output), produced again for each download. */
  readonly produce?: (() => Iterable<string>) | undefined
}

export interface FilesState {
  /** The number of generated files in the catalogue. */
  readonly listSize: number
  readonly baseTime: number
  /** Uploaded files, oldest first. */
  readonly uploaded: Array<Uploaded>
  readonly deletedGenerated: Set<number>
}

const KEEP_CONTENT_BYTES = 8 * 1024 * 1024
const MAX_LINE = 1024 * 1024

/**
 * Keeps the lines of an upload while each looks like a JSON object of at most 1 MiB; gives up (and
 * drops them) at the first that does not, so a large upload of anything else costs nothing.
 */
class LineCollector {
  lines: Array<string> | undefined = []
  private rest = ""
  private readonly decoder = new StringDecoder("utf8")
  write(bytes: Buffer): void {
    if (this.lines === undefined) return
    const parts = (this.rest + this.decoder.write(bytes)).split("\n")
    this.rest = parts.pop()!
    for (const line of parts) this.add(line)
    if ((this.rest.length > 0 && !this.rest.startsWith("{")) || this.rest.length > MAX_LINE) this.lines = undefined
  }
  end(): ReadonlyArray<string> | undefined {
    this.add(this.rest + this.decoder.end())
    return this.lines
  }
  private add(line: string): void {
    if (this.lines === undefined || line.trim() === "") return
    if (line.startsWith("{")) this.lines.push(line)
    else this.lines = undefined
  }
}
const PURPOSES = new Set(["assistants", "batch", "fine-tune", "vision", "user_data", "evals"])
const GENERATED_KINDS: ReadonlyArray<readonly [purpose: string, stem: string, extension: string]> = [
  ["assistants", "handbook", "pdf"],
  ["fine-tune", "training-set", "jsonl"],
  ["batch", "batch-input", "jsonl"],
  ["user_data", "notes", "txt"]
]

/** Generated file `i`: the id is 16 pseudo-random characters followed by `i` in base 36. */
const generatedId = (i: number): string =>
  `file-${alphanumeric(hash(`file${i}`), 16)}${i.toString(36).padStart(6, "0")}`

const generatedIndex = (state: FilesState, id: string): number => {
  if (!id.startsWith("file-") || id.length !== 27) return -1
  const i = parseInt(id.slice(21), 36)
  return Number.isInteger(i) && i >= 0 && i < state.listSize && generatedId(i) === id ? i : -1
}

const generatedFile = (state: FilesState, i: number): FileObject => {
  const [purpose, stem, extension] = GENERATED_KINDS[i % GENERATED_KINDS.length]
  const created = state.baseTime - (i + 1) * 3600
  return {
    object: "file",
    id: generatedId(i),
    purpose,
    filename: `${stem}-${String(i + 1).padStart(5, "0")}.${extension}`,
    bytes: 1024 + (hash(`bytes${i}`) % 500_000),
    created_at: created,
    expires_at: purpose === "batch" ? created + 30 * 86_400 : null,
    status: "processed",
    status_details: null
  }
}

/** All files, newest first: the uploaded ones, then the generated catalogue. */
const sequence = (state: FilesState): Sequence<FileObject> => {
  const uploads = state.uploaded.length
  return {
    size: uploads + state.listSize,
    at: (position) => {
      if (position < uploads) return state.uploaded[uploads - 1 - position].file
      const i = position - uploads
      return state.deletedGenerated.has(i) ? undefined : generatedFile(state, i)
    },
    positionOf: (id) => {
      const k = state.uploaded.findIndex((u) => u.file.id === id)
      if (k !== -1) return uploads - 1 - k
      const i = generatedIndex(state, id)
      return i === -1 ? -1 : uploads + i
    }
  }
}

const noSuchFile = (id: string) => notFound(`No such File object: ${id}`, "id")

const find = (state: FilesState, id: string): Uploaded | FileObject => {
  const uploaded = state.uploaded.find((u) => u.file.id === id)
  if (uploaded !== undefined) return uploaded
  const i = generatedIndex(state, id)
  if (i === -1 || state.deletedGenerated.has(i)) throw noSuchFile(id)
  return generatedFile(state, i)
}

/** `GET /files`. */
export const list = (ctx: Context, state: FilesState): void => {
  const purpose = ctx.query.get("purpose")
  sendJson(
    ctx,
    200,
    cursorPage(sequence(state), {
      after: ctx.query.get("after"),
      limit: intParam(ctx.query, "limit", 10_000, 1, 10_000),
      reversed: orderParam(ctx.query, "desc") === "asc",
      ...(purpose !== null ? { filter: (file: FileObject) => file.purpose === purpose } : {})
    })
  )
}

/** `GET /files/{file_id}`. */
export const retrieve = (ctx: Context, state: FilesState, id: string): void => {
  const found = find(state, id)
  sendJson(ctx, 200, "file" in found ? found.file : found)
}

/** `DELETE /files/{file_id}`. */
export const remove = (ctx: Context, state: FilesState, id: string): void => {
  const k = state.uploaded.findIndex((u) => u.file.id === id)
  if (k !== -1) {
    state.uploaded.splice(k, 1)
  } else {
    const i = generatedIndex(state, id)
    if (i === -1 || state.deletedGenerated.has(i)) throw noSuchFile(id)
    state.deletedGenerated.add(i)
  }
  sendJson(ctx, 200, { id, object: "file", deleted: true })
}

/** `GET /files/{file_id}/content`: the uploaded bytes, or generated text of the file's size. */
export const content = async (ctx: Context, state: FilesState, id: string): Promise<void> => {
  const found = find(state, id)
  const file = "file" in found ? found.file : found
  const kept = "file" in found ? found.content : undefined
  const produce = "file" in found ? found.produce : undefined
  if (produce !== undefined) return sendProduced(ctx, file, produce())
  writeHead(ctx, 200, {
    "content-type": "application/octet-stream",
    "content-length": file.bytes,
    "content-disposition": `attachment; filename="${file.filename.replace(/["\\\r\n]/g, "_")}"`
  })
  const { res } = ctx
  if (kept !== undefined) {
    for (const chunk of kept) if (!res.write(chunk) && !(await drain(res))) return
    res.end()
    return
  }
  // Lines like a batch input file, cut to the exact byte count, written in 64 KiB blocks.
  const line = (n: number) =>
    `{"custom_id":"request-${n}","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello!"}]}}\n`
  let remaining = file.bytes
  let n = 1
  while (remaining > 0) {
    let block = ""
    while (block.length < 65_536 && block.length < remaining) block += line(n++)
    const bytes = Buffer.from(block.length > remaining ? block.slice(0, remaining) : block)
    remaining -= bytes.length
    if (!res.write(bytes) && !(await drain(res))) return
  }
  res.end()
}

/** A produced file, written in 64 KiB blocks as it is generated. */
const sendProduced = async (ctx: Context, file: FileObject, lines: Iterable<string>): Promise<void> => {
  writeHead(ctx, 200, {
    "content-type": "application/octet-stream",
    "content-length": file.bytes,
    "content-disposition": `attachment; filename="${file.filename}"`
  })
  const { res } = ctx
  let block = ""
  for (const line of lines) {
    block += line
    if (block.length >= 65_536) {
      if (!res.write(block) && !(await drain(res))) return
      block = ""
    }
  }
  res.end(block)
}

/** Registers a file the server made (`purpose: batch_output`) and returns its id. */
export const addProduced = (
  state: FilesState,
  filename: string,
  bytes: number,
  produce: () => Iterable<string>
): string => {
  const created = Math.floor(Date.now() / 1000)
  const file: FileObject = {
    object: "file",
    id: newId("file-", 22),
    purpose: "batch_output",
    filename,
    bytes,
    created_at: created,
    expires_at: created + 30 * 86_400,
    status: "processed",
    status_details: null
  }
  state.uploaded.push({ file, content: undefined, produce })
  return file.id
}

/** The lines of an uploaded batch input file, or the API's 400 when it is not one. */
export const batchLines = (state: FilesState, id: string): ReadonlyArray<string> => {
  const uploaded = state.uploaded.find((u) => u.file.id === id)
  if (uploaded === undefined) throw noSuchFile(id)
  if (uploaded.file.purpose !== "batch" || uploaded.lines === undefined) {
    throw invalidRequest(`The file ${id} is not a batch input file (purpose 'batch', JSONL).`, "input_file_id")
  }
  return uploaded.lines
}

/** `POST /files`: a streamed multipart upload with `file` and `purpose` (and optional `expires_after`). */
export const create = async (ctx: Context, state: FilesState): Promise<void> => {
  const contentType = ctx.req.headers["content-type"]
  const boundary = boundaryOf(contentType)
  if (boundary === undefined) {
    throw invalidRequest(
      `Invalid Content-Type header (${
        contentType ?? "none"
      }), expected multipart/form-data. (HINT: If you're using curl, you can pass -H 'Content-Type: multipart/form-data')`
    )
  }
  const fields = new Map<string, string>()
  let upload:
    | { filename: string; bytes: number; chunks: Array<Buffer> | undefined; lines: LineCollector | undefined }
    | undefined
  let field: { name: string; parts: Array<Buffer>; size: number } | undefined
  let failure: Error | undefined
  const parser = new MultipartParser(boundary, {
    onPart: (part) => {
      if (part.name === "file") {
        if (part.filename === undefined) throw new MultipartError("the 'file' field must be a file with a filename")
        upload = {
          filename: part.filename,
          bytes: 0,
          chunks: [],
          lines: part.filename.endsWith(".jsonl") ? new LineCollector() : undefined
        }
        field = undefined
      } else {
        field = { name: part.name, parts: [], size: 0 }
      }
    },
    onData: (bytes) => {
      if (field !== undefined) {
        field.size += bytes.length
        if (field.size > 65_536) throw new MultipartError(`the field '${field.name}' is too large`)
        field.parts.push(bytes)
      } else if (upload !== undefined) {
        upload.bytes += bytes.length
        upload.lines?.write(bytes)
        if (upload.chunks !== undefined) {
          if (upload.bytes <= KEEP_CONTENT_BYTES) upload.chunks.push(bytes)
          else upload.chunks = undefined
        }
      }
    },
    onPartEnd: () => {
      if (field !== undefined) fields.set(field.name, Buffer.concat(field.parts).toString("utf8"))
      field = undefined
    }
  })
  // Keep reading after a parse failure, so the client can finish sending and read the 400.
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    if (failure !== undefined) continue
    try {
      parser.write(chunk)
    } catch (error) {
      failure = error as Error
    }
  }
  if (failure === undefined) {
    try {
      parser.end()
    } catch (error) {
      failure = error as Error
    }
  }
  if (failure !== undefined) {
    if (failure instanceof MultipartError) {
      throw invalidRequest(`Could not parse the multipart form: ${failure.message}.`)
    }
    throw failure
  }
  const purpose = fields.get("purpose")
  if (upload === undefined) throw missingParameter("file")
  if (purpose === undefined) throw missingParameter("purpose")
  if (!PURPOSES.has(purpose)) {
    throw invalidRequest(
      `Invalid value: '${purpose}'. Supported values are: 'assistants', 'batch', 'fine-tune', 'vision', 'user_data', and 'evals'.`,
      "purpose",
      "invalid_value"
    )
  }
  if (upload.bytes === 0) throw invalidRequest("The file is empty.", "file", "empty_file")
  const created = Math.floor(Date.now() / 1000)
  let expiresAt: number | null = purpose === "batch" ? created + 30 * 86_400 : null
  const seconds = fields.get("expires_after[seconds]")
  if (seconds !== undefined) {
    const value = Number(seconds)
    if (!Number.isInteger(value) || value < 3600 || value > 2_592_000) {
      throw invalidRequest(
        "Invalid 'expires_after[seconds]': expected an integer between 3600 and 2592000.",
        "expires_after.seconds",
        "invalid_value"
      )
    }
    expiresAt = created + value
  }
  const file: FileObject = {
    object: "file",
    id: newId("file-", 22),
    purpose,
    filename: upload.filename,
    bytes: upload.bytes,
    created_at: created,
    expires_at: expiresAt,
    status: "processed",
    status_details: null
  }
  state.uploaded.push({ file, content: upload.chunks, lines: upload.lines?.end() })
  sendJson(ctx, 200, file)
}
