/**
 * `POST /embeddings`: deterministic unit vectors (the same input always gets the same vector), as
 * float arrays or, with `encoding_format: "base64"`, as base64 of little-endian float32.
 */
import type { Context } from "./http.ts"
import { invalidRequest, missingParameter, readJson, sendJson } from "./http.ts"
import { estimateTokens, hash, random } from "./samples.ts"

const DIMENSIONS: Record<string, number> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536
}

const inputs = (input: unknown): ReadonlyArray<string> => {
  if (typeof input === "string") return [input]
  if (Array.isArray(input)) {
    if (input.length === 0) {
      throw invalidRequest(
        "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
        "input"
      )
    }
    // An array of strings, one array of token ids, or an array of token-id arrays.
    if (input.every((x) => typeof x === "number")) return [input.join(",")]
    return input.map((x) => {
      if (typeof x === "string") return x
      if (Array.isArray(x) && x.every((t) => typeof t === "number")) return x.join(",")
      throw invalidRequest(
        "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
        "input"
      )
    })
  }
  throw invalidRequest(
    "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
    "input"
  )
}

/** A unit vector seeded by the text: values as the API prints them (float32, 8 significant digits). */
const vector = (text: string, dimensions: number): Array<number> => {
  const next = random(hash(text))
  const raw = new Array<number>(dimensions)
  let norm = 0
  for (let i = 0; i < dimensions; i++) {
    // Sum of uniforms: roughly normal, like real embedding components.
    const v = next() + next() + next() - 1.5
    raw[i] = v
    norm += v * v
  }
  const scale = 1 / Math.sqrt(norm)
  for (let i = 0; i < dimensions; i++) raw[i] = Number(Math.fround(raw[i] * scale).toPrecision(8))
  return raw
}

/** `POST /embeddings`. */
export const create = async (ctx: Context): Promise<void> => {
  sendJson(ctx, 200, embed(await readJson(ctx)))
}

/** The answer to an embeddings request body (a batch line's); throws the API's 400 for a bad one. */
export const embed = (body: Record<string, unknown>): Record<string, unknown> => {
  if (typeof body.model !== "string" || body.model === "") throw missingParameter("model")
  if (body.input === undefined) throw missingParameter("input")
  const texts = inputs(body.input)
  const format = body.encoding_format ?? "float"
  if (format !== "float" && format !== "base64") {
    throw invalidRequest(
      `Invalid value: '${String(format)}'. Supported values are: 'float' and 'base64'.`,
      "encoding_format",
      "invalid_value"
    )
  }
  let dimensions = DIMENSIONS[body.model] ?? 1536
  if (body.dimensions !== undefined) {
    if (
      typeof body.dimensions !== "number" || !Number.isInteger(body.dimensions) || body.dimensions < 1
      || body.dimensions > dimensions
    ) {
      throw invalidRequest(
        `Invalid 'dimensions': expected an integer between 1 and ${dimensions}.`,
        "dimensions",
        "invalid_value"
      )
    }
    if (body.model === "text-embedding-ada-002") {
      throw invalidRequest("This model does not support specifying dimensions.", "dimensions")
    }
    dimensions = body.dimensions
  }
  const tokens = texts.reduce((sum, text) => sum + estimateTokens(text), 0)
  return {
    object: "list",
    data: texts.map((text, index) => {
      const values = vector(text, dimensions)
      return {
        object: "embedding",
        index,
        embedding: format === "base64" ? Buffer.from(new Float32Array(values).buffer).toString("base64") : values
      }
    }),
    model: body.model,
    usage: { prompt_tokens: tokens, total_tokens: tokens }
  }
}
