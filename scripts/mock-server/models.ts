/**
 * `/models`: a fixed catalogue (one page, as the API returns it), retrieve, and delete (fine-tuned
 * models only, like the API).
 */
import type { Context } from "./http.ts"
import { HttpError, notFound, sendJson } from "./http.ts"

export interface ModelsState {
  readonly deleted: Set<string>
}

interface Model {
  readonly id: string
  readonly object: "model"
  readonly created: number
  readonly owned_by: string
}

const model = (id: string, created: number, owned_by = "system"): Model => ({ id, object: "model", created, owned_by })

const CATALOGUE: ReadonlyArray<Model> = [
  model("gpt-4o", 1715367049),
  model("gpt-4o-2024-08-06", 1722814719),
  model("gpt-4o-mini", 1721172741),
  model("gpt-4o-mini-2024-07-18", 1721172717),
  model("gpt-4.1", 1744316542),
  model("gpt-4.1-mini", 1744318173),
  model("gpt-4.1-nano", 1744321707),
  model("gpt-5", 1754425777),
  model("gpt-5-mini", 1754425928),
  model("o4-mini", 1744225351),
  model("text-embedding-3-small", 1705948997),
  model("text-embedding-3-large", 1705953180),
  model("text-embedding-ada-002", 1671217299, "openai-internal"),
  model("whisper-1", 1677532384, "openai-internal"),
  model("tts-1", 1681940951, "openai-internal"),
  model("dall-e-3", 1698785189),
  model("ft:gpt-4o-mini-2024-07-18:mock-org::A1b2C3d4", 1727460443, "user-mockorg")
]

const find = (state: ModelsState, id: string): Model => {
  const found = state.deleted.has(id) ? undefined : CATALOGUE.find((m) => m.id === id)
  if (found === undefined) throw notFound(`The model '${id}' does not exist`, "model", "model_not_found")
  return found
}

/** `GET /models`. */
export const list = (ctx: Context, state: ModelsState): void => {
  sendJson(ctx, 200, { object: "list", data: CATALOGUE.filter((m) => !state.deleted.has(m.id)) })
}

/** `GET /models/{model}`. */
export const retrieve = (ctx: Context, state: ModelsState, id: string): void => {
  sendJson(ctx, 200, find(state, id))
}

/** `DELETE /models/{model}`. */
export const remove = (ctx: Context, state: ModelsState, id: string): void => {
  const found = find(state, id)
  if (!found.id.startsWith("ft:")) {
    throw new HttpError(403, {
      message: "You have insufficient permissions for this operation. Only fine-tuned models you own can be deleted.",
      type: "invalid_request_error",
      param: null,
      code: "insufficient_permissions"
    })
  }
  state.deleted.add(id)
  sendJson(ctx, 200, { id, object: "model", deleted: true })
}
