/** What the smoke server answers and the suite expects, shared by both. */

/** The checks of the suite, in the order they run and report. */
export const checkNames = [
  "chat completion",
  "stream cancelled half-way",
  "auto-paginated list",
  "upload from a Blob",
  "typed error"
] as const

/** The content of the smoke server's chat completion. */
export const greeting = "Hello from the smoke server"

/** How many files the smoke server lists. */
export const fileCount = 25

/** The request id of the smoke server's 404. */
export const notFoundRequestId = "req_smoke_404"
