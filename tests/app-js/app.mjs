// An app pipeline as a user writes one: the official Anthropic SDK for the model calls and the official
// OpenTelemetry JS SDK for its own work, nothing written for FAPO Studio except reading FAPO_PROMPTS.
//   search  (a span: a lookup in a small table, no model call)
//   rewrite (a model call; its message is the template filled in, so the template names it)
//   answer  (a streamed model call inside a span with gen_ai.prompt.name = "answer"; the program adds a
//            line to the message, so only the span can name it)
// It reads {"id", "input": {"question"}} on stdin and prints {"answer": ...}.
import Anthropic from '@anthropic-ai/sdk';
import { context, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { detectResources, envDetector } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { readFileSync } from 'node:fs';

// The endpoint and the resource (fapo.run.id, fapo.example.id) come from the OTEL_* variables.
const provider = new BasicTracerProvider({
    resource: detectResources({ detectors: [envDetector] }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
});
const tracer = provider.getTracer('app-js');
const prompts = Object.fromEntries(
    Object.entries(JSON.parse(readFileSync(process.env.FAPO_PROMPTS, 'utf8'))).map(([name, p]) => [name, p.template]));
const fill = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (_, name) => values[name] ?? '');
const client = new Anthropic(); // ANTHROPIC_BASE_URL and ANTHROPIC_API_KEY from the environment
const MODEL = 'claude-haiku-5-5';

const FACTS = {
    Tessel: 'The river Tessel runs through Marrow, a harbour town.',
    Orm: 'The river Orm runs through Carrowmere, a glassmaking town.',
};

const example = JSON.parse(readFileSync(0, 'utf8').split('\n')[0]);
const question = example.input.question;
const root = tracer.startSpan('main');
const inRoot = trace.setSpan(context.active(), root);

const search = tracer.startSpan('search', { attributes: { 'openinference.span.kind': 'RETRIEVER', 'input.value': question } }, inRoot);
const facts = Object.entries(FACTS).filter(([river]) => question.includes(river)).map(([, fact]) => fact).join('\n') || 'no facts';
search.setAttribute('output.value', facts);
search.end();

const rewritten = await client.messages.create({
    model: MODEL,
    max_tokens: 64,
    messages: [{ role: 'user', content: fill(prompts.rewrite, { question }) }],
});
const query = rewritten.content.map((block) => block.text ?? '').join('');

const answerSpan = tracer.startSpan('answer', { attributes: { 'gen_ai.prompt.name': 'answer' } }, inRoot);
const stream = client.messages.stream({
    model: MODEL,
    max_tokens: 64,
    messages: [{ role: 'user', content: fill(prompts.answer, { query, facts }) + '\n\nBe brief.' }],
});
const answer = (await stream.finalText()).trim();
answerSpan.end();
root.end();

console.log(JSON.stringify({ answer }));
await provider.shutdown(); // sends what is left before the program exits
