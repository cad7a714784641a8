#!/usr/bin/env python3
# A test app whose behaviour each example picks ("mode"): the ways a user's program goes wrong.
import json
import os
import sys
import time
import urllib.parse
import urllib.request

example = json.loads(sys.stdin.readline())
mode = example["input"]["mode"]
with open(os.environ["FAPO_PROMPTS"], encoding="utf-8") as f:
    prompts = {name: p["template"] for name, p in json.load(f).items()}


def call(text):
    body = {"model": "claude-test-1", "max_tokens": 32, "messages": [{"role": "user", "content": text}]}
    headers = {"content-type": "application/json", "anthropic-version": "2023-06-01"}
    if "ANTHROPIC_API_KEY" in os.environ:
        headers["x-api-key"] = os.environ["ANTHROPIC_API_KEY"]
    request = urllib.request.Request(os.environ["ANTHROPIC_BASE_URL"] + "/v1/messages", data=json.dumps(body).encode(), headers=headers)
    with urllib.request.urlopen(request) as reply:
        return "".join(block.get("text", "") for block in json.load(reply)["content"])


def send_spans(spans):
    # What a stock OpenTelemetry exporter does, with the standard library: OTLP JSON to the endpoint
    # the environment names, with the resource attributes it names.
    resource = []
    for pair in os.environ.get("OTEL_RESOURCE_ATTRIBUTES", "").split(","):
        if "=" in pair:
            key, value = pair.split("=", 1)
            resource.append({"key": key, "value": {"stringValue": urllib.parse.unquote(value)}})
    trace_id = os.urandom(16).hex()
    for span in spans:
        span["traceId"] = trace_id
    body = {"resourceSpans": [{"resource": {"attributes": resource}, "scopeSpans": [{"scope": {"name": "modes"}, "spans": spans}]}]}
    request = urllib.request.Request(os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"] + "/v1/traces", data=json.dumps(body).encode(),
                                     headers={"content-type": "application/json"})
    urllib.request.urlopen(request).read()


def span(name, start, end, parent=None, **attributes):
    s = {"spanId": os.urandom(8).hex(), "name": name, "startTimeUnixNano": str(start), "endTimeUnixNano": str(end),
         "attributes": [{"key": k.replace("_", "."), "value": {"stringValue": v}} for k, v in attributes.items()]}
    if parent:
        s["parentSpanId"] = parent["spanId"]
    return s


if mode == "spans":
    # A retriever span around no call becomes a step; a span naming the prompt names the call inside it,
    # whose text matches no template; the root span around everything is no step.
    begin = time.time_ns()
    word = example["input"]["word"]
    notes = f"Notes about {word}: it is a word the test chose."
    lookup_start = time.time_ns()
    time.sleep(0.02)
    lookup_end = time.time_ns()
    time.sleep(0.02)
    ask_start = time.time_ns()
    guess = call(f"Repeat the word {word}, please. {notes}")
    ask_end = time.time_ns()
    root = span("main", begin, time.time_ns())
    send_spans([root,
                span("lookup", lookup_start, lookup_end, root, openinference_span_kind="RETRIEVER", input_value=word, output_value=notes),
                span("ask", ask_start, ask_end, root, fapo_prompt="guess")])
    print(json.dumps({"answer": guess}))
    sys.exit(0)
if mode == "crash":
    print("boom: the tool broke", file=sys.stderr)
    sys.exit(3)
if mode == "hang":
    time.sleep(60)
if mode == "nothing":
    sys.exit(0)
if mode == "garbage":
    print("<<not json>>")
    sys.exit(0)
guess = call(prompts["guess"].replace("{{word}}", example["input"]["word"]))
if mode == "unnamed":
    call("Say something unrelated to any template.")
print(json.dumps({"answer": guess}))
