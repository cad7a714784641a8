#!/usr/bin/env python3
"""A small multi-hop question answering program: the example "app pipeline".

It answers questions such as "Which river runs through the town where Orlin
Vasko was born?" in four model calls, one per prompt:

    rewrite  question        -> search query      ("Orlin Vasko born")
    lookup   query           -> facts from the fact sheet in prompts/lookup.txt
    reason   question, facts -> a short explanation ending in "Answer: ..."
    answer   reasoning       -> {"answer": "..."}

What makes it usable by FAPO Studio (spec: live-traces-and-apps.md, section 2):

1. It reads one example from stdin, {"id": ID, "input": {"question": ...}},
   and prints its final output, one JSON object, on stdout.
2. It reads its prompt templates by name from the JSON file that FAPO_PROMPTS
   names, {"NAME": {"template": TEXT, "version": V}}, and fills the
   {{placeholders}} itself. During optimisation FAPO Studio hands it
   candidate prompts this way, without touching the code.
3. It calls the Anthropic Messages API at $ANTHROPIC_BASE_URL, which FAPO
   Studio points at its recording proxy.

Only Python's standard library is used. Run it on its own with:

    echo '{"id": "a1", "input": {"question": "Which river runs through the town where Orlin Vasko was born?"}}' \\
        | ANTHROPIC_API_KEY=sk-... python3 app.py
"""

import json
import os
import sys
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_URL = os.environ.get("ANTHROPIC_BASE_URL", "https://api.anthropic.com").rstrip("/")
MODEL = os.environ.get("APP_MODEL", "claude-haiku-5-5")

# The system prompts stay in the code; only the templates in prompts/ are
# handed to FAPO Studio for optimisation.
SYSTEM = {
    "rewrite": "You write search queries.",
    "lookup": "You look up facts in a fact sheet.",
    "reason": "You reason step by step over facts.",
    "answer": "You format final answers as JSON.",
}


def load_prompts():
    """Prompt templates by name: from $FAPO_PROMPTS, else from prompts/*.txt."""
    path = os.environ.get("FAPO_PROMPTS")
    if path:
        with open(path, encoding="utf-8") as f:
            return {name: p["template"] for name, p in json.load(f).items()}
    # Run on its own (not by FAPO Studio): read the files next to this script.
    prompts = {}
    for name in SYSTEM:
        with open(os.path.join(HERE, "prompts", name + ".txt"), encoding="utf-8") as f:
            prompts[name] = f.read()
    return prompts


def fill(template, **values):
    """Replace each {{name}} with its value. Use the template as given (no
    stripping), so the request text still contains it word for word."""
    for name, value in values.items():
        template = template.replace("{{" + name + "}}", value)
    return template


def call_model(system, prompt, max_tokens):
    """One non-streaming Messages API call; returns the reply text."""
    body = {
        "model": MODEL,
        "max_tokens": max_tokens,
        "system": system,
        "messages": [{"role": "user", "content": prompt}],
    }
    headers = {"anthropic-version": "2023-06-01", "content-type": "application/json"}
    if "ANTHROPIC_API_KEY" in os.environ:  # passed through as set (FAPO Studio never stores it)
        headers["x-api-key"] = os.environ["ANTHROPIC_API_KEY"]
    request = urllib.request.Request(BASE_URL + "/v1/messages", data=json.dumps(body).encode("utf-8"),
                                     headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=25) as response:
            reply = json.load(response)
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace")[:500]
        sys.exit(f"app.py: the model API answered HTTP {e.code}: {detail}")  # message on stderr, exit status 1
    except (urllib.error.URLError, OSError, ValueError) as e:
        sys.exit(f"app.py: calling {BASE_URL}/v1/messages failed: {e}")
    # The reply text is in content[0].text; joining every "text" block also
    # copes with replies that start with a "thinking" block.
    return "".join(block.get("text", "") for block in reply.get("content", []) if block.get("type") == "text").strip()


def parse_json_object(text):
    """The first {...} in the text (models sometimes wrap JSON in prose or code fences)."""
    start, end = text.find("{"), text.rfind("}")
    if start >= 0 and end > start:
        try:
            return json.loads(text[start:end + 1])
        except ValueError:
            pass
    return None


def main():
    example = json.loads(sys.stdin.readline())
    question = example["input"]["question"]
    prompts = load_prompts()

    # Step 1: turn the question into a search query.
    query = call_model(SYSTEM["rewrite"], fill(prompts["rewrite"], question=question), 64)
    # Step 2: "retrieve" the matching facts; the fact sheet is part of the prompt.
    facts = call_model(SYSTEM["lookup"], fill(prompts["lookup"], query=query), 256)
    # Step 3: chain the facts into an answer.
    reasoning = call_model(SYSTEM["reason"], fill(prompts["reason"], question=question, facts=facts), 256)
    # Step 4: put the final answer in the JSON form the metric reads.
    final = call_model(SYSTEM["answer"], fill(prompts["answer"], reasoning=reasoning), 64)

    result = parse_json_object(final)
    if not isinstance(result, dict) or "answer" not in result:
        result = {"answer": final}
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
