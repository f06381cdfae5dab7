import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
const file = await client.files.create({ file: new File(["{}\n"], "data.jsonl"), purpose: "batch" })
console.log(file.id)
