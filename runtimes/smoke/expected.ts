/** What the smoke server answers and the suite expects, shared by both. */

/** The checks of the suite, in the order they run and report. */
export const checkNames = [
  "chat completion",
  "stream cancelled half-way",
  "auto-paginated list",
  "upload from a Blob",
  "typed error",
  "one RunTools round",
  "webhook verified",
  "realtime session"
] as const

/** The content of the smoke server's chat completion. */
export const greeting = "Hello from the smoke server"

/** How many files the smoke server lists. */
export const fileCount = 25

/** The request id of the smoke server's 404. */
export const notFoundRequestId = "req_smoke_404"

/** What the smoke server's weather tool is asked, and what the model then answers around its result. */
export const weatherCity = "Paris"

/** The secret the smoke server signs its webhook delivery with (Standard Webhooks, `whsec_` + base64). */
export const webhookSecret = "whsec_c21va2UtdGVzdC13ZWJob29rLXNlY3JldA=="

/** The id of the batch in the smoke server's signed `batch.completed` delivery. */
export const webhookBatchId = "batch_smoke"
