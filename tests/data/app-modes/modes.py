#!/usr/bin/env python3
# A test app whose behaviour each example picks ("mode"): the ways a user's program goes wrong.
import json
import os
import sys
import time
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
