import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
for await (const file of client.files.list({ limit: 100 })) console.log(file.id)
