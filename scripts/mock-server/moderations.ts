/**
 * `POST /moderations`: flags an input by a small word list, with the API's categories and scores,
 * one result per input.
 */
import type { Context } from "./http.ts"
import { invalidRequest, missingParameter, readJson, sendJson } from "./http.ts"
import { newId } from "./samples.ts"

const CATEGORIES: Record<string, RegExp> = {
  harassment: /\b(idiot|stupid|loser)\b/i,
  "harassment/threatening": /\b(hurt you|threaten)\b/i,
  hate: /\b(hate)\b/i,
  "hate/threatening": /$^/,
  illicit: /\b(steal|counterfeit)\b/i,
  "illicit/violent": /\b(weapon|bomb)\b/i,
  "self-harm": /\b(self-harm)\b/i,
  "self-harm/intent": /$^/,
  "self-harm/instructions": /$^/,
  sexual: /$^/,
  "sexual/minors": /$^/,
  violence: /\b(kill|attack|fight)\b/i,
  "violence/graphic": /\b(gore|blood)\b/i
}

const texts = (input: unknown): ReadonlyArray<string> => {
  if (typeof input === "string") return [input]
  if (Array.isArray(input) && input.length > 0) {
    return input.map((item) =>
      typeof item === "string"
        ? item
        : typeof item === "object" && item !== null && "text" in item && typeof item.text === "string"
        ? item.text
        : ""
    )
  }
  throw invalidRequest("'input' must be a string or a non-empty array.", "input")
}

export const create = async (ctx: Context): Promise<void> => {
  const body = await readJson(ctx)
  if (body.input === undefined) throw missingParameter("input")
  const results = texts(body.input).map((text) => {
    const categories: Record<string, boolean> = {}
    const scores: Record<string, number> = {}
    for (const [name, pattern] of Object.entries(CATEGORIES)) {
      categories[name] = pattern.test(text)
      scores[name] = categories[name] ? 0.91 : 0.0002
    }
    const applied: Record<string, ReadonlyArray<string>> = {}
    for (const name of Object.keys(CATEGORIES)) applied[name] = ["text"]
    return {
      flagged: Object.values(categories).some(Boolean),
      categories,
      category_scores: scores,
      category_applied_input_types: applied
    }
  })
  sendJson(ctx, 200, {
    id: newId("modr-", 24),
    model: typeof body.model === "string" ? body.model : "omni-moderation-latest",
    results
  })
}
