import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
console.log(
  await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }),
  await client.embeddings.create({ model: "text-embedding-3-small", input: "Hi" }),
  await client.models.retrieve("gpt-4o"),
  await client.models.delete("ft:gpt-4o-mini:org::id"),
  await client.files.retrieve("file-abc"),
  await client.files.delete("file-abc"),
  await client.chat.completions.retrieve("chatcmpl-abc"),
  await client.chat.completions.update("chatcmpl-abc", { metadata: { a: "b" } }),
  await client.chat.completions.delete("chatcmpl-abc"),
  await client.moderations.create({ model: "omni-moderation-latest", input: "Hi" })
)
