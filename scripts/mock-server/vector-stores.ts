/**
 * Vector stores: create one, attach files singly or in batches, and poll them. Attached files and
 * batches are `in_progress` on creation and `completed` at the next `GET` (each answer says
 * `openai-poll-after-ms: 20`); a batch counts a file id that was never uploaded as `failed`. A batch
 * can be cancelled while in progress.
 */
import type { FilesState } from "./files.ts"
import type { Context } from "./http.ts"
import { invalidRequest, notFound, pollAfter, readJson, sendJson } from "./http.ts"
import { newId } from "./samples.ts"

interface Attached {
  readonly id: string
  status: string
}

interface Batch {
  readonly id: string
  readonly fileIds: ReadonlyArray<string>
  readonly failed: number
  status: string
}

interface Store {
  readonly id: string
  readonly name: string
  readonly created_at: number
  readonly files: Map<string, Attached>
  readonly batches: Map<string, Batch>
}

export interface VectorStoresState {
  readonly stores: Map<string, Store>
}

export const emptyState = (): VectorStoresState => ({ stores: new Map() })

const now = (): number => Math.floor(Date.now() / 1000)

const sendPolled = (ctx: Context, body: unknown): void => sendJson(ctx, 200, body, pollAfter)

const counts = (statuses: ReadonlyArray<string>) => ({
  in_progress: statuses.filter((s) => s === "in_progress").length,
  completed: statuses.filter((s) => s === "completed").length,
  failed: statuses.filter((s) => s === "failed").length,
  cancelled: statuses.filter((s) => s === "cancelled").length,
  total: statuses.length
})

const storeObject = (store: Store) => ({
  id: store.id,
  object: "vector_store",
  created_at: store.created_at,
  name: store.name,
  usage_bytes: 0,
  file_counts: counts([...store.files.values()].map((f) => f.status)),
  status: "completed",
  expires_after: null,
  expires_at: null,
  last_active_at: store.created_at,
  metadata: {}
})

const findStore = (state: VectorStoresState, id: string): Store => {
  const store = state.stores.get(id)
  if (store === undefined) throw notFound(`No vector store found with id '${id}'.`)
  return store
}

const uploaded = (files: FilesState, id: string): boolean => files.uploaded.some((u) => u.file.id === id)

export const create = async (ctx: Context, state: VectorStoresState): Promise<void> => {
  const body = await readJson(ctx)
  const store: Store = {
    id: newId("vs_", 24),
    name: typeof body.name === "string" ? body.name : "",
    created_at: now(),
    files: new Map(),
    batches: new Map()
  }
  state.stores.set(store.id, store)
  sendJson(ctx, 200, storeObject(store))
}

const fileObject = (store: Store, file: Attached) => ({
  id: file.id,
  object: "vector_store.file",
  usage_bytes: 0,
  created_at: store.created_at,
  vector_store_id: store.id,
  status: file.status,
  last_error: file.status === "failed" ? { code: "invalid_file", message: "The file could not be parsed." } : null,
  chunking_strategy: { type: "static", static: { max_chunk_size_tokens: 800, chunk_overlap_tokens: 400 } },
  attributes: {}
})

/** The store a request is about, and the request's JSON body. */
const storeAndBody = async (ctx: Context, state: VectorStoresState, storeId: string) => ({
  store: findStore(state, storeId),
  body: await readJson(ctx)
})

export const attachFile = async (
  ctx: Context,
  state: VectorStoresState,
  files: FilesState,
  storeId: string
): Promise<void> => {
  const { body, store } = await storeAndBody(ctx, state, storeId)
  if (typeof body.file_id !== "string") throw invalidRequest("Missing required parameter: 'file_id'.", "file_id")
  if (!uploaded(files, body.file_id)) throw notFound(`No file found with id '${body.file_id}'.`, "file_id")
  const file: Attached = { id: body.file_id, status: "in_progress" }
  store.files.set(file.id, file)
  sendPolled(ctx, fileObject(store, file))
}

/** Each poll after the first finds the file indexed. */
export const retrieveFile = (ctx: Context, state: VectorStoresState, storeId: string, fileId: string): void => {
  const store = findStore(state, storeId)
  const file = store.files.get(fileId)
  if (file === undefined) throw notFound(`No file found with id '${fileId}' in vector store '${storeId}'.`)
  const shown = fileObject(store, file)
  if (file.status === "in_progress") file.status = "completed"
  sendPolled(ctx, shown)
}

const batchObject = (store: Store, batch: Batch) => {
  const settled = batch.status === "in_progress"
    ? "in_progress"
    : batch.status === "cancelled"
    ? "cancelled"
    : "completed"
  const statuses = batch.fileIds.map((_, i) => (i < batch.failed ? "failed" : settled))
  return {
    id: batch.id,
    object: "vector_store.files_batch",
    created_at: store.created_at,
    vector_store_id: store.id,
    status: batch.status,
    file_counts: counts(statuses)
  }
}

export const createBatch = async (
  ctx: Context,
  state: VectorStoresState,
  files: FilesState,
  storeId: string
): Promise<void> => {
  const { body, store } = await storeAndBody(ctx, state, storeId)
  const ids = Array.isArray(body.file_ids) ? body.file_ids.filter((id): id is string => typeof id === "string") : []
  if (ids.length === 0) throw invalidRequest("'file_ids' must hold at least one file id.", "file_ids")
  // Unknown ids first, so the failed ones are the first `failed` of the batch.
  const known = ids.filter((id) => uploaded(files, id))
  const batch: Batch = {
    id: newId("vsfb_", 24),
    fileIds: [...ids.filter((id) => !uploaded(files, id)), ...known],
    failed: ids.length - known.length,
    status: "in_progress"
  }
  store.batches.set(batch.id, batch)
  for (const id of known) store.files.set(id, { id, status: "completed" })
  sendPolled(ctx, batchObject(store, batch))
}

const findBatch = (store: Store, batchId: string): Batch => {
  const batch = store.batches.get(batchId)
  if (batch === undefined) throw notFound(`No file batch found with id '${batchId}'.`)
  return batch
}

/** Each poll after the first finds the batch done. */
export const retrieveBatch = (ctx: Context, state: VectorStoresState, storeId: string, batchId: string): void => {
  const store = findStore(state, storeId)
  const batch = findBatch(store, batchId)
  const shown = batchObject(store, batch)
  if (batch.status === "in_progress") batch.status = "completed"
  sendPolled(ctx, shown)
}

export const cancelBatch = (ctx: Context, state: VectorStoresState, storeId: string, batchId: string): void => {
  const store = findStore(state, storeId)
  const batch = findBatch(store, batchId)
  if (batch.status === "in_progress") batch.status = "cancelled"
  sendPolled(ctx, batchObject(store, batch))
}
