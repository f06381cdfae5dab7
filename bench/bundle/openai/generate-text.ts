// The official SDK has no provider-agnostic model layer: its way to one generated text is
// `responses.create`, the same program as responses-create.
import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
const response = await client.responses.create({ model: "gpt-4o-mini", input: "Hi" })
console.log(response.output_text)
