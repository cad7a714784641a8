// The official OpenTelemetry JS SDK and exporters (versions pinned in package.json) sending a small RAG
// pipeline to `fapo serve`, and the checks on what arrived. run.sh installs the packages, starts the
// server and calls this twice:
//
//   node exporter-test.cjs send MODULES_DIR SENT_FILE
//     Sends four traces (rag-pipeline > rewrite, retrieve, answer > format-citations), two through
//     @opentelemetry/exporter-trace-otlp-proto with a SimpleSpanProcessor (one request per span, so a
//     trace's spans arrive over several requests, children first) and two through
//     @opentelemetry/exporter-trace-otlp-http (OTLP JSON, gzip) with a BatchSpanProcessor. The endpoint
//     comes from OTEL_EXPORTER_OTLP_ENDPOINT, as the README tells users. Every export must succeed.
//     The same spans, as the JSON exporter serializes them, go to SENT_FILE for `fapo import`.
//
//   node exporter-test.cjs check WORK_DIR
//     WORK_DIR holds summary.json (what `fapo serve --json` printed at SIGINT), runs.json (`fapo runs
//     --json` while it ran) and import.json (`fapo import --json` of SENT_FILE).
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const STEPS = ['rag-pipeline', 'rewrite', 'retrieve', 'answer', 'format-citations'];
const TRACES = 4;

