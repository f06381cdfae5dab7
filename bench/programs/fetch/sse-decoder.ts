/**
 * The floor: a hand-written SSE decoder over `fetch`'s body, specialised for what the API sends
 * (`data:` lines, `\n\n` between events). It is what the generic decoders are measured against.
 */
export async function* decodeSse(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder()
  let buffer = ""
  for await (const bytes of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(bytes, { stream: true })
    let start = 0
    let end = buffer.indexOf("\n\n", start)
    while (end !== -1) {
      const event = buffer.slice(start, end)
      start = end + 2
      end = buffer.indexOf("\n\n", start)
      if (event.startsWith("data: ") && event.indexOf("\n") === -1) {
        yield event.slice(6)
      } else {
        const data = event
          .split("\n")
          .filter((line) => line.startsWith("data:"))
          .map((line) => line.slice(line.startsWith("data: ") ? 6 : 5))
        if (data.length > 0) yield data.join("\n")
      }
    }
    buffer = buffer.slice(start)
  }
}
