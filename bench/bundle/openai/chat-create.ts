import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
const completion = await client.chat.completions.create({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "Hi" }]
})
console.log(completion.choices[0]?.message.content)
