/**
 * The smoke suite as a web page: it runs the checks against the server that
 * served it and shows one list item per check, `data-ok` saying how it went.
 * `body[data-done]` is set when every check has reported.
 */
import { run } from "./suite.ts"

const list = document.getElementById("results")!
for (const check of await run(location.origin)) {
  const item = document.createElement("li")
  item.dataset.ok = String(check.ok)
  item.textContent = `${check.name}: ${check.detail}`
  list.append(item)
}
document.body.dataset.done = "true"
