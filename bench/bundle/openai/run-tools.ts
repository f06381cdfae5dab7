import OpenAI from "openai"

const client = new OpenAI({ apiKey: "sk-bundle", dangerouslyAllowBrowser: true })
const runner = client.chat.completions.runTools({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "Weather in Paris?" }],
  tools: [
    {
      type: "function",
      function: {
        name: "get_weather",
        description: "The current weather in a city",
        parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        parse: JSON.parse,
        function: (args: { city: string }) => `18C in ${args.city}`
      }
    }
  ]
})
console.log(await runner.finalContent())
