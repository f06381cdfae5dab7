/**
 * Canned content of the mock server: replies, a long text for big streams, values that fit a JSON
 * Schema (tool arguments, structured outputs), and deterministic hashing and random numbers.
 */

/** FNV-1a, 32 bits. */
export const hash = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: a small deterministic PRNG in [0, 1). */
export const random = (seed: number): () => number => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

/** A deterministic alphanumeric string of `length` characters. */
export const alphanumeric = (seed: number, length: number): string => {
  const next = random(seed)
  let out = ""
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[Math.floor(next() * ALPHANUMERIC.length)]
  return out
}

let idCounter = 0

/** A fresh id like the API's (`chatcmpl-` + 29 characters). */
export const newId = (prefix: string, length: number): string =>
  `${prefix}${alphanumeric(hash(`${prefix}${Date.now()}${idCounter++}${Math.random()}`), length)}`

/** A rough token count: about four characters per token, as the API's guides estimate. */
export const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4))

const REPLIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/say this is a test/i, "This is a test."],
  [/\b(hello|hi|hey)\b/i, "Hello! How can I help you today?"],
  [
    /haiku|poem/i,
    "Silent circuits hum,\nlearning patterns in the dark,\nmorning code compiles."
  ],
  [/capital of france/i, "The capital of France is Paris."],
  [/\b(joke|funny)\b/i, "Why did the developer go broke? Because they used up all their cache."]
]

const DEFAULT_REPLY =
  "This is a response from the local mock of the OpenAI API. It answers every request with canned text, so examples and tests run without a network connection or an API key."

/** The assistant's canned answer to a user message. */
export const replyFor = (userText: string): string => {
  for (const [pattern, reply] of REPLIES) if (pattern.test(userText)) return reply
  return DEFAULT_REPLY
}

/** The words of a long English text, cycled when a stream needs more chunks than a reply has words. */
export const LONG_TEXT_WORDS: ReadonlyArray<string> = (
  "Streaming lets an application show the first words of an answer while the rest is still being "
  + "generated. Each event carries a small delta: a role at the start, then a few characters of "
  + "content, and at the end the reason the model stopped. A client that decodes these events "
  + "quickly, without copying its buffer on every line, keeps up with the fastest models and leaves "
  + "the processor free for the work that matters to the user."
).split(" ")

/** Splits a reply into stream deltas the way tokens look: the first word bare, the others with a leading space. */
export const toDeltas = (text: string): Array<string> => (text.length === 0 ? [] : text.split(/(?=\s)/))

/** Random-looking padding strings for the `obfuscation` field of stream chunks. */
export const OBFUSCATION_POOL: ReadonlyArray<string> = Array.from(
  { length: 64 },
  (_, i) => alphanumeric(hash(`obf${i}`), 1 + (i * 7) % 14)
)

type JsonSchema = Record<string, unknown>

const sampleString = (name: string, schema: JsonSchema): string => {
  if (schema.format === "date-time") return "2025-01-01T12:00:00Z"
  if (schema.format === "date") return "2025-01-01"
  if (schema.format === "email") return "ada@example.com"
  if (schema.format === "uri") return "https://example.com"
  const key = name.toLowerCase()
  if (/city|location|place/.test(key)) return "Paris"
  if (/country/.test(key)) return "France"
  if (/unit/.test(key)) return "celsius"
  if (/name/.test(key)) return "Ada Lovelace"
  if (/query|question|search/.test(key)) return "latest news"
  if (/date|time/.test(key)) return "2025-01-01"
  return "sample"
}

/** A value that satisfies a (reasonable) JSON Schema: tool arguments and structured outputs. */
export const sampleFromSchema = (schema: unknown, root: unknown = schema, name = "value", depth = 0): unknown => {
  if (typeof schema !== "object" || schema === null || depth > 12) return null
  const s = schema as JsonSchema
  if (typeof s.$ref === "string") {
    const target = s.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>(
        (node, key) => (typeof node === "object" && node !== null ? (node as JsonSchema)[key] : undefined),
        root
      )
    return sampleFromSchema(target, root, name, depth + 1)
  }
  if ("const" in s) return s.const
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0]
  if ("default" in s) return s.default
  const variants = (s.anyOf ?? s.oneOf) as ReadonlyArray<JsonSchema> | undefined
  if (Array.isArray(variants) && variants.length > 0) {
    const nonNull = variants.find((v) => v.type !== "null") ?? variants[0]
    return sampleFromSchema(nonNull, root, name, depth + 1)
  }
  if (Array.isArray(s.allOf) && s.allOf.length > 0) {
    return Object.assign({}, ...s.allOf.map((part) => sampleFromSchema(part, root, name, depth + 1)))
  }
  const type = Array.isArray(s.type) ? (s.type.find((t) => t !== "null") ?? "null") : s.type
  switch (type) {
    case "object": {
      const properties = (s.properties ?? {}) as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(properties)) out[key] = sampleFromSchema(value, root, key, depth + 1)
      return out
    }
    case "array": {
      const count = typeof s.minItems === "number" && s.minItems > 1 ? s.minItems : 1
      return Array.from({ length: count }, () => sampleFromSchema(s.items, root, name, depth + 1))
    }
    case "string":
      return sampleString(name, s)
    case "integer":
      return typeof s.minimum === "number" ? Math.ceil(s.minimum) : 42
    case "number":
      return typeof s.minimum === "number" ? s.minimum : 21.5
    case "boolean":
      return true
    case "null":
      return null
    default:
      return s.properties !== undefined ? sampleFromSchema({ ...s, type: "object" }, root, name, depth) : null
  }
}
