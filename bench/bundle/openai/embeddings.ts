import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
const response = await client.embeddings.create({ model: "text-embedding-3-small", input: "Hi" })
console.log(response.data[0]?.embedding.length)
