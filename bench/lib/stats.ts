/** Median and spread of repeated measurements. */

export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly runs: number
}

export const summarize = (values: ReadonlyArray<number>): Summary | undefined => {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: values.length }
}
