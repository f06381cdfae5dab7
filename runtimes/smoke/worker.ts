/**
 * The smoke suite as a Cloudflare module worker: a request to
 * `/?server=<url>` runs the checks against that server and answers them as JSON.
 */
import { run } from "./suite.ts"

export default {
  async fetch(request: Request): Promise<Response> {
    const server = new URL(request.url).searchParams.get("server")
    if (server === null) return new Response("?server= is required", { status: 400 })
    return Response.json(await run(server))
  }
}
