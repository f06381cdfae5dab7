import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
const completion = await client.chat.completions.create({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "Hi" }]
})
const embedding = await client.embeddings.create({ model: "text-embedding-3-small", input: "Hi" })
console.log(completion.choices[0]?.message.content, embedding.data.length)