function fail(message) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(modulesDir, sentFile) {
    const load = createRequire(path.join(path.resolve(modulesDir), 'package.json'));
    const api = load('@opentelemetry/api');
    const { BasicTracerProvider, SimpleSpanProcessor, BatchSpanProcessor, InMemorySpanExporter } = load('@opentelemetry/sdk-trace-base');
    const { resourceFromAttributes } = load('@opentelemetry/resources');
    const proto = load('@opentelemetry/exporter-trace-otlp-proto');
    const http = load('@opentelemetry/exporter-trace-otlp-http');
    const { JsonTraceSerializer } = load('@opentelemetry/otlp-transformer');
    if (!process.env.OTEL_EXPORTER_OTLP_ENDPOINT)
        fail('OTEL_EXPORTER_OTLP_ENDPOINT is not set');

    // Every export's result, by exporter: each must be SUCCESS (the receiver answered 200 and the
    // exporter could read the ExportTraceServiceResponse).
    const results = { proto: [], json: [] };
    const recorded = (name, exporter) => {
        const exportSpans = exporter.export.bind(exporter);
        exporter.export = (spans, done) =>
            exportSpans(spans, (result) => {
                results[name].push({ spans: spans.length, code: result.code, error: result.error && String(result.error) });
                done(result);
            });
        return exporter;
    };
    const memory = new InMemorySpanExporter();
    const resource = resourceFromAttributes({ 'service.name': 'otel-js-rag', 'deployment.environment': 'test' });
    const protoProvider = new BasicTracerProvider({
        resource,
        spanProcessors: [new SimpleSpanProcessor(recorded('proto', new proto.OTLPTraceExporter())), new SimpleSpanProcessor(memory)],
    });
    const jsonProvider = new BasicTracerProvider({
        resource,
        spanProcessors: [
            new BatchSpanProcessor(recorded('json', new http.OTLPTraceExporter({ compression: 'gzip' })), { scheduledDelayMillis: 100 }),
            new SimpleSpanProcessor(memory),
        ],
    });

    // One run of the pipeline; children end before their parents, as in any instrumented program.
    const pipeline = async (tracer, question, fails) => {
        const root = tracer.startSpan('rag-pipeline', { kind: api.SpanKind.SERVER, attributes: { 'input.value': question } });
        const inRoot = api.trace.setSpan(api.ROOT_CONTEXT, root);
        const model = 'claude-haiku-5-5';
        const query = `search: ${question}`;

        const rewrite = tracer.startSpan('rewrite', { kind: api.SpanKind.CLIENT }, inRoot);
        rewrite.setAttributes({
            'gen_ai.operation.name': 'chat',
            'gen_ai.system': 'anthropic',
            'gen_ai.request.model': model,
            'gen_ai.prompt': `Rewrite the question as a search query.\n${question}`,
            'gen_ai.completion': query,
            'gen_ai.usage.input_tokens': 31,
            'gen_ai.usage.output_tokens': 8,
        });
        await sleep(3);
        rewrite.end();

        const retrieve = tracer.startSpan('retrieve', {}, inRoot);
        const documents = [0, 1, 2].map((d) => `Document ${d}: the river Tessel runs through Marrow (${question}).`);
        retrieve.setAttribute('openinference.span.kind', 'RETRIEVER');
        retrieve.setAttribute('input.value', query);
        documents.forEach((text, d) => {
            retrieve.setAttribute(`retrieval.documents.${d}.document.id`, `doc-${d}`);
            retrieve.setAttribute(`retrieval.documents.${d}.document.content`, text);
        });
        await sleep(3);
        retrieve.end();

        const answerText = 'The Tessel runs through Marrow [doc-0].';
        const answer = tracer.startSpan('answer', { kind: api.SpanKind.CLIENT }, inRoot);
        answer.setAttributes({
            'gen_ai.operation.name': 'chat',
            'gen_ai.system': 'anthropic',
            'gen_ai.request.model': model,
            'gen_ai.input.messages': JSON.stringify([
                { role: 'system', parts: [{ type: 'text', content: 'Answer from the documents.' }] },
                { role: 'user', parts: [{ type: 'text', content: `${documents.join('\n')}\nQuestion: ${question}` }] },
            ]),
            'gen_ai.output.messages': JSON.stringify([
                { role: 'assistant', parts: [{ type: 'text', content: answerText }], finish_reason: 'stop' },
            ]),
            'gen_ai.usage.input_tokens': 120,
            'gen_ai.usage.output_tokens': 11,
        });
        const format = tracer.startSpan(
            'format-citations',
            { attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'format_citations', 'input.value': answerText } },
            api.trace.setSpan(inRoot, answer)
        );
        await sleep(3);
        if (fails) {
            format.setStatus({ code: api.SpanStatusCode.ERROR, message: 'citation doc-9 is not among the documents' });
        } else {
            format.setAttribute('output.value', `${answerText}\n[doc-0] Document 0`);
        }
        format.end();
        answer.end();
        root.setAttribute('output.value', answerText);
        // Longer than the receiver waits before storing (200 ms): the children are stored, as roots of
        // their own, before the root arrives and the trace is grouped again.
        await sleep(300);
        root.end();
    };

    const protoTracer = protoProvider.getTracer('rag.pipeline', '1.0.0');
    const jsonTracer = jsonProvider.getTracer('rag.pipeline', '1.0.0');
    await pipeline(protoTracer, 'Which river runs through Marrow?', false);
    await pipeline(jsonTracer, 'Who was born in Marrow?', false);
    await pipeline(protoTracer, 'How long is the Tessel?', false);
    await pipeline(jsonTracer, 'Which documents cite the Tessel?', true);
    await Promise.all([protoProvider.forceFlush(), jsonProvider.forceFlush()]);
    const spans = memory.getFinishedSpans(); // before shutdown, which empties the in-memory exporter
    await Promise.all([protoProvider.shutdown(), jsonProvider.shutdown()]);

    if (spans.length !== TRACES * STEPS.length)
        fail(`the SDK finished ${spans.length} spans, expected ${TRACES * STEPS.length}`);
    for (const name of ['proto', 'json']) {
        const sent = results[name].reduce((n, r) => n + r.spans, 0);
        const failed = results[name].filter((r) => r.code !== 0);
        if (failed.length)
            fail(`${name} exporter: ${failed.length} export(s) failed: ${JSON.stringify(failed)}`);
        if (sent !== (TRACES / 2) * STEPS.length)
            fail(`${name} exporter exported ${sent} spans, expected ${(TRACES / 2) * STEPS.length}`);
        console.log(`${name} exporter: ${results[name].length} request(s), ${sent} spans, all answered 200`);
    }
    if (results.proto.length < 2 * STEPS.length)
        fail(`the proto exporter sent ${results.proto.length} requests; one per span was expected`);
    fs.writeFileSync(sentFile, Buffer.from(JsonTraceSerializer.serializeRequest(spans)));
}

