/**
 * Query strings in the format the API documents: arrays as `include[]=a`,
 * objects as `metadata[key]=value`, nested as deep as the value goes.
 * `undefined` and `null` are left out; booleans and numbers are written as
 * JavaScript prints them.
 */
const append = (pairs: Array<string>, key: string, value: unknown): void => {
  if (value === undefined || value === null) return
  if (Array.isArray(value)) {
    for (const item of value) append(pairs, `${key}[]`, item)
  } else if (typeof value === "object") {
    for (const [name, item] of Object.entries(value)) append(pairs, `${key}[${name}]`, item)
  } else {
    pairs.push(
      `${encodeURIComponent(key).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encodeURIComponent(String(value))}`
    )
  }
}

/** `?a=1&b[]=x`, or the empty string when nothing is left to send. */
export const stringify = (...sources: ReadonlyArray<object | undefined>): string => {
  const merged: Record<string, unknown> = {}
  for (const source of sources) if (source !== undefined) Object.assign(merged, source)
  const pairs: Array<string> = []
  for (const [key, value] of Object.entries(merged)) append(pairs, key, value)
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`
}
