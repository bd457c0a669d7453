#!/usr/bin/env python3
"""Issue 36's question: would a small statistical step decide "person or word" better than the
rules? An experiment, not part of the suite (docs/anonymiser.md has the result).

Every occurrence, in the labelled corpora, of a household member's name that is also an English
word ("Grace", "will", "Mark") is one instance: a person when it is inside a household label, a
word otherwise. The rules' answer is whether `doorstep anonymise` hid it. An averaged perceptron
over the features the rules read (the word before and after, their word-list classes, capitals,
sentence and clause starts, punctuation) is trained on two corpora and tested on the third,
each way round, and scored against the rules on the same instances; "either" hides what
the rules or the perceptron call a person.

    cargo build -p doorstep --bin doorstep
    python3 tests/anonymise/experiments/person_or_word.py
"""
import json
import pathlib
import random
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[3]
CORPORA = {
    "first": ROOT / "tests/anonymise/corpus.jsonl",
    "independent": ROOT / "tests/anonymise/independent/corpus.jsonl",
    "heldout": ROOT / "tests/anonymise/heldout/corpus.jsonl",
    "third": ROOT / "tests/anonymise/third/corpus.jsonl",
}
WORDS = {w.strip() for w in open(ROOT / "data/anonymise/words.txt") if w.strip() and not w.startswith("#")}
DETERMINERS = {"a", "an", "the", "this", "that", "my", "your", "his", "her", "their", "our", "its", "no", "some", "any", "every"}
PERSONISH = {"said", "says", "asked", "told", "was", "is", "has", "had", "came", "went", "cried", "slept", "feeding", "with", "to", "and", "saw", "mum", "dad", "baby", "nan"}


def instances(name, path, binary):
    notes = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    feed = "".join(json.dumps({"id": n["id"], "text": n["text"], "household": n["household"]}) + "\n" for n in notes)
    out = subprocess.run([binary, "anonymise"], input=feed.encode(), capture_output=True).stdout.decode()
    hidden = {json.loads(l)["id"]: json.loads(l)["redactions"] for l in out.splitlines()}
    for n in notes:
        text = n["text"]
        raw = text.encode()
        words = {w.lower() for p in n["household"] for w in re.split(r"[\s\-]+", p["name"]) if w.lower() in WORDS}
        for w in sorted(words):
            for m in re.finditer(r"(?i)(?<![\w'’])" + re.escape(w) + r"(?![\w])", text):
                b0 = len(text[: m.start()].encode())
                b1 = b0 + len(m.group(0).encode())
                person = any(l["kind"] == "household" and l["start"] <= b0 and b1 <= l["end"] for l in n["identifiers"])
                other_label = any(l["start"] < b1 and b0 < l["end"] and l["kind"] != "household" for l in n["identifiers"])
                if other_label:
                    continue
                rules = any(r["start"] < b1 and b0 < r["end"] for r in hidden[n["id"]])
                yield {"corpus": name, "person": person, "rules": rules, "f": features(text, m.start(), m.end())}


def features(text, s, e):
    word = text[s:e]
    before = text[:s]
    after = text[e:]
    prev = re.findall(r"[\w'’]+|[^\w\s]", before[-40:])
    nxt = re.findall(r"[\w'’]+|[^\w\s]", after[:40])
    p1 = prev[-1].lower() if prev else "<s>"
    p2 = prev[-2].lower() if len(prev) > 1 else "<s>"
    n1 = nxt[0].lower() if nxt else "</s>"
    n2 = nxt[1].lower() if len(nxt) > 1 else "</s>"
    start = not before.strip() or before.rstrip()[-1:] in ".!?\n"
    poss = after[:2] in ("'s", "’s")
    f = {
        "bias", f"cap={word[:1].isupper()}", f"start={start}", f"cap&start={word[:1].isupper()}&{start}",
        f"p1={p1}", f"n1={n1}", f"p2p1={p2}_{p1}", f"n1n2={n1}_{n2}",
        f"p1det={p1 in DETERMINERS}", f"p1person={p1 in PERSONISH}", f"n1person={n1 in PERSONISH}",
        f"n1word={n1 in WORDS}", f"n1cap={nxt[0][:1].isupper() if nxt else False}",
        f"p1punct={not p1[:1].isalnum()}", f"n1punct={not n1[:1].isalnum()}",
        f"poss={poss}", f"n1s={n1.endswith('s')}", f"n1ed={n1.endswith('ed')}",
        f"n1ing={n1.endswith('ing')}",
    }
    return f


def train(rows, epochs=20, seed=7):
    w, total, stamp, c = {}, {}, {}, 1
    rng = random.Random(seed)
    rows = list(rows)
    for _ in range(epochs):
        rng.shuffle(rows)
        for r in rows:
            y = 1 if r["person"] else -1
            score = sum(w.get(k, 0.0) for k in r["f"])
            if y * score <= 0:
                for k in r["f"]:
                    total[k] = total.get(k, 0.0) + (c - stamp.get(k, 0)) * w.get(k, 0.0)
                    stamp[k] = c
                    w[k] = w.get(k, 0.0) + y
            c += 1
    return {k: (total.get(k, 0.0) + (c - stamp.get(k, 0)) * v) / c for k, v in w.items()}


def score(rows, decide):
    leak = sum(1 for r in rows if r["person"] and not decide(r))
    lost = sum(1 for r in rows if not r["person"] and decide(r))
    persons = sum(1 for r in rows if r["person"])
    words = len(rows) - persons
    return leak, persons, lost, words


def main():
    binary = str(ROOT / "target/debug/doorstep")
    data = [r for name, path in CORPORA.items() for r in instances(name, path, binary)]
    print(f"{len(data)} occurrences of household names that are also words")
    for test in CORPORA:
        tr = [r for r in data if r["corpus"] != test]
        te = [r for r in data if r["corpus"] == test]
        w = train(tr)
        model = lambda r: sum(w.get(k, 0.0) for k in r["f"]) > 0
        either = lambda r: r["rules"] or model(r)
        for label, decide in (("rules", lambda r: r["rules"]), ("perceptron", model), ("either", either)):
            leak, persons, lost, words = score(te, decide)
            print(f"  test on {test:<12} {label:<10} names leaked {leak:>3}/{persons:<4} words lost {lost:>3}/{words}")


if __name__ == "__main__":
    main()
