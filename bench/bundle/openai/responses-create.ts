import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
const response = await client.responses.create({ model: "gpt-4o-mini", input: "Hi" })
console.log(response.output_text)
