/**
 * Query strings in the format the API documents: arrays as `include[]=a`,
 * objects as `metadata[key]=value`, nested as deep as the value goes.
 * `undefined` and `null` are left out; booleans and numbers are written as
 * JavaScript prints them.
 */
const append = (pairs: Array<string>, key: string | undefined, value: unknown): void => {
  if (value === undefined || value === null) return
  if (typeof value === "object") {
    const array = Array.isArray(value)
    // The top level (no key yet) names its fields as they are.
    for (const [name, item] of Object.entries(value)) {
      append(pairs, key === undefined ? name : `${key}[${array ? "" : name}]`, item)
    }
  } else {
    pairs.push(
      `${encodeURIComponent(key!).replace(/%5[BD]/g, decodeURIComponent)}=${encodeURIComponent(String(value))}`
    )
  }
}

/** `?a=1&b[]=x`, or the empty string when nothing is left to send. */
export const stringify = (...sources: ReadonlyArray<object | undefined>): string => {
  const pairs: Array<string> = []
  append(pairs, undefined, Object.assign({}, ...sources))
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`
}
