/**
 * `POST /audio/speech`: a deterministic stand-in for synthesized speech. The body is binary, sized
 * by the input (about 1 KiB per word), starting with an MP3 frame header so players and `file`
 * recognize it, and sent in chunks like the API's streamed audio.
 */
import type { Context } from "./http.ts"
import { drain, invalidRequest, missingParameter, readJson, writeHead } from "./http.ts"
import { hash } from "./samples.ts"

const CONTENT_TYPES: Record<string, string> = {
  mp3: "audio/mpeg",
  opus: "audio/ogg",
  aac: "audio/aac",
  flac: "audio/flac",
  wav: "audio/wav",
  pcm: "audio/pcm"
}

export const speech = async (ctx: Context): Promise<void> => {
  const body = await readJson(ctx)
  for (const field of ["model", "input", "voice"]) if (body[field] === undefined) throw missingParameter(field)
  if (typeof body.input !== "string" || body.input.length > 4096) {
    throw invalidRequest("'input' must be a string of at most 4096 characters.", "input")
  }
  const format = typeof body.response_format === "string" ? body.response_format : "mp3"
  const contentType = CONTENT_TYPES[format]
  if (contentType === undefined) throw invalidRequest(`Invalid 'response_format': '${format}'.`, "response_format")
  const words = Math.max(1, body.input.split(/\s+/).filter((w) => w !== "").length)
  const size = words * 1024
  const seed = hash(`${String(body.voice)}|${body.input}`)
  writeHead(ctx, 200, { "content-type": contentType, "transfer-encoding": "chunked" })
  for (let offset = 0; offset < size; offset += 4096) {
    const chunk = Buffer.alloc(Math.min(4096, size - offset))
    for (let i = 0; i < chunk.length; i++) chunk[i] = (seed + offset + i * 31) & 0xff
    // An MPEG-1 Layer III frame header at the start.
    if (offset === 0) chunk.set([0xff, 0xfb, 0x90, 0x64], 0)
    if (!ctx.res.write(chunk) && !(await drain(ctx.res))) return
  }
  ctx.res.end()
}