function readJson(file) {
    try {
        return JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
        fail(`${file}: ${e.message}`);
    }
}

function check(workDir) {
    const summary = readJson(path.join(workDir, 'summary.json'));
    const runs = readJson(path.join(workDir, 'runs.json'));
    const imported = readJson(path.join(workDir, 'import.json'));
    const expect = (condition, message) => condition || fail(`${message}\nfapo serve's summary: ${JSON.stringify(summary)}`);

    // What fapo serve stored, as its summary says.
    expect(summary.traces === TRACES, `${summary.traces} traces, expected ${TRACES}`);
    expect(summary.spans === TRACES * STEPS.length, `${summary.spans} spans, expected ${TRACES * STEPS.length}`);
    expect(Array.isArray(summary.problems) && summary.problems.length === 0, 'problems were reported');
    expect(Array.isArray(summary.runs) && summary.runs.length === 1, 'not one run');
    const steps = Object.fromEntries((summary.steps || []).map((s) => [s.id, s]));
    expect(
        JSON.stringify(Object.keys(steps).sort()) === JSON.stringify([...STEPS].sort()),
        `steps ${JSON.stringify(Object.keys(steps))}, expected ${JSON.stringify(STEPS)}`
    );
    for (const id of STEPS)
        expect(steps[id].count === TRACES, `step ${id} holds ${steps[id].count} spans, expected one per trace`);
    for (const [id, kind] of [
        ['rewrite', 'llm'],
        ['retrieve', 'retrieve'],
        ['answer', 'llm'],
        ['format-citations', 'tool'],
    ])
        expect(steps[id].kind === kind, `step ${id} is a ${steps[id].kind}, expected ${kind}`);
    expect(steps['format-citations'].failed === 1, 'the failed format-citations span is not counted as failed');
    expect(
        STEPS.every((id) => id === 'format-citations' || steps[id].failed === 0),
        'a step other than format-citations has failures'
    );
    expect(Array.isArray(summary.edges) && summary.edges.length > 0, 'no edges between the steps');

    // Grouped exactly as `fapo import` groups a file of the same spans.
    for (const key of ['traces', 'spans', 'steps', 'edges'])
        expect(
            JSON.stringify(summary[key]) === JSON.stringify(imported[key]),
            `${key} differ from fapo import of the same spans: ${JSON.stringify(imported[key])}`
        );

    // `fapo runs`, while the server ran, listed the run with every span.
    const list = runs.runs || [];
    expect(list.length === 1, `fapo runs listed ${list.length} runs: ${JSON.stringify(runs)}`);
    expect(list[0].id === summary.runs[0], `fapo runs listed run ${list[0].id}, the summary run ${summary.runs[0]}`);
    expect(list[0].kind === 'import', `the run's kind is ${list[0].kind}`);
    expect(list[0].spans === TRACES * STEPS.length, `fapo runs counted ${list[0].spans} spans`);
    expect(list[0].examples === TRACES, `fapo runs counted ${list[0].examples} examples`);
    console.log(
        `fapo serve stored ${summary.spans} spans in ${summary.traces} traces as steps ${STEPS.join(', ')}, as fapo import does`
    );
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'send' && rest.length === 2) {
    send(rest[0], rest[1]).catch((e) => fail(e && e.stack ? e.stack : String(e)));
} else if (mode === 'check' && rest.length === 1) {
    check(rest[0]);
} else {
    fail('usage: node exporter-test.cjs send MODULES_DIR SENT_FILE | check WORK_DIR');
}
