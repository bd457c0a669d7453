#!/usr/bin/env python3
"""Make presidio.jsonl from presidio-research's synthetic dataset (MIT licence, see LICENSE).

    python3 extract.py path/to/presidio-research/data/synth_dataset_v2.json > presidio.jsonl

Keeps the records with a phone number, an e-mail address or a person's name, and those three
kinds of span, with byte offsets (the dataset's are character offsets). Nothing else is changed:
the sentences are the dataset's own, written by its makers, not by anyone who read Doorstep's
rules.
"""
import json
import sys

KINDS = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "PERSON": "person"}


def main(path):
    with open(path, encoding="utf-8") as f:
        records = json.load(f)
    for n, r in enumerate(records):
        text = r["full_text"]
        spans = []
        for s in r["spans"]:
            kind = KINDS.get(s["entity_type"])
            if kind is None:
                continue
            a, b = s["start_position"], s["end_position"]
            start = len(text[:a].encode("utf-8"))
            end = start + len(text[a:b].encode("utf-8"))
            spans.append({"start": start, "end": end, "kind": kind, "text": text[a:b]})
        if spans:
            spans.sort(key=lambda s: s["start"])
            line = {"id": f"p{n:04d}", "text": text, "identifiers": spans}
            print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
