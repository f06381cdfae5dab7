/** A tracer that keeps every span it makes, for tests that look at spans and their attributes. */
import * as Tracer from "effect/Tracer"

export const make = (): { readonly tracer: Tracer.Tracer; readonly spans: ReadonlyArray<Tracer.NativeSpan> } => {
  const spans: Array<Tracer.NativeSpan> = []
  const tracer = Tracer.make({
    span(options) {
      const span = new Tracer.NativeSpan(options)
      spans.push(span)
      return span
    }
  })
  return { tracer, spans }
}
