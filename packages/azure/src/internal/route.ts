/**
 * Where an Azure request goes. Azure serves a few operations per deployment
 * (`{endpoint}/openai/deployments/{name}/...` with `api-version`) and the rest
 * on the resource (`{endpoint}/openai/...` with `api-version`), unless the
 * client uses the v1 route (`{endpoint}/openai/v1/...`), where the deployment
 * is named by the body's `model`.
 */
import * as Errors from "@openai-effect/core/OpenAIError"
import * as HttpBody from "effect/http/HttpBody"
import * as HttpClientRequest from "effect/http/HttpClientRequest"

/**
 * The paths of the operations Azure serves per deployment; only their POSTs
 * are. `/batches` is not one of them: Azure serves batches on the resource.
 */
export const deploymentPaths: ReadonlySet<string> = new Set([
  "/chat/completions",
  "/completions",
  "/embeddings",
  "/images/generations",
  "/images/edits",
  "/audio/transcriptions",
  "/audio/translations",
  "/audio/speech"
])

/** `true` for the requests Azure serves per deployment. */
export const isPerDeployment = (method: string, path: string): boolean => method === "POST" && deploymentPaths.has(path)

/**
 * `name` as one path segment, or `undefined` when none can hold it: `.` and
 * `..` stay dot segments even percent-encoded, and an empty name is no segment.
 */
export const segment = (name: string): string | undefined =>
  name === "" || name === "." || name === ".." ? undefined : encodeURIComponent(name)

/** Why a deployment name cannot be used, or `undefined` when it can. */
export const invalidDeployment = (name: string): string | undefined =>
  segment(name) === undefined ? `The deployment name ${JSON.stringify(name)} cannot be a path segment` : undefined

const fail = (request: HttpClientRequest.HttpClientRequest, description: string) =>
  new Errors.InvalidRequestError({ request: `${request.method} ${new URL(request.url).pathname}`, description })

/**
 * `request` (whose URL is `base` + the operation's path and query) sent to
 * deployment `name` instead.
 */
export const toDeployment = (
  request: HttpClientRequest.HttpClientRequest,
  base: string,
  name: string | undefined
): HttpClientRequest.HttpClientRequest | Errors.InvalidRequestError => {
  if (name === undefined) {
    return fail(request, "No deployment to send this to: set `deployment`, or a `model` in the body")
  }
  const encoded = segment(name)
  if (encoded === undefined) return fail(request, invalidDeployment(name)!)
  return HttpClientRequest.setUrl(request, `${base}/deployments/${encoded}${request.url.slice(base.length)}`)
}

/**
 * `request` with its body's `model` set to `name`, for the v1 route, where
 * the model names the deployment. A streamed multipart body cannot be
 * rewritten; it is sent as it is only when it already names `name`.
 */
export const withModel = (
  request: HttpClientRequest.HttpClientRequest,
  name: string,
  current: string | undefined
): HttpClientRequest.HttpClientRequest | Errors.InvalidRequestError => {
  if (current === name) return request
  const body = request.body
  switch (body._tag) {
    case "Uint8Array": {
      let json: unknown
      try {
        json = JSON.parse(new TextDecoder().decode(body.body))
      } catch {
        // Not JSON: left for the check below.
      }
      if (typeof json !== "object" || json === null || Array.isArray(json)) {
        return fail(request, `Only a JSON object body can name deployment ${JSON.stringify(name)} as its model`)
      }
      return HttpClientRequest.setBody(
        request,
        HttpBody.text(JSON.stringify({ ...json, model: name }), body.contentType)
      )
    }
    case "FormData": {
      const form = new FormData()
      for (const [key, value] of body.formData) form.append(key, value)
      form.set("model", name)
      return HttpClientRequest.setBody(request, HttpBody.formData(form))
    }
    default:
      return fail(
        request,
        `A streamed upload cannot be sent to deployment ${JSON.stringify(name)}: set its \`model\` to the deployment`
      )
  }
}
