import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
const stream = await client.chat.completions.create({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "Hi" }],
  stream: true
})
for await (const chunk of stream) console.log(chunk.choices[0]?.delta.content ?? "")
