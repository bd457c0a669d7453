#!/usr/bin/env python3
"""Fourth held-out corpus for the anonymiser (tests/anonymise/fourth).

Written by a helper session from docs/anonymiser.md and the two earlier corpora's READMEs
only (see README.md beside this file). Standard library only, fixed seed.

    python3 make.py          render the notes, write corpus.jsonl beside this file, check it
    python3 make.py --check  only re-check the existing corpus.jsonl
    python3 make.py --stats  also print the tables used in README.md

Markup used in the notes below:
    [[k|text]]     a label of kind k (see KINDS)
    {{text}}       a keep entry (a word or phrase that must survive)
    <<nhs:fmt>>    a fresh valid NHS number drawn from the seed, labelled nhs_number;
                   fmt is spaced (943 476 5919), run, dash, dot, fw (full-width digits),
                   zw (zero-width spaces between the groups) or nnbsp (U+202F between groups)
Every byte offset is computed from the rendered text; none is typed by hand.
"""
import collections
import json
import os
import random
import re
import sys
import unicodedata

SEED = 40404
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")

KINDS = {
    "h": "household", "p": "person", "d": "date", "pl": "place", "hs": "health_service",
    "a": "address", "ph": "phone", "s": "school", "hd": "handle", "ni": "ni_number",
    "r": "reference", "v": "vehicle", "u": "url", "pc": "postcode", "e": "email",
    "nhs": "nhs_number",
}
ROLES = {"mother", "partner", "baby", "sibling", "other_adult", "other_child"}

NOTE_KINDS = {
    "hv": "health visitor visit record",
    "mw": "midwife note",
    "fnp": "Family Nurse Partnership visit",
    "gp": "GP letter",
    "sn": "school nurse note",
    "sw": "social work case note",
    "ref": "referral form with field labels",
    "caps": "all-capitals form",
    "sms": "text / WhatsApp messages",
    "dict": "dictated note, no punctuation",
    "chron": "chronology, dates first",
    "sup": "supervision reflection",
    "mins": "MARAC / conference / strategy minutes",
    "email": "e-mail between professionals",
    "bullet": "bullet-list handover",
    "letter": "typed letter",
}

# The household record: one entry per member, in this shape (see README.md).
# The project's role names (core/src/household.rs), added by the session that runs the corpus:
# the writer's "adult" and "child" are the project's "other_adult" and "other_child".
PROJECT_ROLE = {"adult": "other_adult", "child": "other_child"}


def household_json(members):
    return [{"role": PROJECT_ROLE.get(r, r), "name": n, "aliases": list(a)} for r, n, a in members]


def label_json(start, end, kind, text):
    return {"start": start, "end": end, "kind": kind, "text": text}


# ---------------------------------------------------------------- identifiers drawn from the seed

def nhs_check_digit(nine):
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    c = 11 - total % 11
    return 0 if c == 11 else c


def nhs_valid(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    c = nhs_check_digit(digits[:9])
    return c != 10 and c == int(digits[9])


def fresh_nhs(rng, used):
    while True:
        nine = "".join(str(rng.randrange(10)) for _ in range(9))
        if nine[0] == "0":
            continue
        c = nhs_check_digit(nine)
        if c == 10:
            continue
        d = nine + str(c)
        if d not in used:
            used.add(d)
            return d


def format_nhs(d, fmt):
    a, b, c = d[:3], d[3:6], d[6:]
    if fmt == "spaced":
        return f"{a} {b} {c}"
    if fmt == "run":
        return d
    if fmt == "dash":
        return f"{a}-{b}-{c}"
    if fmt == "dot":
        return f"{a}.{b}.{c}"
    if fmt == "fw":
        return " ".join("".join(chr(0xFF10 + int(x)) for x in g) for g in (a, b, c))
    if fmt == "zw":
        return f"{a}\u200b{b}\u200b{c}"
    if fmt == "nnbsp":
        return f"{a}\u202f{b}\u202f{c}"
    raise ValueError(fmt)


# ---------------------------------------------------------------- rendering

MARK = re.compile(r"\[\[([a-z]+)\|(.*?)\]\]|\{\{(.*?)\}\}|<<nhs(?::([a-z]+))?>>", re.S)
STRAY = ("[[", "]]", "{{", "}}", "<<", ">>")


def render(src, rng, used_nhs):
    pieces, labels, keep = [], [], []
    blen = 0
    pos = 0

    def put(s):
        nonlocal blen
        pieces.append(s)
        blen += len(s.encode("utf-8"))

    for m in MARK.finditer(src):
        lit = src[pos:m.start()]
        for s in STRAY:
            if s in lit:
                raise SystemExit(f"stray markup {s!r} near {lit[-60:]!r}")
        put(lit)
        if m.group(1):
            kind = KINDS[m.group(1)]
            t = m.group(2)
            for s in STRAY + ("|",):
                if s in t:
                    raise SystemExit(f"markup inside a label: {t!r}")
            start = blen
            put(t)
            labels.append(label_json(start, blen, kind, t))
        elif m.group(3) is not None:
            t = m.group(3)
            put(t)
            keep.append(t)
        else:
            t = format_nhs(fresh_nhs(rng, used_nhs), m.group(4) or "spaced")
            start = blen
            put(t)
            labels.append(label_json(start, blen, "nhs_number", t))
        pos = m.end()
    lit = src[pos:]
    for s in STRAY:
        if s in lit:
            raise SystemExit(f"stray markup {s!r} near {lit[:60]!r}")
    put(lit)
    return "".join(pieces), labels, keep


def build():
    rng = random.Random(SEED)
    used = set()
    by_hh = collections.defaultdict(list)
    for key, kind, src in NOTES:
        by_hh[key].append((kind, src))
    order = list(HOUSEHOLDS)
    if set(by_hh) != set(order):
        raise SystemExit(f"households without notes or notes without households: {set(by_hh) ^ set(order)}")
    records, kinds = [], []
    n = 0
    for key in order:
        notes = by_hh[key]
        if len(notes) != 4:
            raise SystemExit(f"{key}: {len(notes)} notes, want 4")
        for kind, src in notes:
            n += 1
            text, labels, keep = render(src.strip("\n"), rng, used)
            records.append({
                "id": f"f{n:03d}",
                "text": text,
                "household": household_json(HOUSEHOLDS[key]["members"]),
                "identifiers": labels,
                "keep": keep,
            })
            kinds.append((f"f{n:03d}", key, kind))
    return records, kinds


# ---------------------------------------------------------------- checks

AREAS = set("""AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL
DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA
LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK
SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split())
POSTCODE = re.compile(r"^([A-Z]{1,2})([0-9][A-Z0-9]?)([0-9][A-Z]{2})$")
NI = re.compile(r"^([A-Z])([A-Z])([0-9]{6})([A-D])$")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
PLAIN = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
         "ʻ": "", "’": "'"}
# common English words the short-form warning need not mention
COMMON = set("she he the her his him they them this that was are and but for not all any can may mum dad".split())
WORD = re.compile(r"[^\W\d_]+")


def fold(s):
    s = "".join(PLAIN.get(c, c) for c in s)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.lower()


def lev1(a, b):
    """True when a and b are exactly one edit apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def check(records, strict=True):
    errors, warnings = [], []
    if len(records) != 120:
        errors.append(f"{len(records)} notes, want 120")
    hh_seen = collections.Counter()
    for i, rec in enumerate(records, 1):
        rid = rec.get("id")
        where = rid or f"line {i}"
        if list(rec) != ["id", "text", "household", "identifiers", "keep"]:
            errors.append(f"{where}: fields {list(rec)}")
            continue
        if rid != f"f{i:03d}":
            errors.append(f"{where}: id out of order, want f{i:03d}")
        text = rec["text"]
        b = text.encode("utf-8")
        hh_seen[json.dumps(rec["household"], ensure_ascii=False, sort_keys=True)] += 1
        for m in rec["household"]:
            if set(m) != {"role", "name", "aliases"} or m["role"] not in ROLES:
                errors.append(f"{where}: bad household member {m}")
        spans = []
        for lab in rec["identifiers"]:
            if set(lab) != {"start", "end", "kind", "text"}:
                errors.append(f"{where}: label fields {sorted(lab)}")
                continue
            s, e, k, t = lab["start"], lab["end"], lab["kind"], lab["text"]
            if k not in KINDS.values():
                errors.append(f"{where}: kind {k}")
            if not (0 <= s < e <= len(b)):
                errors.append(f"{where}: span {s}..{e} outside the text")
                continue
            try:
                dec = b[s:e].decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{where}: span {s}..{e} not on character boundaries")
                continue
            if dec != t:
                errors.append(f"{where}: span {s}..{e} decodes to {dec!r}, label says {t!r}")
            cs = len(b[:s].decode("utf-8"))
            spans.append((cs, cs + len(t), k, t))
            norm = unicodedata.normalize("NFKC", t)
            digits = "".join(c for c in norm if c.isdigit())
            if k == "nhs_number" and not nhs_valid(digits):
                errors.append(f"{where}: NHS number {t!r} fails modulus 11")
            if k == "phone":
                for j in range(len(digits) - 9):
                    if nhs_valid(digits[j:j + 10]):
                        errors.append(f"{where}: phone {t!r} holds a valid NHS number {digits[j:j+10]}")
                if not 7 <= len(digits) <= 15:
                    errors.append(f"{where}: phone {t!r} has {len(digits)} digits")
            if k == "ni_number":
                flat = re.sub(r"[^A-Z0-9]", "", norm.upper())
                m = NI.match(flat)
                if not m:
                    errors.append(f"{where}: NI number {t!r} has the wrong shape")
                elif m.group(1) in "DFIQUV" or m.group(2) in "DFIQUVO" or m.group(1) + m.group(2) in NI_BAD_PREFIX:
                    errors.append(f"{where}: NI number {t!r} breaks HMRC's prefix rules")
            if k == "postcode":
                flat = re.sub(r"[^A-Z0-9]", "", norm.upper())
                m = POSTCODE.match(flat)
                if not m or m.group(1) not in AREAS:
                    errors.append(f"{where}: postcode {t!r} has no valid shape or area")
            if k == "reference":
                if not re.search(r"[A-Za-z]", t) or len(digits) >= 9:
                    errors.append(f"{where}: reference {t!r} needs letters and fewer than 9 digits")
        spans.sort()
        for a, c in zip(spans, spans[1:]):
            if c[0] < a[1]:
                errors.append(f"{where}: labels overlap: {a[3]!r} and {c[3]!r}")

        def in_label(s, e):
            return any(s < le and ls < e for ls, le, _, _ in spans)

        # keep entries: each listed occurrence must be found as a whole word outside the labels
        want = collections.Counter(rec["keep"])
        keep_spans = []
        for entry, n in want.items():
            found = 0
            for m in re.finditer(re.escape(entry), text):
                s, e = m.span()
                if s > 0 and text[s - 1].isalnum():
                    continue
                if e < len(text) and text[e].isalnum():
                    continue
                if in_label(s, e):
                    continue
                found += 1
                keep_spans.append((s, e))
            if found < n:
                errors.append(f"{where}: keep entry {entry!r} listed {n}x, found {found}x as a whole word outside labels")

        def kept(s, e):
            return any(ks <= s and e <= ke for ks, ke in keep_spans)

        # household-name lints
        names = set()
        for m in rec["household"]:
            for part in [m["name"]] + m["aliases"]:
                for w in WORD.findall(part):
                    names.add(fold(w))
        for m in WORD.finditer(text):
            s, e = m.span()
            if in_label(s, e):
                continue
            w = m.group()
            f = fold(w)
            if kept(s, e):
                continue
            if f in names:
                errors.append(f"{where}: household-name word {w!r} outside a label and not a keep entry")
                continue
            near = [n for n in names if len(n) >= 5 and lev1(f, n)]
            if near:
                errors.append(f"{where}: {w!r} is one edit from household name {near[0]!r}; label it or keep it")
                continue
            if w[0].isupper() and len(f) >= 3 and f not in COMMON:
                for n in names:
                    if (len(n) > len(f) and n.startswith(f)) or (len(f) >= 4 and len(n) >= 8 and f in n and not n.startswith(f)):
                        warnings.append(f"{where}: capitalised {w!r} could be read as a short form of {n!r}")
                        break
    for hh, n in hh_seen.items():
        if n != 4:
            errors.append(f"a household has {n} notes, want 4: {hh[:80]}")
    if len(hh_seen) != 30:
        errors.append(f"{len(hh_seen)} households, want 30")
    return errors, warnings


# ---------------------------------------------------------------- statistics for README.md

def stats(records, kinds):
    kc = collections.Counter(l["kind"] for r in records for l in r["identifiers"])
    nk = collections.Counter(NOTE_KINDS[k] for _, _, k in kinds)
    keep = [k for r in records for k in r["keep"]]
    print("| kind of note | notes |\n| --- | ---: |")
    for k, n in nk.most_common():
        print(f"| {k} | {n} |")
    print("\n| identifier kind | count |\n| --- | ---: |")
    for k, n in kc.most_common():
        print(f"| {k} | {n} |")
    print(f"| **total** | **{sum(kc.values()):,}** |")
    print(f"\nkeep entries: {len(keep)} ({len(set(keep))} distinct)")
    hh = [l for r in records for l in r["identifiers"] if l["kind"] == "household"]
    print(f"household labels: {len(hh)}; multi-word {sum(' ' in l['text'] for l in hh)}; "
          f"all lower case {sum(l['text'] == l['text'].lower() and l['text'] != l['text'].upper() for l in hh)}")
    poss = 0
    for r in records:
        b = r["text"].encode()
        for l in r["identifiers"]:
            if l["kind"] == "household" and (b[l["end"]:l["end"] + 2] == b"'s" or b[l["end"]:l["end"] + 4] == "’s".encode()):
                poss += 1
    print(f"household labels followed by a possessive: {poss}")


def main():
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            records = [json.loads(line) for line in f]
        kinds = None
    else:
        records, kinds = build()
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errors, warnings = check(records)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    n_labels = sum(len(r["identifiers"]) for r in records)
    n_keep = sum(len(r["keep"]) for r in records)
    if errors:
        print(f"FAILED: {len(errors)} errors")
        sys.exit(1)
    print(f"ok: {len(records)} notes, {n_labels} labels, {n_keep} keep entries")
    if "--stats" in sys.argv:
        if kinds is None:
            kinds_ = build()[1]
        else:
            kinds_ = kinds
        stats(records, kinds_)


# ================================================================= households

HOUSEHOLDS = {}
NOTES = []


def household(key, background, *members):
    HOUSEHOLDS[key] = {"background": background, "members": members}


def note(key, kind, src):
    assert kind in NOTE_KINDS, kind
    NOTES.append((key, kind, src))

# ---- 1. Portuguese (Peterborough)
household("pt", "Portuguese",
          ("mother", "Conceição Almeida", ["São"]),
          ("partner", "Rui Gonçalves", []),
          ("baby", "Matilde Gonçalves Almeida", []),
          ("sibling", "Gonçalo Almeida", []))

note("pt", "hv", """
NEW BIRTH VISIT – HV record
Date of visit: [[d|17/03/2025]]    Baby: [[h|Matilde Gonçalves Almeida]]    DOB: [[d|03/03/2025]]    NHS no: <<nhs:spaced>>
Address: [[a|Flat 4, Ribeira Court, 22 Lincoln Road]], [[pl|Peterborough]] [[pc|PE1 2SN]]
Present: mum [[h|Conceição]] (prefers [[h|São]]), dad [[h|Rui Gonçalves]], brother [[h|Gonçalo]] (6, Y1 at [[s|Gladstone Fields Academy]]). {{Portuguese}} interpreter via {{Language Line}} for the feeding part only – [[h|São]] reads English well but wanted {{Portuguese}} for the detail.
Feeding: mixed. Breastfeeding plus two top-ups of {{Aptamil}} overnight. Paced bottle feeding shown, responsive feeding discussed. Weight 3.41kg (birth 3.32kg), following the {{50th centile}}.
Safe sleep: {{Moses basket}} in parents' room, no pillows or bumpers. [[h|Rui]] smokes on the balcony – very brief advice given, referred to stop smoking service with consent.
Mood: {{EPDS}} 8. [[h|Conceição]]'s mother ({{avó}}) flies in from [[pl|Braga]] on the [[d|29th]] for six weeks and the family are pleased.
[[h|Gonçalo]]'s teacher Mrs [[p|Hollis]] rang mum because he has been tearful in class – normal adjustment to a new sibling, leaflet given.
Next contact: 6–8 week review at [[hs|Dogsthorpe Family Hub]] on [[d|28/04]].
""")

note("pt", "sms", """
WhatsApp copied to notes by HV [[p|Lucy Tranter]] (work mobile)
[[d|02/04]] 09:12 mum: bom dia [[p|lucy]] sorry to bother, [[h|matilde]] v sicky after feeds again is it the {{aptamil}}?? [[h|rui]] says change to comfort milk
[[d|02/04]] 09:40 HV: Morning! Posseting is common. Is she having 6+ wet nappies and gaining? Please don't swap milks yet – I'll come [[d|Thurs 3rd]] about 11.
[[d|02/04]] 09:41 mum: ok obg. also [[h|gonçalo]] lost his school jumper lol
[[d|03/04]] 12:05 HV: Visited. 3.98kg, between {{50th}} and {{75th}}. Reflux advice, {{Gaviscon Infant}} not needed. Text if it becomes projectile x
[[d|03/04]] 18:30 mum: my cousin new number is [[ph|+351 912 604 187]] she can translate if needed. obrigada!!
[[d|04/04]] 08:02 mum: also [[h|Gonçalves]] is on the gas bill not me, is that a problem for the {{Healthy Start}} form?
[[d|04/04]] 08:05 mum: and [[h|rui]] made a fundraiser for my mum flight [[u|gofund.me/8f3c21ab]] sorry if not allowed to send. my insta [[hd|sao_almeida_92]] has baby photos if u want see
""")

note("pt", "email", """
From: [[p|Orla Fenwick]] <[[e|orla.fenwick@schoolnursing.example.org]]>
To: [[pl|Peterborough]] North HV team
Sent: [[d|Tuesday 6 May 2025]] 14:17
Subject: [[h|Gonçalo Almeida]] (Y1) – sibling of new baby

Hi both,
A heads-up. [[h|Gonçalo]] (1W at [[s|Gladstone Fields Academy]]) has been wetting in class since half term. Mum, [[h|Conceição Almeida]], thinks it started when the baby came home. Urine dip at school was clear. I've given the {{ERIC}} leaflet and the link [[u|www.eric.example.org/daytime-wetting]] and will see him again w/c [[d|12 May]].
Dad, [[h|Rui]], does nights at a warehouse near [[pl|Wisbech]] and sleeps in the day, so [[h|Gonçalo]] is told to be quiet all afternoon. Nothing safeguarding, but worth knowing for your 6–8 week contact.
Class teacher is Mrs [[p|Hollis]]; SENCo Mr [[p|Tom Adeyemi]] is aware.

Thanks,
[[p|Orla Fenwick]]
School Nurse, 5–19 team
[[ph|01632 960 418]] | mobile [[ph|07700 900 737]]
""")

note("pt", "chron", """
CHRONOLOGY – [[h|ALMEIDA]] / [[h|GONÇALVES]] household    Early Help ref [[r|EH-PB-20731]]
[[d|03.03.25]]  [[h|Matilde]] born at [[hs|Nene Valley Hospital]], SVD at 39+2, 3.32kg.
[[d|17.03.25]]  New birth visit. {{EPDS}} 8. Dad smokes – referred to stop smoking.
[[d|03.04.25]]  Seen re vomiting, gaining, reassured.
[[d|24.04.25]]  Mum reports damp and black mould in the baby's room; landlord Mr [[p|Dev Kapoor]] not answering. Photos to HV. Referred to private sector housing.
[[d|06.05.25]]  School nurse e-mail: [[h|Gonçalo]] wetting at school.
[[d|14.05.25]]  Early Help assessment agreed. Lead professional [[p|Shona Blackwood]] ({{Family Hub}}).
[[d|20.05.25]]  [[h|Rui]] lost his agency work. {{Universal Credit}} claim started, food bank voucher given.
[[d|28.05.25]]  6–8 week review (moved from [[d|28/04]]): 4.6kg, mood better now {{avó}} is here. {{MenB}} given.
[[d|11.06.25]]  Environmental health visit to [[a|22 Lincoln Road]]: category 1 damp hazard, notice served.
[[d|02.07.25]]  TAF meeting at [[hs|Dogsthorpe Family Hub]]. [[h|São]] asked for help with English classes.
""")

# ---- 2. Brazilian (Crawley)
household("br", "Brazilian",
          ("mother", "Thaís Oliveira Santos", []),
          ("partner", "Wellington Souza", ["Welly"]),
          ("baby", "Valentina Souza Santos", []),
          ("sibling", "Enzo Souza", []))

note("br", "mw", """
Community midwife – day 5 postnatal visit (home)
Woman: [[h|Thaís Oliveira Santos]]    Hosp ref: [[r|WPB-447109]]    Baby: [[h|Valentina Souza Santos]], born [[d|09/06/2025]] at [[hs|Worth Park Birth Centre]], 3.05kg
Address: [[a|27 Ifield Drive]], [[pl|Crawley]] [[pc|RH11 0EJ]]
Seen with partner [[h|Wellington]] and [[h|Enzo]] (4). [[h|Thais]] speaks good English; {{Portuguese}} safe sleep leaflet given anyway.
Mum: lochia normal, perineum healing, BP 118/76. Breasts engorged on day 4 – hand expressing shown. Teary, "like the {{baby blues}}", discussed. Continue ferrous fumarate.
Baby: 2.84kg (–6.9%). Jaundice to chest only, no SBR needed. Feeding 2–3 hourly. Blood spot taken, left heel. Cord clean and dry.
[[h|Enzo]] showed me his new {{wellies}} and [[h|Welly]] (dad) is back at work on Monday driving for the airport parking firm.
Plan: day 10 visit on [[d|19/06]] for weight, MW [[p|Bethan Crowley]] covering. Triage [[ph|01632 960 317]] {{24/7}}.
""")

note("br", "caps", """
HEALTH VISITING TRANSFER-IN FORM
SURNAME: [[h|SOUZA SANTOS]]    FORENAME: [[h|VALENTINA]]    DOB: [[d|09/06/2025]]
NHS NO: <<nhs:run>>
MOTHER: [[h|THAÍS OLIVEIRA SANTOS]]    DOB: [[d|22/11/1996]]    NI NO: [[ni|JT 48 21 93 C]]
FATHER: [[h|WELLINGTON SOUZA]]    MOBILE: [[ph|07700 900 583]]
PREVIOUS ADDRESS: [[a|FLAT 9 MARTLET HOUSE 3 ORCHARD STREET]] [[pc|RH11 7AQ]]
NEW ADDRESS: [[a|41 BRIGHTON ROAD]] [[pc|RH13 5BD]] ([[pl|HORSHAM]])
REGISTERED GP: [[hs|ROFFEY PARK MEDICAL CENTRE]]
LANGUAGE: {{PORTUGUESE}} – INTERPRETER NOT NEEDED
SIBLING: [[h|ENZO SOUZA]] DOB [[d|14/02/2021]] – ATTENDS [[s|LITTLE SAPLINGS NURSERY]]
REASON FOR TRANSFER: MOVED [[d|01/09/2025]]. NO SAFEGUARDING CONCERNS. {{EPDS}} 6 AT 6-8 WK.
IMMUNISATIONS: 8 WK GIVEN [[d|04/08/2025]]. 12 WK DUE.
TRANSFERRING HV: [[p|KAREN ASHDOWN]]    TEL [[ph|0118 496 0731]]    EMAIL [[e|KAREN.ASHDOWN@HVTEAM.EXAMPLE.ORG]]
""")

note("br", "sup", """
Safeguarding supervision – reflective account, HV [[p|Nadia Rahman]], [[d|15 October 2025]]
Family: [[h|Souza]] / [[h|Santos]]. Baby [[h|Val]] now four months.
What happened: at the 3–4 month contact [[h|Thaís]] told me that [[h|Welly]] "checks my phone every night" and has kept her bank card since she stopped work at the salon. No physical violence disclosed. I asked the routine enquiry questions alone with her while [[h|Enzo]] was at nursery and the baby slept.
What I felt: I noticed I wanted to believe him – he is warm on visits and always makes coffee. I have only ever met him in English and she is more fluent in {{Portuguese}}; I may have been hearing his version.
What I did: she declined a {{DASH}}. I gave {{Refuge}} and {{Women's Aid}} numbers, saved in her phone under a friend's name. Talked it through with my supervisor [[p|Julie Amos]].
Analysis: financial control and monitoring could be coercive and controlling behaviour. Not at {{MARAC}} threshold on what we know.
Actions: next visit at [[hs|Broadfield Children's Centre]] (neutral venue) on [[d|Tuesday 28th]]; let GP Dr [[p|Sian Pritchard]] know; book a {{Portuguese}} interpreter, not the cousin.
""")

note("br", "letter", """
[[hs|Broadfield Children's Centre]] – Health Visiting Team
[[a|Broadfield Barton]], [[pl|Crawley]] [[pc|RH11 9BA]]    Tel: [[ph|01632 960 514]]

[[d|3 November 2025]]

Housing Options Team, [[pl|Horsham]] District Council

Dear Sir or Madam,
Re: [[h|Thaís Oliveira Santos]], [[h|Wellington Souza]] and their children, [[a|41 Brighton Road]], [[pl|Horsham]] [[pc|RH13 5BD]]
I am the family's health visitor and write with their consent. [[h|Valentina]] (born [[d|9/6/25]]) has been admitted twice to [[hs|Crawley Hospital]] with bronchiolitis, on [[d|2 October]] and again on [[d|21 October]]. There is black mould on the bedroom walls where she sleeps and the windows run with water each morning. [[h|Enzo]], aged four, has been prescribed a {{salbutamol}} inhaler since the move.
I would be grateful if the family's application (ref [[r|HOR/HSG/7714]]) could be reviewed with {{this}} in mind. Ms [[h|Santos]] can be reached on [[ph|07700 900 583]].
Yours faithfully,

[[p|Nadia Rahman]]
Specialist Community Public Health Nurse (Health Visitor)
""")

# ---- 3. Lithuanian (Boston, Lincolnshire)
household("lt", "Lithuanian",
          ("mother", "Rūta Jankauskienė", []),
          ("partner", "Mindaugas Jankauskas", []),
          ("baby", "Gabija Jankauskaitė", []),
          ("sibling", "Lukas Jankauskas", []))

note("lt", "ref", """
REFERRAL TO SPECIALIST PERINATAL MENTAL HEALTH
Referrer: [[p|Ewa Nowicka]], Health Visitor, [[hs|Boston West Health Centre]]
Date of referral: [[d|2025-09-03]]
Name: [[h|Rūta Jankauskienė]]    DOB: [[d|1994-08-12]]    NHS number: <<nhs:dash>>
Address: [[a|16 Skirbeck Close]], [[pl|Boston]]    Postcode: [[pc|PE21 8TJ]]
Telephone: [[ph|07700 900 241]]    NI number: [[ni|NE 33 91 07 A]]
Language: {{Lithuanian}} – interpreter needed (telephone is fine)
GP: Dr [[p|Alan Pryce]], [[hs|Witham Bank Surgery]]
Baby: [[h|Gabija]], 7 weeks. Sibling: [[h|Lukas]], 5.
Reason for referral: {{EPDS}} 17 at the 6–8 week contact, question 10 scored 1. Low mood since about {{2/52}} after the birth, not sleeping when the baby sleeps, "I am a bad mother". Previous depression in 2019 treated in {{Lithuania}} with {{sertraline}}; restarted by GP last week.
Partner [[h|Mindaugas]] works 12-hour shifts at a food packing site; her mother lives in [[pl|Kaunas]]. Few friends here.
Risk: passive thoughts, no plan or intent. Protective: children, her faith, partner supportive.
Consent: given, via interpreter ID not recorded.
""")

note("lt", "dict", """
dictated [[d|25/09]] visit to mum [[h|ruta]] and baby [[h|gabija]] at home in [[pl|boston]] mum still low but says the {{sertraline}} is helping a bit she has started taking [[h|lukas]] to the {{lithuanian}} saturday school at the church hall where other mums meet [[h|gabija]] weighed 5.2 kilos on the {{25th centile}} feeding well on {{kendamil}} first milk about 150 mls four hourly [[h|mindaugas]] was home today and held the baby while we talked he asked about shared parental leave perinatal team have seen her and the nurse [[p|harriet cole]] will visit weekly {{EPDS}} today 13 plan review on the [[d|14th of october]] at the health centre end of dictation
""")

note("lt", "bullet", """
Handover – HV caseload (going on leave [[d|Fri 17/10]])
[[h|JANKAUSKAS]] family, [[a|16 Skirbeck Close]] [[pc|PE21 8TJ]]
• Mum [[h|Rūta]] ("[[h|Ruta Jankauskiene]]" on the GP system, no accents) – PND, under perinatal team (CPN [[p|Harriet Cole]], [[ph|01632 960 782]]). {{EPDS}} 17 → 13.
• Baby [[h|Gabi]], 11 wks – well, on {{25th centile}}, 8 wk jabs done. Hip click at GP check – USS booked [[d|Wed 5 Nov]].
• [[h|Lukas]], 5 – Reception at [[s|Tollfield Primary School]], settled.
• Dad [[h|Mindaugas]] – supportive; drives a silver {{Vauxhall Astra}}, reg [[v|KX19 HNR]], parks at the rear.
• Interpreter: {{Lithuanian}}, book through {{Language Line}}, not the neighbour.
• Mum's friend [[p|Jurgita]] from church sometimes there – mum happy to talk in front of her.
• Next: joint visit with perinatal [[d|22/10]], then 3–4 month contact.
""")

note("lt", "gp", """
[[hs|Witham Bank Surgery]]
[[a|Sleaford Road]], [[pl|Boston]] [[pc|PE21 7PB]]    Tel [[ph|01632 960 905]]

[[d|30 September 2025]]

Dear Health Visitor,
Re: [[h|Gabija Jankauskaitė]]    DOB [[d|21.07.2025]]    NHS No. <<nhs:run>>
Mother: [[h|Rūta Jankauskienė]]
I saw [[h|Gabija]] and her mother today for the 6–8 week baby check (late because of the bank holiday). Weight 4.9kg, head circumference on the {{50th centile}}. Heart sounds normal, femoral pulses present, red reflex present in both eyes. There is a clunk on the left hip with the {{Ortolani}} and {{Barlow}} manoeuvres, and she was breech until 36 weeks, so I have referred her for a hip ultrasound at [[hs|Pilgrim Vale Hospital]] (ref [[r|USS-HIP-40218]]).
Mum's own postnatal check: BP 112/70, feels "empty". I have restarted {{sertraline}} 50mg and added my support to the perinatal referral your team has made. She would like a female {{Lithuanian}} interpreter next time.
Mr [[h|Jankauskas]] was present and asked about a fit note for his back, which I will see him for separately.
Yours sincerely,

Dr [[p|Alan Pryce]]
GP Partner
cc [[p|Ewa Nowicka]], Health Visitor
""")


# ---- 4. Latvian (Wisbech)
household("lv", "Latvian",
          ("mother", "Līga Bērziņa", []),
          ("partner", "Jānis Bērziņš", []),
          ("baby", "Marta Bērziņa", []),
          ("adult", "Dzidra Ozola", []))

note("lv", "hv", """
12-month development review – clinic
Seen at [[hs|Clarkson Avenue Clinic]], [[pl|Wisbech]], on [[d|Monday 10 March 2025]]
Child: [[h|Marta Bērziņa]], DOB [[d|02/03/2024]]. Brought by mum [[h|Līga]] and grandmother [[h|Dzidra Ozola]], who lives with the family and minds [[h|Marta]] while both parents work at the packhouse.
{{ASQ-3}}: communication 35, gross motor 60, fine motor 50, problem solving 45, personal-social 40 – all above the cut-off. Says "mama" and "kaķis" (cat); bilingual, both languages encouraged. Cruising, not walking yet.
Weight 9.1kg ({{50th centile}}). Six teeth, no dentist yet – gave the [[hs|Wisbech Community Dental Service]] number, [[ph|01632 960 603]]. Bottle at night: {{Cow & Gate}} follow-on; advised a free-flow cup and whole cow's milk from now.
Home: stair gate at the top only. Dad [[h|Jānis]] smokes in the car, reg [[v|AY68 TVB]] – talked about second-hand smoke in cars being illegal with children in them.
[[h|Liga]] asked about nursery funding for 2-year-olds – gave the {{Family Hub}} leaflet. Next: 2–2½ year review, invite to go to the new address if they move as planned in {{May}}.
""")

note("lv", "mins", """
INITIAL CHILD PROTECTION CONFERENCE – minutes (extract)
Child: [[h|Marta Bērziņa]] (DOB [[d|02.03.2024]])    Date: [[d|19th June 2025]]    Venue: [[hs|Fenland House]], [[pl|March]]
Chair: [[p|Gillian Royce]] (Independent Reviewing Officer)    Minutes: [[p|Tasha Nwosu]]
Present: [[h|Līga Bērziņa]] (mother), [[h|Dzidra Ozola]] (maternal grandmother), [[p|Kristīne Ozoliņa]] ({{Latvian}} interpreter), [[p|Phil Garside]] (social worker), [[p|Meg Trott]] (health visitor), PC [[p|Daniel Osei]] ({{Cambridgeshire Constabulary}}), [[p|Sam Leach]] (nursery manager, [[s|Bright Beginnings Day Nursery]]).
Apologies: [[h|Jānis Bērziņš]] (father) – in custody; Dr [[p|Rupa Menon]] (GP, report received).
Reason for conference: on [[d|28/05/2025]] police attended [[a|9 Norwich Road]], [[pl|Wisbech]], after neighbours heard shouting and a child crying. [[h|Jānis]] had been drinking and pushed [[h|Līga]] into a glass door while she held [[h|Marta]]. Police ref [[r|CC-25-118402]]. {{DASH}} high risk; heard at {{MARAC}} on [[d|12/06]].
Health: [[p|Meg Trott]] reported that [[h|Marta]] is meeting milestones and is well cared for by mum and grandmother. Missed the 12-month jabs; caught up on [[d|4 June]].
Mother's view (via interpreter): she does not want him back in the house; she has a non-molestation order.
Decision: child protection plan under the category of emotional abuse. Core group to meet within 10 working days. Review conference [[d|18/09/2025]].
""")

note("lv", "sms", """
Texts, HV work mobile – [[h|Līga]] (mum)
[[d|23/06]] 10:02 Hi [[h|Liga]] it's [[p|Meg]] HV. Are you ok for me to come [[d|wed 25th]] at 2? Interpreter booked.
[[d|23/06]] 10:15 yes ok. [[h|marta]] has tooth come and cry all night
[[d|23/06]] 10:16 Poor thing. Teething gel or paracetamol (infant {{Calpol}}) from 3 months is fine, follow the dose on the box x
[[d|23/06]] 19:48 sorry another question, my mum [[h|dzidra]] want go back to {{Latvia}} for 2 week in july. is allowed? social worker say plan
[[d|24/06]] 08:30 I'll ask [[p|Phil]] and let you know. Nothing stops her visiting family.
[[d|25/06]] 16:10 thank u for today. new number for me is [[ph|07700_900_961]] – old phone [[h|janis]] has it still
[[d|25/06]] 16:22 Saved. If he contacts you, ring 999 or the police on 101 and quote ref [[r|CC-25-118402]].
""")

note("lv", "email", """
From: [[p|Meg Trott]] <[[e|meg.trott@fenlandhv.example.org]]>
To: [[p|Phil Garside]] <[[e|p.garside@childrens-services.gov.example.org]]>
Date: [[d|1 September 2025]]
Subject: Core group update (CP plan)

Hi [[p|Phil]],
Visited [[h|Marta]] at the new address yesterday: [[a|Flat 3, 14 Ramnoth Road]], [[pl|Wisbech]] [[pc|PE13 2JD]]. A lot calmer there. [[h|Līga]] has started ESOL at the college on Tuesdays and her mum does the nursery run.
Two things:
1. Mrs [[h|Ozola]] mentioned that [[h|Jānis]] has been messaging [[h|Līga]] on {{Facebook}} from a new account (she showed me: [[hd|@janis.b.88]]) asking to see [[h|Marta]] on her birthday. She has not replied. I've advised her to screenshot and report.
2. Nursery ([[p|Sam Leach]]) say attendance 92%, no concerns.
Can we add the contact issue to the agenda for the review on [[d|18/09]]?
Thanks
[[p|Meg]]

[[p|Meg Trott]] RN SCPHN (HV)
Fenland 0–19 Team | [[ph|0115 496 0872]]
""")

# ---- 5. Bulgarian (Northampton)
household("bg", "Bulgarian",
          ("mother", "Tsvetelina Dimitrova", []),
          ("partner", "Stoyan Kolev", []),
          ("baby", "Yoana Stoyanova", []),
          ("adult", "Bozhidar Dimitrov", ["Bobi"]))

note("bg", "fnp", """
Family Nurse Partnership – visit record (pregnancy phase, visit 9)
Client: [[h|Tsvetelina Dimitrova]] (19)    Gestation: 28+3    Family nurse: [[p|Abbie Rowntree]]
Date: [[d|14/01/2025]]    Place: client's home, [[a|Flat 12, Cedar Court, 88 Kettering Road]], [[pl|Northampton]] [[pc|NN1 4EP]]
Present: [[h|Tsveti]] and her brother [[h|Bobi]] ([[h|Bozhidar]], 23), who rents the flat; boyfriend [[h|Stoyan]] came in at the end.
Agenda: "My health" – smoking, sleep, movements. {{Tommee Tippee}} and {{Dr Brown's}} bottles (she wants to breastfeed but "just in case").
CO reading 9ppm (was 14). Down from 10 to 4 a day. Referred to the specialist stop smoking midwife again; she wants to try vapes.
Baby's movements: good, knows to call [[hs|Northampton General Maternity Triage]] if they change. Talked through {{Start for Life}} videos on labour ([[u|www.startforlife.example.org/pregnancy]]), which she watched in {{Bulgarian}} with subtitles.
Relationship: [[h|Stoyan]] works in a car wash and "gets jealous". Used the DANCE materials. No violence disclosed; we agreed a code word.
Next visit [[d|28 January]] at 10:00. She'll text [[ph|07700 900 147]] if she needs to move it.
""")

note("bg", "email", """
From: [[p|Abbie Rowntree]] (Family Nurse)
To: [[pl|Northampton]] Children's Services MASH <[[e|mash.referrals@northamptonshire.gov.example.org]]>
Date: [[d|Thu, 10 Apr 2025]] 17:52
Subject: Urgent – FNP client [[h|Tsvetelina Dimitrova]], baby [[h|Yoana Stoyanova]] ([[d|27/03/2025]])

Dear MASH,
Further to my call to [[p|Dawn Pickering]] at 16:40. I visited [[h|Tsvetelina]] ([[h|Tsveti]]) this afternoon. She had a cut above her left eye and said [[h|Stoyan Kolev]] (baby's father, DOB [[d|05/07/2001]]) had thrown a phone at her last night while she was feeding [[h|Yoana]]. Her brother [[h|Bozhidar]] was at work. She does not want police involvement but agreed to this referral.
[[h|Stoyan]] is not on the tenancy; he drives a white Ford Transit, [[v|NX21 WLP]], and was parked outside when I left. He has family in [[pl|Plovdiv]] and has talked about taking the baby "home"; his mother's number there is [[ph|+359 89 204 7715]].
Baby is 2 weeks old, feeding well, seen and weighed: 3.36kg.
Safety plan agreed; {{DASH}} 15 (high), so I am also referring to {{MARAC}}. Mum's mobile: [[ph|+44 7700 900 148]]. Interpreter not needed.
[[p|Abbie Rowntree]]
Family Nurse, {{Family Nurse Partnership}}, [[pl|Northampton]]
[[ph|01632 960 251]]
""")

note("bg", "chron", """
Chronology – [[h|DIMITROVA]], [[h|Tsvetelina]]; [[h|STOYANOVA]], [[h|Yoana]]    LCS ref [[r|NCS-448120]]
[[d|2024-10-08]]  FNP enrolment at 16 weeks. Smoking 10/day.
[[d|2025-01-14]]  FNP visit. Jealousy from partner discussed. Code word agreed.
[[d|2025-03-27]]  [[h|Yoana]] born, 39+1, 3.21kg, at [[hs|Northampton General Hospital]].
[[d|2025-04-10]]  Injury to mum (cut to eye). MASH referral by FNP; {{DASH}} 15.
[[d|2025-04-11]]  Strategy discussion: police (DC [[p|Ryan Holt]]), social care ([[p|Dawn Pickering]]), FNP. {{Section 47}} agreed.
[[d|2025-04-14]]  [[h|Stoyan Kolev]] arrested; released under investigation with bail-style conditions not to attend [[a|88 Kettering Road]].
[[d|2025-04-24]]  {{MARAC}}: IDVA [[p|Lorna Bayliss]] allocated.
[[d|2025-05-02]]  [[h|Bobi]] reports [[h|Stoyan]] outside the flat in the van at 02:00. Police informed, ref [[r|NPN-0502-0314]].
[[d|2025-05-19]]  ICPC – child protection plan, neglect and emotional harm.
[[d|2025-06-30]]  Mum and baby moved to refuge in [[pl|Leicester]]; FNP care transferred to the [[pl|Leicester]] team.
""")

note("bg", "caps", """
REFUGE ADMISSION – HEALTH INFORMATION SHEET
RESIDENT: [[h|TSVETELINA DIMITROVA]]    DOB: [[d|11/02/2006]]    NI: [[ni|SK 74 10 38 D]]
CHILD: [[h|YOANA STOYANOVA]]    DOB: [[d|27/03/2025]]    NHS: <<nhs:spaced>>
ROOM: 4    ARRIVAL: [[d|30/06/2025]]
PREVIOUS GP: [[hs|ABINGTON PARK SURGERY]], [[pl|NORTHAMPTON]]
NEW GP: TEMPORARY REGISTRATION REQUESTED
LANGUAGE: {{BULGARIAN}} / ENGLISH GOOD
PERPETRATOR: [[h|STOYAN KOLEV]]. VEHICLE [[v|NX21 WLP]] (WHITE FORD TRANSIT). DO NOT DISCLOSE ADDRESS.
OTHER CONTACTS: BROTHER [[h|BOZHIDAR DIMITROV]] – SAFE, MAY VISIT AT A FAMILY CENTRE ONLY.
MEDICATION: NONE. BABY: {{VITAMIN D}} DROPS ({{ABIDEC}}).
IMMUNISATIONS: 8 WEEK DONE [[d|22/05/2025]]. 12 WEEK DUE NOW.
WORKER: [[p|PRIYA SONDH]], [[ph|0116 496 0359]]
""")

# ---- 6. Turkish (Enfield, London)
household("tr", "Turkish",
          ("mother", "Elif Yılmaz", []),
          ("partner", "Mehmet Yılmaz", []),
          ("baby", "Deniz Yılmaz", []),
          ("sibling", "Ayşe Yılmaz", []))

note("tr", "mw", """
Postnatal visit, day 3 – community midwife [[p|Leyla Arslan]]
[[h|Elif Yilmaz]] (P2). Baby [[h|Deniz]], born [[d|12/08/25]] at 02:14, [[hs|Lea Valley Birth Centre]], 3.6kg, SVD, 2nd degree tear.
Address: [[a|63 Bury Street West]], [[pl|London]] [[pc|N9 0HX]]
Husband [[h|Memet]] started to interpret but I stopped this and booked a {{Turkish}} interpreter, [[p|Nur Aydın]], through {{Language Line}} (ID 40371).
[[h|Elif]]: fundal height appropriate, lochia moderate, sutures intact, pain controlled with paracetamol and ibuprofen. Mood: "tired but happy". Her mother ({{anneanne}}) is here from [[pl|Izmir]] until October.
[[h|Deniz]]: feeding every 2–3 h, good latch on the left, painful on the right – tongue looks tied. Referred to the infant feeding team for assessment.
[[h|Ayşe]] (3) wanted to hold her brother, sitting in her {{denim}} dungarees on the sofa – lovely to see.
Next: day 5 visit [[d|Sat 16th]]; blood spot then.
""")

note("tr", "letter", """
[[hs|Edmonton Green Health Centre]]
Health Visiting Service
[[a|2 Plevna Road]], [[pl|London]] [[pc|N9 0BU]]
Telephone [[ph|020 7946 0318]]

[[d|21 October 2025]]

Mr and Mrs [[h|Yılmaz]]
[[a|63 Bury Street West]]
[[pl|London]] [[pc|N9 0HX]]

Dear Mr and Mrs [[h|Yılmaz]],
Your child [[h|Ayşe Yılmaz]], date of birth [[d|04/09/2022]]
Your child is due a 2–2½ year development review. We have booked an appointment at the health centre on [[d|Thursday 13 November 2025]] at 10.30am with [[p|Gül Demir]], Nursery Nurse.
Please bring your child's {{Red Book}} and the questionnaire that is enclosed ({{ASQ-3}}). If you would like an interpreter, please tell us when you ring, and we will book one in {{Turkish}} or {{Kurdish}}.
If you cannot come, please ring [[ph|020 7946 0318]] or e-mail [[e|enfield.hv.bookings@nhs.example.org]] so that the appointment can be offered to another family.
Yours sincerely,
Health Visiting Administration
""")

note("tr", "dict", """
home visit [[d|03 09 2025]] hv [[p|sarah quinlan]] baby [[h|deniz]] three weeks seen with mum [[h|elif]] tongue tie was divided at the hospital on the [[d|22nd]] and feeding is now much better mum says no more pain weight 3.98 kilos up from 3.6 so good gain [[h|mehmet]] is back at work at the kebab shop on [[a|Fore Street]] long hours mum says money is tight they are behind with rent by two months she showed me a letter from the landlord gave her the {{Citizens Advice}} number and the {{Healthy Start}} card application [[h|ayse]] was at home not yet in nursery mum would like the free 15 hours from january discussed vitamin d for both children and mum next visit 6 to 8 week review at clinic
""")

note("tr", "sw", """
Case note – Children's Services, [[pl|Enfield]]    Case no. [[r|ENF-CIN-58214]]
Date/time: [[d|17/12/2025]] 15:30    Worker: [[p|Jordan Blake]] (SW)    Type: home visit (announced)
Present: [[h|Elif]], [[h|Mehmet]], [[h|Deniz]] (4 months), [[h|Ayşe]] (3). {{Turkish}} interpreter [[p|Hakan Çelik]] by phone.
Purpose: Child in Need visit following referral from the health visitor about eviction and debt.
Mr [[h|Yılmaz]] explained that he owes about £9,000, part of it online betting. His brother in [[pl|Izmir]] ([[ph|+90 532 418 27 63]]) has lent him money before. He has self-excluded with {{GamStop}} and has an appointment with {{GamCare}} on [[d|6 January]]. He said he feels ashamed and did not want his wife's family to know.
Notice seeking possession expires [[d|31/01/2026]]. Referred to the council's homelessness prevention team (ref [[r|HPT/4471/25]]).
Children: [[h|Deniz]] was asleep in a cot with a clean sheet, room warm. [[h|Ayşe]] showed me her drawings and said "{{anneanne}} gone on the plane". Home clean, food in the fridge. No marks seen.
Analysis: parents are meeting the children's needs; the stress is money and housing. No significant harm indicated.
Plan: CIN plan meeting [[d|14/01/2026]]; [[h|Elif]] to attend the {{Family Hub}} stay and play with [[h|Deniz]].
""")

# ---- 7. Kurdish (Stoke-on-Trent)
household("ku", "Kurdish",
          ("mother", "Rojin Abdullah", []),
          ("partner", "Karwan Rasul", []),
          ("baby", "Dilan Rasul", []),
          ("sibling", "Aram Rasul", []))

note("ku", "ref", """
EARLY HELP REQUEST FOR SUPPORT
Section A – Family
Parent/carer 1: [[h|Rojin Abdullah]]    DOB: [[d|03/04/1998]]
Parent/carer 2: [[h|Karwan Rasul]]    DOB: [[d|19/12/1992]]
Children: [[h|Dilan Rasul]] (baby, DOB [[d|26/02/2025]], NHS <<nhs:spaced>>); [[h|Aram Rasul]] (6, [[s|Hanley Park Primary]])
Address: Home Office accommodation, [[a|47 Cauldon Road]], [[pl|Stoke-on-Trent]] [[pc|ST4 2RW]]
Contact: [[ph|07700 900 319]] (mum) – WhatsApp is best
First language: {{Kurdish}} (Sorani). Interpreter needed: yes, female
Section B – Reason
The family are asylum seekers from {{Iraq}} (Kurdistan region), on section 95 support. They arrived by small boat in 2023 and lived in a hotel in [[pl|Stafford]] until [[d|March 2025]]. Mum is isolated, has no winter clothes for the baby and the flat has mice. [[h|Aram]] is anxious at night and wets the bed.
Section C – Agencies involved
HV: [[p|Catherine Dwyer]] ([[ph|01632 960 471]]); {{Migrant Help}}; school (Mrs [[p|Gill]], DSL); [[hs|Kingsway Medical Practice]].
Section D – What the family would like
Help to find a mother-and-baby group; {{Home-Start}} volunteer; baby clothes; a {{Kurdish}}-speaking GP if possible.
Consent: verbal via interpreter [[d|2025-10-07]].
""")

note("ku", "hv", """
HV home visit – [[d|21 October 2025]]
Seen: [[h|Rojin]] and [[h|Dilan]] (7 months). [[h|Karwan]] at the Home Office reporting centre. Interpreter: [[p|Shilan Hama]] ({{Kurdish}} Sorani, in person).
[[h|Dilan]] well, sitting unsupported, babbling, 8.2kg ({{50th centile}}). Started solids: rice, yoghurt, mashed banana. Advised no honey before 12 months and to offer water in a cup.
Housing: mice droppings in the kitchen; photos sent to the housing provider's maintenance line ([[ph|0808 157 0402]]), ref [[r|MNT-83920]].
Mum's mood: {{PHQ-9}} 11, {{GAD-7}} 9. Misses her mother in [[pl|Sulaymaniyah]]; speaks to her on video calls. She stood at the window while we talked and pointed at a {{robin}} on the fence – said it is the first bird she has learnt in English.
[[h|Aram]]: still wetting 3–4 nights a week. Referred to the school nurse; mum given {{ERIC}} booklet in {{Arabic}} (no Sorani version).
{{Home-Start}} volunteer [[p|Bev Wragg]] starts [[d|Monday 27th]]. Next HV contact: 1-year review, or earlier if needed.
""")

note("ku", "mins", """
STRATEGY DISCUSSION – minutes (held by Teams)
Date: [[d|05/11/2025]], 11:00    Chair: [[p|Andrew Moss]] (Team Manager, MASH)
Attendees: DS [[p|Kelly Brammer]] ({{Staffordshire Police}}), [[p|Catherine Dwyer]] (HV), Mrs [[p|Gill]] (DSL, [[s|Hanley Park Primary]]), Dr [[p|Faisal Qureshi]] (named GP for safeguarding), [[p|Ruth Tams]] (SW, minutes).
Child: [[h|Aram Rasul]], 6. Sibling: [[h|Dilan Rasul]], 8 months.
Information: on [[d|4 November]] [[h|Aram]] told his teacher Miss [[p|Oakes]] that "{{baba}} hit me with the belt because I wet the bed". A linear bruise about 6cm on the back of the left thigh was seen by the school nurse. [[h|Aram]] did not want to go home.
Police: no previous. Father [[h|Karwan Rasul]], DOB [[d|19.12.92]]. Crime ref [[r|SP-25-CR-61027]].
Health: known bedwetting, referred to school nursing. Family isolated; mother's mood low. No previous concerns about physical chastisement.
Decision: {{Section 47}} enquiry, single-agency (children's social care) with joint police visit. Child protection medical today at [[hs|Royal Stoke Paediatric Assessment Unit]]. Interpreter (male, Sorani) for father; female interpreter for mother, separately.
Safety: father agreed to stay with his cousin [[p|Kawa]] at [[a|12 Leek Road]], [[pl|Hanley]], pending enquiries.
""")

note("ku", "sms", """
WhatsApp, HV mobile / [[h|Rojin]] (messages written through translate app)
[[d|12/11]] 09:31 [[h|Rojin]]: Hello [[p|Catherine]] I am sorry for trouble [[h|Aram]] is good now he sleep with me
[[d|12/11]] 09:45 HV: Hello [[h|Rojin]]. Thank you for telling me. Is [[h|Dilan]] ok? Do you have enough food?
[[d|12/11]] 09:58 [[h|Rojin]]: yes food bank gave. [[h|karwan]] ask can he see children, social worker [[p|ruth]] say only in centre
[[d|12/11]] 10:02 HV: That's right, at the contact centre for now. [[p|Ruth]] will arrange it. Her number is [[ph|01632 960 662]]
[[d|12/11]] 10:10 [[h|Rojin]]: ok. new phone for [[h|Karwan]] is [[ph|07700 900 846]] because his broken
[[d|13/11]] 14:20 [[h|Rojin]]: [[h|dilan]] has fever 38.4 and not eat
[[d|13/11]] 14:24 HV: Give infant paracetamol as on the box and fluids. If she is floppy, has a rash that does not fade, or you are worried, ring 999. Otherwise ring 111 or the GP [[ph|01632 960 663]].
[[d|13/11]] 18:02 [[h|Rojin]]: GP see her, ear infection, medicine amoxicillin. thank you
""")

# ---- 8. Eritrean (Birmingham)
household("er", "Eritrean (Tigrinya)",
          ("mother", "Semhar Tesfay", []),
          ("partner", "Yonas Gebremedhin", []),
          ("baby", "Selam Yonas", []),
          ("adult", "Feven Tesfay", []))

note("er", "mw", """
Antenatal booking (late) – [[hs|Small Heath Community Midwifery Hub]]
Date: [[d|29/10/2025]]    Midwife: [[p|Joanne Peplow]]
Woman: [[h|Semhar Tesfay]], 24, G1 P0, 30+2 by dating scan today
Arrived in the UK in [[d|August 2025]]; moved from initial accommodation to [[a|Flat 2, 118 Coventry Road]], [[pl|Birmingham]] [[pc|B10 0RX]] on [[d|10/10]]. Lives with her sister [[h|Feven Tesfay]], 20.
Partner: [[h|Yonas Gebremedhin]], still in {{Libya}}. No contact for two months.
Interpreter: {{Tigrinya}}, [[p|Almaz Berhe]] (female, in person). [[h|Semhar]] did not want her sister to interpret.
History: no previous pregnancies. Malaria as a child. Walked from {{Eritrea}} to {{Sudan}} in 2022.
FGM: type 1 found on examination; [[h|Semhar]] knew and consented to it being recorded. UK law explained. {{FGM Information Sharing}} alert to be added to the baby's record at birth. Mandatory reporting not applicable (adult).
Screening: HIV, hepatitis B, syphilis and sickle cell offered and taken. Hb 96 – {{ferrous sulphate}} 200mg. TB symptoms: none; referred for latent TB screening.
Plan: growth scan at 32 weeks, {{Healthy Start}} application, maternity grant. Mobile [[ph|07700 900 427]]. Next appointment [[d|Wed 12 Nov]].
""")

note("er", "sup", """
Reflective supervision – HV [[p|Ngozi Ibekwe]] with [[p|Clare Hibbert]] (supervisor), [[d|14.01.2026]]
Case: [[h|Semhar]] and baby [[h|Selam]] (6 weeks), [[pl|Birmingham]].
I brought this family because I keep finding myself doing things that are not health visiting: ringing the asylum accommodation provider about the heating, chasing the {{Refugee Council}} about the family reunion form for [[h|Yonas]]. I noticed I feel guilty leaving the flat.
[[p|Clare]] asked what [[h|Semhar]] herself wants. Honestly, I am not sure I have asked. Her sister [[h|Feven]] answers most questions and [[h|Semhar]] looks at the floor. The interpreter [[p|Almaz]] said afterwards that [[h|Semhar]] uses very formal words with me, as she would with a priest.
What I take from this: book visits when [[h|Feven]] is at college; ask open questions through the interpreter; let the {{British Red Cross}} caseworker [[p|Tom Eze]] do the family reunion work; keep my focus on [[h|Selam]]'s growth, feeding, immunisations and [[h|Semhar]]'s mood ({{Whooley}} questions positive at the last visit – {{EPDS}} due).
Also noted: my own history makes me protective of young mothers on their own. [[p|Clare]] suggested I notice when that pulls me into rescuing.
""")

note("er", "chron", """
Chronology – [[h|TESFAY]], [[h|Semhar]] / baby [[h|Selam Yonas]]    (HV record)
[[d|Aug-2025]]   Arrived UK; initial accommodation.
[[d|29-Oct-2025]] Late booking at 30+2. FGM type 1 recorded. Sister [[h|Feven]] (20) lives with her.
[[d|12-Nov-2025]] Growth scan normal.
[[d|02-Dec-2025]] SVD at 39+0, [[hs|Birmingham Heartlands Hospital]]. [[h|Selam]] 2.98kg. FGM IS alert added.
[[d|03-Dec-2025]] Discharged. Community midwife visits days 1, 5 and 10.
[[d|16-Dec-2025]] HV new birth visit; {{Tigrinya}} interpreter. Breastfeeding exclusively.
[[d|24-Dec-2025]] Flat without heating for 3 days; HV rang provider (ref [[r|AASC-227194]]); fixed on the [[d|27th]].
[[d|14-Jan-2026]] HV supervision re boundaries.
[[d|28-Jan-2026]] 6–8 week review: 4.7kg, {{9th centile}} → {{25th centile}}. {{EPDS}} 12. GP informed.
[[d|03-Feb-2026]] 8-week immunisations at [[hs|Bordesley Green Surgery]].
[[d|18-Feb-2026]] Refugee status granted to [[h|Semhar]]; family reunion application for [[h|Yonas Gebremedhin]] lodged (ref [[r|FR-UK-0318842]]).
""")

note("er", "email", """
From: [[p|Tom Eze]] <[[e|t.eze@redcross-casework.example.org]]>
To: [[p|Ngozi Ibekwe]] <[[e|ngozi.ibekwe@bhamhv.nhs.example.org]]>
Date: [[d|Fri 20 Mar 2026]] 11:06
Subject: RE: [[h|Semhar Tesfay]] – family reunion

Hi [[p|Ngozi]],
Good news: [[h|Yonas]]'s visa was granted yesterday. He flies from [[pl|Addis Ababa]] on [[d|2 April]] and [[h|Semhar]] has asked if someone can be with her at the airport – I'll go. His UK number will be [[ph|+44 7700 900 471]]; in the meantime his Ethiopian number is [[ph|+251 911 482 307]].
The flat at [[a|118 Coventry Road]] is a one-bed so the housing officer (Mrs [[p|Sandhu]], [[ph|0121 496 0552]]) has been asked to look at a two-bed. [[h|Feven]] will move to a shared house near her college.
[[h|Semhar]] also asked me to tell you [[h|Selam]] had her 12-week jabs on [[d|Tuesday 17th]] and had a temperature that night but was fine by morning.
Best wishes,
[[p|Tom]]

[[p|Tom Eze]] | Refugee Support Caseworker | {{British Red Cross}}, [[pl|Birmingham]]
Mobile [[ph|07700 900 472]]
""")

# ---- 9. Ethiopian (Bristol)
household("et", "Ethiopian (Amharic)",
          ("mother", "Meron Tadesse", []),
          ("partner", "Dawit Alemu", ["Dave"]),
          ("baby", "Liya Dawit", []),
          ("adult", "Tigist Bekele", []))

note("et", "fnp", """
FNP visit record – infancy, visit 6
Client: [[h|Meron Tadesse]] (18)    Baby: [[h|Liya]] (10 weeks)    Family nurse: [[p|Rosie Thackray]]
Date/place: [[d|Monday 9 June 2025]], home – [[a|Flat 7, Easton Court, 34 Stapleton Road]], [[pl|Bristol]] [[pc|BS5 0QA]]
Also present: [[h|Meron]]'s mother, [[h|Tigist Bekele]], visiting from [[pl|Addis Ababa]] for three months. She speaks {{Amharic}} only; [[h|Meron]] interpreted for her at her request (noted – for personal conversation only, not for health information).
Baby: 5.1kg. Smiling, following faces. Mixed feeding – [[h|Tigist]] gives water and "a little" sugar water for colic. Explained why not; [[h|Meron]] translated and her mum laughed and agreed to stop. Tummy time shown.
Client: going back to college in September (health and social care). Contraception: has the implant. Mood good, {{EPDS}} 5.
Dad: [[h|Dawit]] ("[[h|Dave]]" to his friends) is 20, works at a car wash in [[pl|Bath]] and visits at weekends. [[h|Meron]] says he is "trying". PIPE materials on reading cues used with both.
Goals: [[h|Meron]] to register [[h|Liya]] at the dentist; apply for {{Care to Learn}} for childcare.
Next visit [[d|23/06]] 2pm.
""")

note("et", "gp", """
[[hs|Easton Family Practice]]
[[a|Mivart Street]], [[pl|Bristol]] [[pc|BS5 6JL]]    Tel [[ph|0117 496 0285]]

[[d|8th August 2025]]

To: [[p|Rosie Thackray]], Family Nurse, {{Family Nurse Partnership}}

Dear [[p|Rosie]],
Re: [[h|Liya Dawit]], DOB [[d|31/03/2025]], NHS No <<nhs:spaced>>
Mother: [[h|Meron Tadesse]], [[a|34 Stapleton Road]]
Thank you for your letter. I saw [[h|Liya]] with her mother and grandmother today. The flat, dry patches on her cheeks and in the creases of her elbows are atopic eczema. I have prescribed {{Epaderm}} ointment as an emollient, to be used often and generously, and {{hydrocortisone}} 1% cream once daily for 7 days for the red areas. I have advised against the shea butter the family brought from {{Ethiopia}} until the skin settles, and explained this to grandmother through a telephone {{Amharic}} interpreter.
Her weight is 6.4kg ({{50th centile}}), growing well. No signs of cow's milk protein allergy at present.
Please continue to support [[h|Meron]] with the skin routine; I have asked to review [[h|Liya]] in {{3/52}}.
Yours sincerely,
Dr [[p|Hannah Oyelaran]]
""")

note("et", "bullet", """
Weekly FNP case review – [[h|Tadesse]] / [[h|Alemu]]
- Client [[h|Meron]], 18, baby [[h|Liya]] 5 months. Nurse [[p|Rosie T]].
- Eczema better with {{Epaderm}}; GP review [[d|29/08]] done.
- Grandmother [[h|Tigist]] flew home [[d|Sun 7 Sept]]. [[h|Meron]] lonely since – {{EPDS}} 10.
- College started [[d|8 September]]; {{Care to Learn}} approved; [[h|Liya]] at [[s|Little Lanterns Nursery]] Mon/Wed/Thu.
- [[h|Dawit]] ([[h|Dave]]) now living with them "most nights", not on the tenancy. Works in [[pl|Bath]]. Drives a grey {{Toyota Yaris}}, [[v|WU17 OKF]].
- New concern: [[h|Meron]] said [[h|Dave]] took £200 from her {{Universal Credit}} without asking. Explored financial abuse; she says it was "for the car". Plan: next visit alone.
- Follows on {{Instagram}}: [[hd|@meron.t_bristol]] – reminded her not to post the nursery name.
- She sent me the nursery photos as a link ([[u|bit.ly/3HvnP0q]]) – advised not to share it publicly.
- Action: [[p|Rosie]] to discuss at supervision; check address with the housing officer.
""")

note("et", "dict", """
record of visit made on the [[d|3rd]] family nurse [[p|rosie thackray]] saw [[h|meron]] and [[h|liya]] at home [[h|dawit]] was present for part of visit he said he has applied for jobs in [[pl|bristol]] so he does not have to drive every day he was polite and held the baby confidently [[h|liya]] is 6 months now sitting with support reaching for toys weight 7.3 kilos started on baby rice and pureed carrot [[h|meron]] has finished her first half term at college and is proud she got a distinction her mum [[h|tigist]] rings every sunday on imo from {{ethiopia}} discussed the money again with [[h|meron]] alone after [[h|dave]] left she said they have agreed a budget and he is paying for nappies now no other concerns plan next visit in two weeks to do the safety checklist for when she starts crawling
""")

# ---- 10. Ghanaian, Akan/Twi (Milton Keynes)
household("gh", "Ghanaian (Akan/Twi)",
          ("mother", "Akosua Boateng", []),
          ("partner", "Kwabena Owusu", ["Kobby"]),
          ("baby", "Kofi Owusu-Boateng", []),
          ("sibling", "Ama Owusu", []))

note("gh", "hv", """
HV visit – newborn screening result (sickle cell disease)
Date: [[d|Thursday 24 April 2025]]    HV: [[p|Siobhan Carty]]    With: [[p|Grace Adjei]], haemoglobinopathy nurse specialist
Seen at home, [[a|19 Pencarrow Place]], [[pl|Milton Keynes]] [[pc|MK6 3BD]]: [[h|Akosua Boateng]] (mum), [[h|Kwabena Owusu]] (dad, "[[h|Kobby]]"), baby [[h|Kofi Owusu-Boateng]] (4 weeks) and [[h|Ama]] (5).
Result explained: blood spot shows HbSS, sickle cell disease. Both parents already knew they carry the trait. [[h|Akosua]] cried; [[h|Kobby]] asked lots of questions about school and sport later on.
Plan from the specialist team: {{penicillin V}} twice a day from 3 months, {{folic acid}}, all routine immunisations plus pneumococcal boosters. Clinic at [[hs|Willen Park Hospital]] children's day unit on [[d|15/05]]. Fever of 38 or above = go straight to A&E, do not wait.
[[h|Ama]] to be offered a test; the school nurse at [[s|Oakridge Park Primary]] will be told with consent.
Support: {{Sickle Cell Society}} leaflets given. Mum's friend from church, [[p|Patience Osei]], has a son with SCD and has offered to talk. [[p|Patience]] will come to the next visit.
Feeding: breastfed, 4.4kg. Mum {{EPDS}} 9.
""")

note("gh", "caps", """
WAS NOT BROUGHT – NOTIFICATION TO HEALTH VISITOR AND GP
HOSPITAL: [[hs|WILLEN PARK HOSPITAL]] – PAEDIATRIC HAEMATOLOGY
PATIENT: [[h|KOFI OWUSU-BOATENG]]    DOB: [[d|27-MAR-2025]]    HOSP REF: [[r|WPH0918827]]
NHS NUMBER: <<nhs:run>>
PARENTS: [[h|AKOSUA BOATENG]] / [[h|KWABENA OWUSU]]
ADDRESS: [[a|19 PENCARROW PLACE]] [[pc|MK6 3BD]]
APPOINTMENTS NOT BROUGHT TO: [[d|15/05/2025]], [[d|12/06/2025]]
CONTACT ATTEMPTS: PHONED [[ph|07700 900 533]] X3 – NO ANSWER. LETTER SENT.
CLINICAL RISK: HIGH (SICKLE CELL DISEASE, ON {{PENICILLIN V}} PROPHYLAXIS – SUPPLY WILL RUN OUT [[d|30/06]]).
ACTION REQUESTED: HV TO VISIT AND CONFIRM MEDICATION, SUPPORT ATTENDANCE AT NEXT APPOINTMENT [[d|03/07/2025]] 09:30.
REFERRER: DR [[p|KWAME ASANTE-DARKO]], CONSULTANT PAEDIATRIC HAEMATOLOGIST. SECRETARY [[ph|01632 960 871]].
""")

note("gh", "letter", """
[[hs|Willen Park Hospital]] – Children's Haematology
[[a|Standing Way]], [[pl|Milton Keynes]] [[pc|MK6 5LD]]

Date typed: [[d|10/07/2025]]    Clinic: [[d|03/07/2025]]

Ms [[h|Akosua Boateng]] and Mr [[h|Kwabena Owusu]]
[[a|19 Pencarrow Place]]
[[pl|Milton Keynes]] [[pc|MK6 3BD]]

Dear Ms [[h|Boateng]] and Mr [[h|Owusu]],
Re: [[h|Kofi Owusu-Boateng]], ref [[r|WPH0918827]]
Thank you for bringing [[h|Kofi]] to clinic. I am sorry the letters about his earlier appointments went to your old address in [[pl|Luton]]; this has now been corrected. I was pleased to see him: he weighs 6.8kg and is well.
We talked about why {{penicillin V}} must be given every day, and you told me [[h|Kofi]] had missed about a week of doses in {{June}}. [[h|Kofi]]'s grandmother in [[pl|Kumasi]] had suggested a herbal remedy, and we agreed it is safest not to give anything else without checking with us first.
[[h|Kofi]] will have his next bloods on [[d|9th October]]. If he has a temperature of 38°C or more, is pale, floppy, has pain or a swollen tummy, please bring him to the Children's Emergency Department straight away, day or night, and tell them he has sickle cell disease.
Your specialist nurse is [[p|Grace Adjei]], telephone [[ph|01632 960 872]], or e-mail [[e|haemoglobinopathy.nurses@willenpark.nhs.example.org]].
Yours sincerely,
Dr [[p|Kwame Asante-Darko]]
Consultant Paediatric Haematologist
cc GP, [[hs|Fishermead Medical Centre]]; Health Visitor [[p|Siobhan Carty]]
""")

note("gh", "sms", """
texts – HV [[p|Siobhan]] / mum [[h|Akosua]]
[[d|14/07]] mum: gud morning nurse, [[h|kofi]] took all his medicine this week 👍 i put alarm on my phone
[[d|14/07]] HV: That's brilliant [[h|Akosua]]! Well done. How is [[h|Ama]] getting on?
[[d|14/07]] mum: she is fine, she want to be doctor now lol. [[h|kobby]] say thank u too
[[d|21/07]] mum: plz can you write letter for my work? they want me back [[d|1st august]] nights at the care home
[[d|21/07]] HV: I can't write to your employer but the hospital team can write about [[h|Kofi]]'s appointments. Who will look after him at night?
[[d|21/07]] mum: my friend [[p|patience]] and my sister in law. also auntie [[p|Efua]] from church
[[d|22/07]] HV: OK. Make sure everyone who minds him knows the fever rule and has the hospital number. Do they have the {{penicillin}}?
[[d|22/07]] mum: yes i show them. [[p|Patience]] number is [[ph|07700 900 611]] if u need, and my mum in [[pl|Kumasi]] is [[ph|+233 24 418 9027]]
""")

# ---- 11. Igbo (Manchester)
household("ig", "Nigerian (Igbo)",
          ("mother", "Chiamaka Okonkwo", []),
          ("partner", "Obinna Okonkwo", []),
          ("baby", "Chidubem Okonkwo", []),
          ("sibling", "Ifeoma Okonkwo", []))

note("ig", "sw", """
Children's Services – case note (NRPF assessment)    Case no: [[r|MCR-NRPF-22931]]
Date: [[d|8 January 2025]]    Worker: [[p|Aisling Doherty]], Social Worker    Location: [[a|Flat 11, Ardwick Towers]], [[pl|Manchester]] [[pc|M12 6FQ]]
Family: [[h|Chiamaka Okonkwo]] (mother, 38), [[h|Obinna Okonkwo]] (father, 41), [[h|Ifeoma]] (13, Y9 at [[s|Longsight Academy]]), [[h|Chidubem]] (6 weeks).
Background: parents came in 2022 on [[h|Obinna]]'s student visa (MSc). Visa now expired; application for leave to remain pending with the Home Office. No recourse to public funds. Rent arrears £2,100; landlord has given notice.
[[h|Amaka]] (as she asked me to call her) works nights as a care assistant, cash in hand. [[h|Obi]] looks after the baby in the day and [[h|Ifeoma]] does the night feeds on school nights.
Assessment: {{Section 17}} support needed to prevent destitution. [[h|Ifeoma]] is taking on a caring role beyond her age; she is tired and her attendance has dropped to 84%.
Action: subsistence payments agreed by TM [[p|Lee Harrop]] from [[d|13/01/2025]]; referral to {{Young Carers}}; signpost to the law centre for immigration advice ([[u|www.mcrlawcentre.example.org]]).
Child seen: [[h|Chidubem]] asleep in a {{Moses basket}}, clean, warm. [[h|Dubem]] is "a good baby", says dad. [[h|Ifeoma]] seen alone in her room: said she loves her brother but "I can't do my homework".
""")

note("ig", "mins", """
CHILD IN NEED REVIEW – minutes
Date: [[d|Tuesday 11th March]]    Venue: [[hs|Gorton Family Hub]]    Chair: [[p|Aisling Doherty]] (SW)
Present: [[h|Chiamaka Okonkwo]], [[h|Obinna Okonkwo]], [[p|Favour Nwosu]] (church elder, family's choice of support), [[p|Nicola Platt]] (HV), [[p|Daniel Bright]] (school nurse), Mrs [[p|Anozie]] (Head of Year 9).
1. Baby [[h|Chidubem]] (3 months): HV reports good growth ({{75th centile}}), immunisations up to date. Parents attend baby massage at the hub.
2. [[h|Ifeoma]]: attendance up to 91%. {{Young Carers}} group on Thursdays; she says it is "the best bit of the week". School nurse has seen her twice about headaches (see separate note).
3. Housing/money: arrears cleared by a church collection and section 17 payments. Leave to remain still pending; solicitor Mr [[p|Chinedu Eze]] at the law centre says 3–6 months.
4. Family's view: [[h|Obinna]] said the plan has helped and asked that [[h|Ifeoma]] not be asked to miss school for appointments. [[h|Chiamaka]] now works days; night feeds shared by parents.
Decision: continue CIN for 3 months. Review [[d|10/06]].
Actions: SW to chase the Home Office via MP's office; HV to complete 3–4 month contact; school nurse to review [[h|Ife]] after Easter.
""")

note("ig", "email", """
From: [[p|Daniel Bright]] <[[e|daniel.bright@mcrschoolnursing.example.org]]>
To: [[p|Nicola Platt]] <[[e|nicola.platt@mcrhv.example.org]]>
Cc: [[p|Aisling Doherty]]
Date: [[d|2 April 2025]]
Subject: [[h|Ifeoma Okonkwo]] – headaches / sight

Hi [[p|Nicola]],
Following the CIN review: I saw [[h|Ifeoma]] today. Headaches are worst after reading; she squints at the board. Her {{Snellen}} was {{6/12}} in both eyes, so I've referred her to an optician (free NHS sight test under 16) – [[h|Ifeoma]] chose the one at the shopping centre. Nothing to suggest anything sinister. Sleep much better since her mum moved to day shifts.
She also mentioned baby [[h|Chidubem]] has a rash on his face – probably milk spots, but could you take a look when you visit? Mum's number is [[ph|07700 900 694]].
One more thing: [[h|Ifeoma]] asked me not to tell her dad she has a boyfriend in Y10; she showed me their messages on snapchat ([[hd|kaydenxo_10]]). I have not shared this and there are no concerns (same age, {{Gillick}}/{{Fraser}} discussed).
Thanks,
[[p|Daniel]]
[[p|Daniel Bright]], School Nurse (11–19), [[hs|Longsight Health Centre]] – [[ph|(0161) 496 0703]]
""")

note("ig", "sn", """
School nurse drop-in – [[s|Longsight Academy]]
Date: [[d|18/06/2025]]    Nurse: [[p|D. Bright]]    Pupil: [[h|Ifeoma Okonkwo]] (Y9), DOB [[d|07/10/2011]]
Presenting: came to the drop-in with her friend [[p|Chioma]]. New glasses since {{April}} – headaches gone.
Today: period pain, heavy for 2 days, missing PE. Advice on ibuprofen with food, heat pad, tracking with an app. If flooding or over 7 days, see GP.
Wellbeing: scored herself {{7/10}}. Still goes to {{Young Carers}}. Says home is "calmer" now, dad has a job at a warehouse since the visa came through. Baby [[h|Dubem]] is crawling and "gets into everything".
Relationship with the Y10 boy ended; she is fine about it.
Safeguarding: none. Consent to share with HV and SW: yes.
Plan: open door; Y10 immunisations (MenACWY, Td/IPV) in the autumn, consent form to go home with [[h|Ife]].
""")

# ---- 12. Jamaican (Birmingham)
household("jm", "Jamaican",
          ("mother", "Shanice Campbell", []),
          ("partner", "Delroy Brown", []),
          ("baby", "Jayden Brown", []),
          ("adult", "Hyacinth Campbell", []),
          ("child", "Kemar Campbell", []))

note("jm", "ref", """
REFERRAL FORM – {{Family Nurse Partnership}} ([[pl|Birmingham]])
Referrer name / role: [[p|Tamsyn Evans]], Community Midwife
Referrer base: [[hs|Handsworth Wood Antenatal Clinic]]
Client name: [[h|Shanice Campbell]]
Date of birth: [[d|30th May 2006]]
EDD: [[d|14/08/2025]]    Gestation at referral: 14+5
Address: [[a|52 Grove Lane]], [[pl|Birmingham]] [[pc|B21 9EP]] (her mum's house)
Phone: [[ph|07700 900 758]]    NI number: [[ni|WM 82 64 19 A]]
Social media: TikTok [[hd|@shaniceeee.c]]
Lives with: mother [[h|Hyacinth Campbell]] and brother [[h|Kemar]] (12)
Baby's father: [[h|Delroy Brown]], 21, not living with her
First time mother: Yes    Eligible: Yes (under 20 at LMP)
Relevant information: care leaver? No. Left college last year. Smokes cannabis "at weekends" – advised to stop; referred to the substance misuse midwife. Grandmother supportive. Client is keen on FNP and said her cousin had "the nurse" too.
Consent: Yes, [[d|2 June 2025]]
""")

note("jm", "fnp", """
FNP visit – pregnancy phase, visit 5    Date: [[d|04/07/2025]]    FN: [[p|Kezia Marsh]]
Client [[h|Shanice]] (19), 31 weeks. At [[h|Hyacinth]]'s house; [[h|Delroy]] present for the first time.
Topic: preparing for baby – feeding choices, bottles, where baby will sleep. [[h|Shanice]] has bought {{Dr Brown's}} bottles from the market and a cot from a neighbour. Mattress is second hand – advised a new firm flat one. {{Lullaby Trust}} cards used.
[[h|Delroy]] wants to call the baby [[h|Jayden]] after his late brother. He is working at a tyre place and plans to be at the birth. Asked good questions about skin-to-skin.
Grandmother [[h|Hyacinth]] (known as Miss [[h|Campbell]] on the road) is strict about the cannabis; [[h|Shanice]] says she stopped two weeks ago. Urine screen offered by midwife next week.
[[h|Kemar]] came in from school in his blazer to say hello; he is excited to be an uncle.
Also noted: {{hyacinth}} bulbs on the windowsill in the front room (grandmother grows them every year) – [[h|Shanice]] joked she was nearly called [[h|Hyacinth]] too.
Next visit: [[d|18/07]], topic "labour and birth".
""")

note("jm", "dict", """
family nurse visit [[d|21st october]] baby [[h|jayden]] nine weeks seen at nan's house with mum [[h|shanice]] and nan [[h|hyacinth]] [[h|delroy]] was at work [[h|jayden]] feeding on formula {{aptamil}} 150 mls every three hours using the {{dr brown's}} bottles mum says he is windy gave advice on paced feeding and winding he has a {{brown}} birthmark on his lower back about two centimetres flat and smooth mum says the midwife saw it at birth documented on body map no concern [[h|shanice]] wants to go back to college in {{january}} to do hair and beauty we talked about nursery places and the two year funding [[h|kemar]] was off school with a cold [[h|hyacinth]] told me she is going to {{jamaica}} for a month in {{february}} to see her sister so [[h|shanice]] will be on her own with the baby plan next visit [[d|4 november]] check mood then
""")

note("jm", "chron", """
CHRONOLOGY – baby [[h|Jayden Brown]] (DOB [[d|19/08/2025]])    Children's Services ref [[r|BCT-0771452]]
[[d|19 Aug 2025]] – Born at [[hs|City Hospital Birmingham]], 3.1kg. Mother [[h|Shanice Campbell]] (19), father [[h|Delroy Brown]].
[[d|23 Oct 2025]] – FNP: {{brown}} mark on lower back noted as a birthmark at birth; no concerns.
[[d|28 Feb 2026]] – [[h|Hyacinth Campbell]] (grandmother) to {{Jamaica}}; mother alone with baby.
[[d|09 Mar 2026]] – [[h|Jayden]] (6 months) taken to A&E at 02:10 by [[h|Delroy]]: swollen right thigh. X-ray: spiral fracture of the right femur. Explanation: "his leg got caught in the cot bars".
[[d|09 Mar 2026]] – Hospital safeguarding team contacted MASH. Skeletal survey and bloods.
[[d|10 Mar 2026]] – Strategy discussion. {{Section 47}}. Police investigation, ref [[r|WMP/20716/26]].
[[d|10 Mar 2026]] – [[h|Kemar]] (12) interviewed at school by SW [[p|Marcus Tulloch]]: said he heard crying "in the night" but was asleep.
[[d|11 Mar 2026]] – Skeletal survey: no other fractures. Ophthalmology normal.
[[d|12 Mar 2026]] – Interim care order hearing listed. [[h|Jayden]] to stay with maternal great-aunt, Mrs [[p|Maxine Reid]], in [[pl|Wolverhampton]], under a safety plan.
[[d|12 Mar 2026]] – [[h|Delroy]]'s car ([[v|BN12 XKE]]) seen outside the great-aunt's house; police informed.
[[d|13 Mar 2026]] – [[h|Hyacinth]] flew back from [[pl|Kingston]]; reached the day before on [[ph|+1 876 555 0143]] through her sister in [[pl|Toronto]], [[ph|(416) 555-0182]].
""")

# ---- 13. Bangladeshi, Sylheti (Oldham)
household("bd", "Bangladeshi (Sylheti)",
          ("mother", "Rokeya Begum", ["Ruki"]),
          ("partner", "Abdul Malik Miah", []),
          ("baby", "Ayaan Miah", []),
          ("sibling", "Sumaiya Miah", []))

note("bd", "hv", """
Health visitor – 6–8 week review (home)
Date: [[d|Wed 4th June 2025]]    HV: [[p|Farzana Choudhury]] (speaks {{Sylheti}} – no interpreter needed)
Address: [[a|27 Ward Street]], [[pl|Oldham]] [[pc|OL8 1RS]]
Present: [[h|Rokeya Begum]] ("[[h|Ruki]]"), baby [[h|Ayaan]], [[h|Sumaiya]] (4) and paternal grandmother ({{Dadi}}). Dad [[h|Abdul Malik]] at work (taxi driver).
Baby: 5.3kg ({{50th centile}}), length and head on the {{50th}}. Hips and testes normal at GP check. Smiling. Exclusively breastfed; {{Dadi}} wants to give formula "to make him fat" – discussed; mum happy with breastfeeding.
Mum: {{EPDS}} 6. Caesarean wound healed. Back pain. Says [[h|Ruki]] is the name the family use; GP has her as [[h|Rokeya]].
Vitamin D: started for both ({{Healthy Start}} vitamins from the {{Family Hub}}).
Safe sleep: baby sleeps in a bed with mum and [[h|Sumaiya]] – talked about the risks, mum will use the cot in the room. Grandmother agreed the cot is "the English way" and laughed.
[[h|Sumaiya]] due to start Reception at [[s|Werneth Primary School]] in September – asked about free school meals.
Next: 3–4 month contact, phone or visit. Mum's number [[ph|07700 900 297]].
""")

note("bd", "gp", """
[[hs|Glodwick Medical Centre]]
[[a|Glodwick Road]], [[pl|Oldham]] [[pc|OL4 1YN]]    Tel [[ph|0161 496 0344]]

[[d|1 October 2025]]

Dear Health Visitor (Ms [[p|Choudhury]]),
Re: [[h|Ayaan Miah]], DOB [[d|04.04.2025]], NHS <<nhs:spaced>>
Parents: [[h|Rokeya Begum]] and [[h|Abdul Malik Miah]], [[a|27 Ward Street]], [[pl|Oldham]] [[pc|OL8 1RS]]
[[h|Ayaan]] was brought by his father today with a two-week history of a cough and noisy breathing. He is feeding well and thriving (7.6kg). Examination: mild wheeze, sats 97% in air, no recession. Likely viral-induced wheeze after bronchiolitis. Safety-netting given to Mr [[h|Miah]] in English and {{Sylheti}} by our receptionist [[p|Shahina]].
Of note, Mr [[h|Miah]] smokes in the car (a black {{Toyota Prius}}, [[v|OU21 KZE]], which he also uses for work). I have advised him strongly and referred him to stop smoking services. I would be grateful if you could reinforce the message at your next visit.
Mrs [[h|Begum]] has not yet had her postnatal review – I have asked reception to book one.
Yours sincerely,
Dr [[p|Imran Hussain]], GP
""")

note("bd", "sms", """
SMS from HV [[p|Farzana]] to mum (sent in {{Bangla}} script by the family's request – English given here)
[[d|15/10]] 10:12 HV → [[h|Ruki]]: Salaam [[h|Ruki]] {{apa}}, [[p|Farzana]] HV here. Dr [[p|Hussain]] asked me to talk to [[h|Abdul]] {{bhai}} about smoking in the car. Is he home Friday?
[[d|15/10]] 10:40 [[h|Ruki]]: wslm {{apa}} he is home friday after jummah. [[h|ayaan]] cough still bit. [[h|sumaiya]] got chest infection too from school
[[d|15/10]] 10:42 HV: OK I'll come Fri [[d|17th]] 3pm. Has [[h|Sumaiya]] seen the GP?
[[d|15/10]] 11:05 [[h|Ruki]]: yes she have amoxicillin. my brother [[p|Rahim]] he drive us. his number [[ph|07700.900.298]]
[[d|17/10]] 16:20 HV: Thanks for today. Stop smoking line: [[ph|0808 157 0283]]. [[h|Abdul Malik]] said he will try the vape.
[[d|17/10]] 16:25 [[h|Ruki]]: jazakallah {{apa}} 🙏
""")

note("bd", "bullet", """
Team meeting – caseload allocation (HV [[p|F. Choudhury]] leaving [[d|31/12/2025]])
[[h|MIAH]] / [[h|BEGUM]] – [[a|27 Ward St]], [[pl|Oldham]]
• Universal plus. No safeguarding.
• [[h|Ayaan]] 8 months: wheeze x2, GP review done. 9–12 month review due [[d|Jan 2026]].
• Mum [[h|Rokeya]] (uses "[[h|Ruki]]"): mood good. Prefers a {{Sylheti}}-speaking worker or interpreter (not family).
• Dad [[h|Abdul Malik Miah]]: trying to stop smoking. Car [[v|OU21 KZE]].
• [[h|Sumaiya]] 4: Reception at [[s|Werneth Primary School]]. Two chest infections this term; school nurse aware.
• {{Dadi}} lives with them; {{Nani}} in [[pl|Sylhet]] (mum phones her daily).
• Mum asked about a {{Bengali}} parenting group – [[hs|Coppice Family Hub]] runs one on Wednesdays with [[p|Nasima Khatun]].
• New HV: [[p|Jo Fairclough]]. Introduce at the 1-year review.
""")

# ---- 14. Gujarati (Leicester)
household("gj", "Gujarati",
          ("mother", "Hetal Patel", []),
          ("partner", "Nirav Patel", []),
          ("baby", "Krish Patel", []),
          ("sibling", "Diya Patel", []),
          ("adult", "Jayaben Patel", []))

note("gj", "mw", """
Postnatal – community midwife visit, day 10 (discharge from midwifery care)
Date: [[d|27/10/2025]]    MW: [[p|Rachel Ingram]]
Woman: [[h|Hetal Patel]], P2    Baby: [[h|Krish]], born [[d|17/10/2025]] at the [[hs|Leicester Royal Infirmary]], 3.42kg
Home: [[a|48 Loughborough Road]], [[pl|Leicester]] [[pc|LE4 5LG]]. Multigenerational household: [[h|Nirav]] (husband), [[h|Diya]] (5), and [[h|Jayaben]] ({{Ba}}), paternal grandmother.
Mum: well, BP 124/80 (on {{labetalol}} for PIH, now weaning), lochia light. Mood good; family very supportive, {{Ba}} cooking.
Baby: 3.51kg, above birth weight. Breastfeeding well. Jaundice resolved. Cord off. Newborn hearing screen: clear response both ears.
Cultural: family will hold the naming ceremony (chhathi) at home; [[h|Diya]] helped make the rangoli and lit the {{diyas}} for {{Diwali}} last week with her grandmother.
Discharged to HV [[p|Priti Mistry]], [[hs|Belgrave Health Centre]].
""")

note("gj", "sup", """
Supervision reflection – HV [[p|Priti Mistry]], [[d|20 January 2026]]
Family: [[h|Patel]] household, baby [[h|Krish]] (3 months).
Why I brought it: at the last visit [[h|Hetal]] asked me, quietly, in {{Gujarati}}, if it would be "wrong" to go back to work as a pharmacist when [[h|Krish]] is six months, because her mother-in-law thinks she should stay home. I felt a strong pull to say "of course not" – I am {{Gujarati}} myself and have had the same conversation in my own family.
What I did: I said it was her and [[h|Nirav]]'s decision and offered to talk with them both. I noticed I did not ask [[h|Jayaben]] ({{Ba}}) what she thought, and I wondered whether I had taken a side.
Discussion with my supervisor [[p|Helen Quarmby]]: shared language and culture help (trust, nuance), and there is a risk of assuming I know this family's story. The question for me is whether this is a health visiting matter at all: mood is good ({{EPDS}} 4), feeding and growth are fine. It becomes relevant if it affects [[h|Hetal]]'s wellbeing.
Learning: stay curious; ask the grandmother's view too; keep to what [[h|Hetal]] brings.
Also: [[h|Diya]] (5) is being assessed for a squint – the school nurse at [[s|Catherine Infant School]] referred her. Follow up.
""")

note("gj", "caps", """
CHILD HEALTH RECORD – IMMUNISATION UPDATE
CHILD: [[h|KRISH PATEL]]    DOB: [[d|17/10/2025]]    NHS: <<nhs:dash>>
ADDRESS: [[a|48 LOUGHBOROUGH ROAD]] [[pc|LE4 5LG]]
GP PRACTICE: [[hs|BELGRAVE HEALTH CENTRE]]
8 WEEKS ([[d|12/12/2025]]): 6-IN-1, ROTAVIRUS, {{MENB}} – GIVEN. {{CALPOL}} ADVICE GIVEN.
12 WEEKS ([[d|09/01/2026]]): 6-IN-1, ROTAVIRUS, PCV – GIVEN.
16 WEEKS ([[d|06/02/2026]]): 6-IN-1, {{MENB}} – GIVEN.
NOTES: MOTHER ([[h|HETAL PATEL]]) REPORTS FEVER 38.1 AFTER 8 WEEK, SETTLED. SIBLING [[h|DIYA PATEL]] (DOB [[d|02/06/2020]]) PRE-SCHOOL BOOSTER OUTSTANDING – LETTER SENT.
RECORDED BY: [[p|S. NAIK]], PRACTICE NURSE
""")

note("gj", "letter", """
[[hs|Belgrave Health Centre]]
[[a|52 Brandon Street]], [[pl|Leicester]] [[pc|LE4 6AW]]

[[d|February 14, 2026]]

Dear Mr and Mrs [[h|Patel]],
Re: [[h|Diya Patel]] – pre-school immunisations
Our records show that [[h|Diya]] has not yet had her pre-school booster (4-in-1 and MMR second dose). These protect against diphtheria, tetanus, whooping cough, polio, measles, mumps and rubella. Measles cases have been rising in [[pl|Leicester]].
We understand from your health visitor that you were waiting until after your family's visit to {{India}}. You are welcome to book at any time: please call [[ph|0116 496 0218]] or use the NHS App.
If [[h|Diya]]'s grandmother, Mrs [[h|Jayaben Patel]], would like to talk to a nurse in {{Gujarati}}, our practice nurse [[p|Sunita Naik]] speaks {{Gujarati}} and is available on Tuesdays.
Yours sincerely,
Practice Manager, [[hs|Belgrave Health Centre]]
""")

# ---- 15. Punjabi Sikh (Wolverhampton)
household("pj", "Punjabi Sikh",
          ("mother", "Harpreet Kaur Sandhu", []),
          ("partner", "Gurjit Singh Sandhu", []),
          ("baby", "Simran Kaur Sandhu", []),
          ("sibling", "Arjan Singh Sandhu", []),
          ("adult", "Balwinder Kaur Sandhu", []))

note("pj", "ref", """
MARAC REFERRAL FORM ([[pl|Wolverhampton]])
Referring agency: Health Visiting    Referrer: [[p|Kirsty Hanlon]]    Tel: [[ph|01632 960 127]]    Secure e-mail: [[e|kirsty.hanlon@wolvhv.nhs.example.org]]
Date of referral: [[d|2025-11-20]]    {{DASH}} score: 16    Professional judgement: yes
VICTIM
Name: [[h|Harpreet Kaur Sandhu]]    DOB: [[d|1997-03-02]]    Gender: F    Ethnicity: Asian British – Indian (Sikh)
Address: [[a|14 Dunstall Hill]], [[pl|Wolverhampton]] [[pc|WV6 0SP]] – lives with husband and his parents
Safe contact number: [[ph|07700 900 392]] (text first – husband checks her phone)    NI: [[ni|ZR 40 58 21 C]]
Language: {{Punjabi}}; English fluent
Children: [[h|Arjan Singh Sandhu]] (4), [[h|Simran Kaur Sandhu]] (5 months)
PERPETRATOR(S)
1. [[h|Gurjit Singh Sandhu]] (husband), DOB [[d|1993-10-15]]
2. [[h|Balwinder Kaur Sandhu]] (mother-in-law), DOB [[d|1966-06-30]]
Risk summary: [[h|Harpreet]] disclosed at the 4-month visit that her husband slapped her when she refused to hand over her salary, and that his mother has taken her passport "to keep it safe". She is not allowed to visit her own family in [[pl|Birmingham]]. He has threatened to take the children to {{India}}. Honour-based abuse indicators present. Police not informed – she fears her in-laws.
Actions taken: safety plan; {{Karma Nirvana}} helpline given; children's social care informed (ref [[r|WCC-MASH-90412]]).
""")

note("pj", "mins", """
MARAC – case summary and actions    Meeting date: [[d|03/12/2025]]    Case 11
Victim: [[h|Harpreet Kaur Sandhu]] ("[[h|Preet]]")    Children: [[h|Arjan]] (4), [[h|Simran]] (5 months)
Alleged perpetrators: [[h|Gurjit Singh Sandhu]]; [[h|Balwinder Kaur]] ({{Dadi ji}} to the children)
Information shared:
- Police (DS [[p|Amrit Gill]]): one previous call to the address, [[d|14 May 2024]], "verbal argument", no crime (police ref [[r|WMP-LOG-4471]]).
- Health visitor ([[p|Kirsty Hanlon]]): disclosure as per referral; baby [[h|Simmi]] thriving; [[h|Arjan]] quiet, speech delay.
- Nursery ([[s|Whitmore Reans Nursery School]]): [[h|Arjan]] attends 15 hours; father always collects; nursery told not to discuss mother's address.
- IDVA ([[p|Manjit Sahota]], {{Sikh Women's Aid}}): met [[h|Harpreet]] at the GP surgery. She wants to leave with both children. Passport still held by mother-in-law.
- Children's social care ([[p|Ben Corbett]]): {{Section 47}} started [[d|28/11]]; forced marriage unit consulted.
Actions:
1. Police to apply for a forced marriage protection / passport order – by [[d|10/12]].
2. IDVA to arrange refuge out of area ({{Karma Nirvana}}) and a new {{SIM}} – by [[d|05/12]].
3. HV to flag the records and not send letters to [[a|14 Dunstall Hill]].
4. Nursery to refuse collection by anyone other than mother if a protection order is granted.
""")

note("pj", "chron", """
Chronology (multi-agency) – [[h|SANDHU]] children
[[d|02/06/2025]] [[h|Simran Kaur]] born, [[hs|New Cross Hospital]], 2.9kg.
[[d|18/06/2025]] NBV. Mum quiet, mother-in-law answered questions. {{EPDS}} not done (no private space).
[[d|30/07/2025]] 6–8 wk review at clinic, mum alone: {{EPDS}} 14. Says "I can't {{sing}} to her, I am too sad". Advised GP; perinatal referral declined.
[[d|20/11/2025]] 4-month visit: disclosure of DA and control (see MARAC referral). {{DASH}} 16.
[[d|28/11/2025]] {{Section 47}} strategy. Joint police/SW visit planned when husband at work.
[[d|03/12/2025]] MARAC.
[[d|08/12/2025]] [[h|Harpreet]] left with [[h|Arjan]] and [[h|Simran]] while [[h|Gurjit]] was at the {{gurdwara}}. Taken by IDVA to a refuge out of area.
[[d|09/12/2025]] [[h|Gurjit]] reported them missing to police. Police confirmed safe and well, address not disclosed.
[[d|11/12/2025]] Passport order made at [[pl|Wolverhampton]] Family Court. Passport recovered from [[h|Balwinder Kaur Sandhu]].
[[d|15/12/2025]] HV records transferred to the receiving area; new HV [[p|Jasleen Bains]].
""")

note("pj", "email", """
From: [[p|Jasleen Bains]] <[[e|jasleen.bains@hv-receiving.example.org]]>
To: [[p|Kirsty Hanlon]]
Date: [[d|Mon 5 Jan 2026]] 09:14
Subject: Transfer in – restricted record

Morning [[p|Kirsty]],
Thanks for the handover call. I saw [[h|Harpreet]] at the refuge on Friday. She is doing well and asked me to tell you she is "finally able to {{sing}} to [[h|Simran]]" (her words – I know that will mean something to you). She has a new {{SIM}}; the refuge holds the number.
[[h|Simran]] 7 months: 7.4kg, sitting, two teeth. [[h|Arjan]] has started at the refuge playroom and is talking more – lots of {{Punjabi}} and some English.
[[h|Harpreet]] asked whether [[h|Gurjit]] can find them through the GP. I have put the records on restricted access and registered them with a new practice. She mentioned his cousin works at [[hs|Penn Manor Medical Practice]] in [[pl|Wolverhampton]] – worth knowing if records are requested.
She told me [[h|Gurjit]] has been posting about her on TikTok ([[hd|@gurjit_sandhu_wv]]); the IDVA has the screenshots.
Best,
[[p|Jasleen]]
[[p|Jasleen Bains]], Health Visitor
""")

# ---- 16. Afghan, Dari/Pashto (Coventry)
household("af", "Afghan (Dari/Pashto)",
          ("mother", "Zarghuna Ahmadzai", []),
          ("partner", "Farhad Ahmadzai", []),
          ("baby", "Maryam Ahmadzai", []),
          ("sibling", "Ahmad Shah Ahmadzai", []))

note("af", "sw", """
Social work case note – Resettlement team    Case ref: [[r|COV-ARAP-1187]]
Date: [[d|Friday 14 February 2025]]    Worker: [[p|Lydia Whitcombe]]    Interpreter: [[p|Nasrin Hakimi]] ({{Dari}})
Visit to [[h|Farhad]] and [[h|Zarghuna Ahmadzai]] at their new house, [[a|31 Swan Lane]], [[pl|Coventry]] [[pc|CV2 4GQ]], with [[h|Ahmad Shah]] (8) and baby [[h|Maryam]] (6 weeks).
Background: family arrived under {{ARAP}} in 2023 (Mr [[h|Ahmadzai]] was an interpreter for the British Army in Helmand). Lived in bridging hotels in [[pl|London]] and [[pl|Wrexham]] for 18 months. Moved here [[d|20/01/2025]].
[[h|Zarghuna]] speaks {{Pashto}} and a little {{Dari}}; [[h|Farhad]] speaks {{Dari}}, {{Pashto}} and English. I noticed [[h|Farhad]] answered for his wife; the interpreter (Mrs [[p|Hakimi]]) spoke to her directly at my request. She said she is "fine, only tired" and misses her sisters in [[pl|Kabul]]. [[h|Farhad]] asked us to note his brother's number there for emergencies: [[ph|+93 78 230 5516]].
[[h|Ahmad Shah]] has a place at [[s|Stoke Heath Primary School]] from Monday; uniform grant applied for. Baby registered with the GP; HV new birth visit was done at the hotel.
He has bought an old car, reg [[v|yk09 hfp]], for delivery work.
Needs: furniture (beds arrived, no cot – {{Moses basket}} only), English classes for [[h|Zarghuna]] with a crèche, bank account for {{Child Benefit}}.
Next visit: [[d|28/02]].
""")

note("af", "hv", """
HV 6–8 week review (delayed – family moved area)
Date: [[d|03/03/2025]]    HV: [[p|Mina Sadat]] (speaks {{Dari}})    Seen at home: [[a|31 Swan Lane]] [[pc|CV2 4GQ]]
Baby [[h|Maryam Ahmadzai]], DOB [[d|02/01/2025]], NHS no <<nhs:run>>. Present: mum [[h|Zarghuna]], brother [[h|Ahmad Shah]] (home from school, ill). Dad at the jobcentre.
Growth: 4.7kg ({{25th centile}}), feeding breast and formula ({{SMA}}). Mum wraps her tightly (swaddling) with the legs straight – showed hip-healthy swaddling.
Mum: I used {{Pashto}} via a telephone interpreter for the mood questions, as her {{Dari}} is limited. {{EPDS}} 15, Q10 0. Poor sleep, flashbacks about the airport in [[pl|Kabul]] in 2021. Referred to the perinatal team and to the refugee mental health service ([[hs|Coventry Refugee Wellbeing Clinic]]).
[[h|Ahmad Shah]]: cough for a week, no fever. Advised GP if no better. Has his own {{Red Book}} from the hotel HV – up to date except MMR 2 (given in [[pl|Wrexham]]? mum unsure).
Home: cold; heating costs worry them. Gave {{Warm Home Discount}} information.
Next contact [[d|17/03]] with a female {{Pashto}} interpreter in person.
""")

note("af", "dict", """
dictation from car after visit [[d|17 march]] hv [[p|mina sadat]] saw [[h|zarghuna]] with female {{pashto}} interpreter [[p|gulalai]] in person [[h|maryam]] is 11 weeks smiling and cooing weight 5.3 kilos good gain mum seemed brighter she has been to the mosque women's group with her neighbour [[p|shabnam]] she said [[h|farhad]] is kind to her but he is stressed because he can't find work as an interpreter here he is doing delivery driving at night [[h|ahmad shah]] is better and likes his school he is learning english quickly and translates for his mum which she is proud of i explained that he shouldn't be used for health conversations perinatal team have booked an assessment for the [[d|2nd of april]] next visit 3 to 4 month contact plan check she gets to the assessment
""")

note("af", "gp", """
[[hs|Foleshill Health Centre]]
[[a|Livingstone Road]], [[pl|Coventry]] [[pc|CV6 5AR]]    Tel: [[ph|01632 960 944]]

[[d|22 May 2025]]

Dear Ms [[p|Sadat]],
Re: [[h|Ahmad Shah Ahmadzai]], DOB [[d|11/09/2016]], NHS <<nhs:nnbsp>>
Address: [[a|31 Swan Lane]], [[pl|Coventry]] [[pc|CV2 4GQ]]
I saw [[h|Ahmad Shah]] today with his father, Mr [[h|Farhad Ahmadzai]]. As part of new-entrant screening from {{Afghanistan}}, his IGRA blood test was positive. His chest X-ray is clear and he is well, so this is latent TB infection, not active disease. I have referred him to the [[hs|Walsgrave TB Clinic]], who will usually offer three months of {{rifampicin}} and {{isoniazid}}; they will see him with a {{Dari}} interpreter.
His cough has settled. His immunisations are now complete: MMR 2 was given in [[pl|Wrexham]] on [[d|6th November 2024]] (record found).
His sister [[h|Maryam]] (4 months) is eligible for {{BCG}}, and Mr [[h|Ahmadzai]] thinks she has not had it. Please could you check the {{Red Book}} when you next visit and refer if needed.
Mrs [[h|Ahmadzai]] has missed her own postnatal check twice; [[h|Farhad]] says she does not like to see a male doctor. We have booked her with Dr [[p|Homayoun Rahimi]]'s colleague, Dr [[p|Laura Pettigrew]], on [[d|4/6]].
Yours sincerely,
Dr [[p|Laura Pettigrew]]
""")

# ---- 17. English Romany Gypsy (Maidstone)
household("rm", "Romany Gypsy",
          ("mother", "Vashti Lovell", []),
          ("partner", "Levi Boswell", []),
          ("baby", "Liberty Boswell", []),
          ("sibling", "Tyson Boswell", []))

note("rm", "hv", """
HV new birth visit – Gypsy and Traveller site
Date: [[d|12/05/2025]]    HV: [[p|Carol Finch]] (Gypsy, {{Roma}} and Traveller link HV)
Address: [[a|Pitch 7, Oakmere Park, Ashford Road]], [[pl|Maidstone]] [[pc|ME14 5PN]]
Seen in the trailer: [[h|Vashti Lovell]] (mum), [[h|Levi Boswell]] (dad), [[h|Liberty]] (11 days) and [[h|Tyson]] (3). [[h|Vashti]]'s mother came across from the next pitch and stayed for the visit, with [[h|Vashti]]'s agreement.
Baby: born [[d|1st May]] at [[hs|Maidstone Hospital]]; 3.3kg; breast and bottle. [[h|Levi]]'s old {{Bedford}} lorry, [[v|JDN 419P]], is parked by the gate – he does scrap and tree work.
Sleeping in a {{Moses basket}} on the bed-settee – talked about a clear flat space away from the wood burner. CO alarm present, tested, works.
Mum: tired, "{{lovely}} to be home". Not registered with a GP since moving onto the site in {{March}} – the surgery in town asked for proof of address. Explained she does not need one; I will ring [[hs|Bearsted Road Surgery]] to register all four.
[[h|Tyson]] has never had his 1-year or pre-school jabs. [[h|Levi]] said they "don't believe in them"; [[h|Vashti]] wants to talk about it another time.
Literacy: [[h|Vashti]] asked me to read the letters out rather than leave leaflets. Noted on the record: verbal information, phone calls not letters.
Next visit [[d|Mon 19th]]. Mum's phone [[ph|07700 900 835]].
""")

note("rm", "sms", """
text msgs HV [[p|Carol]] / [[h|Vashti]] (voice notes transcribed by HV)
[[d|19/05]] 08:10 [[h|Vashti]] (voice): [[p|carol]] its [[h|vashti]], can u come tmrw not today, [[h|levis]] took the motor for work and i got no way to the shop
[[d|19/05]] 08:15 HV: No problem, tomorrow [[d|20th]] at 11. Do you need anything from the shop for the baby?
[[d|19/05]] 08:20 [[h|Vashti]] (voice): no ta my mum got it. [[h|Libby]] is feeding {{lovely}}. [[h|tyson]] got a cough tho
[[d|20/05]] 14:30 HV: {{Lovely}} to see you all. GP registration done – [[hs|Bearsted Road Surgery]], ring [[ph|01632 960 381]] if [[h|Tyson]]'s cough gets worse. I've booked his jabs for [[d|Friday 30th]] if you decide to go ahead.
[[d|29/05]] 19:02 [[h|Vashti]] (voice): [[h|levi]] says its a {{liberty}} asking us to jab him but i want it done. will come friday
[[d|30/05]] 12:00 HV: Well done today [[h|Vashti]], and [[h|Tyson]] was very brave.
""")

note("rm", "sup", """
Group supervision – reflective case discussion ([[d|11 June 2025]])
Presenter: [[p|Carol Finch]], HV    Facilitator: Dr [[p|Esther Nkemelu]], psychologist
Family: [[h|Lovell]]/[[h|Boswell]], {{Romany}} Gypsy family on a council site near [[pl|Maidstone]]; [[h|Vashti]] (24), [[h|Levi]] (27), [[h|Tyson]] (3), [[h|Liberty]] (6 weeks).
What I brought: how quickly I was trusted. [[h|Vashti]]'s mother told me on the second visit that she "knew my face from the site before" – a colleague, [[p|Mary Beaney]], had visited her for years. I am getting the benefit of [[p|Mary]]'s relationships.
Dilemma: [[h|Levi]] is against immunisations. [[h|Vashti]] decided to have [[h|Tyson]] vaccinated and did so without telling him until afterwards. She asked me not to mention it on a visit when [[h|Levi]] is there. I felt caught between respecting her choice and being honest with him.
Discussion: the group helped me see that this is [[h|Vashti]]'s information to share; parental responsibility allows either parent to consent. No domestic abuse indicators, but I will ask routinely when I see her alone.
Also raised: prejudice the family have met – the previous GP receptionist asked for "a proper address". We agreed to raise it with the practice manager (Ms [[p|Oduya]]).
Learning: trust in GRT communities is built over years and can be lost in a visit; write down what was said, not my assumptions.
""")

note("rm", "letter", """
[[hs|Maidstone Health Visiting Team]]
[[a|Marsham Street]], [[pl|Maidstone]] [[pc|ME14 1HH]]
Tel [[ph|01632 960 385]]

[[d|2 July 2025]]

To: Site Manager, [[a|Oakmere Park Traveller Site, Ashford Road]], [[pl|Maidstone]]

Dear Mr [[p|Penfold]],
Re: [[a|Pitch 7]] – [[h|Vashti Lovell]], [[h|Levi Boswell]] and children
I am the health visitor for this family and write with Ms [[h|Lovell]]'s consent. Their baby, [[h|Liberty]], is two months old and their son [[h|Tyson]] is three and has asthma. The amenity block shower on [[a|Pitch 7]] has not worked since [[d|20 May]], and the family are heating water on the stove to bath the children. The step up to the trailer door is also broken.
I would be grateful if the repairs could be prioritised, as these are risks to the children's health and safety (scalds and falls).
The family have asked me to say that they prefer a phone call to a letter: Ms [[h|Lovell]]'s number is [[ph|07700 900 835]].
Yours sincerely,

[[p|Carol Finch]]
Health Visitor
""")

# ---- 18. Irish Traveller (Leeds)
household("it", "Irish Traveller",
          ("mother", "Bridget McDonagh", ["Bridgie"]),
          ("partner", "Patrick Ward", ["Pat"]),
          ("baby", "Kathleen Ward", ["Kitty"]),
          ("sibling", "Martin Ward", []))

note("it", "mw", """
Midwife – antenatal home visit, 34 weeks
Date: [[d|09-Jan-2025]]    MW: [[p|Siân Roberts]]
Woman: [[h|Bridget McDonagh]] ("[[h|Bridgie]]"), 22, G3 P1 (one miscarriage). Partner: [[h|Patrick Ward]].
Address: [[a|Pitch 12, Greenacre Lane Site]], [[pl|Leeds]] [[pc|LS12 4TD]]
Late to book at 24 weeks: the family were travelling in [[pl|Galway]] for a funeral over the summer. Scan dates agree.
BP 128/84, urine NAD, fundal height 33cm. Movements good. Hb 104 – iron started.
Gestational diabetes screen (GTT) offered again: declined, as before. Risks explained. She has a strong family history (her mother and two aunts).
[[h|Martin]] (2) running round, very lively. He has not been seen since his 1-year review. [[h|Bridgie]] says he is "grand".
Birth plan: [[hs|Leeds General Infirmary]]; [[h|Pat]]'s sister [[p|Nora]] as birth partner. Mobile numbers change often: current one [[ph|07700 900 571]], or via Mrs [[p|Maughan]] on pitch 3.
Next: 36-week visit at the site, [[d|23/01]].
""")

note("it", "mins", """
Review child protection conference – minutes (extract)
Date: [[d|Thursday 10 July 2025]]    Chair: [[p|Helen Gomersall]]    Children: [[h|Martin Ward]] (2), [[h|Kathleen Ward]] (4 months)
Present: [[h|Bridget McDonagh]] (mother) with advocate [[p|Theresa Joyce]] (Traveller support worker), [[h|Patrick Ward]] (father), [[p|Rachel Dean]] (SW), [[p|Emma Boyle]] (HV), [[p|Andy Pickles]] (site warden).
Plan category: neglect (from [[d|03/04/2025]]).
HV report: [[h|Kitty]] (as the family call her) is on the {{9th centile}}, having dropped from the {{50th}}; weight stable for three weeks. She was admitted to the children's {{ward}} at [[hs|Leeds General Infirmary]] on [[d|2 June]] for feeding assessment and gained weight on the {{ward}}. Formula was being made up with too much water to make the tins last. Dad said money goes in the {{kitty}} for diesel first.
[[h|Martin]] now up to date with immunisations; speech delay, referred to SALT.
Father's view: [[h|Pat]] said he felt the family were being judged "because we're Travellers". The chair acknowledged this and asked what would help. He asked for help with the {{Universal Credit}} claim, which was stopped when they moved.
Mother's view: [[h|Bridgie]] said she is "doing her best" and wants the children off the plan. She wants help to read the letters.
Decision: remain on a child protection plan (neglect). Review [[d|09/10/2025]].
Actions: [[p|Theresa Joyce]] to support with benefits; HV weekly weights; SW to make referral to the {{Family Hub}} for cooking on a budget.
""")

note("it", "bullet", """
HV handover (weekend cover) – [[d|Fri 15 Aug]]
[[h|WARD]] family – [[a|Pitch 12, Greenacre Lane]] site ([[pc|LS12 4TD]]) – CP plan (neglect)
• Baby [[h|Kathleen]] ([[h|Kitty]]) 5 months – weighed today: 6.1kg ↑ (was 5.85). Feeds 5 x 180ml made up correctly (watched). Back on the {{9th centile}}.
• [[h|Martin]] 2 – SALT assessment [[d|26/08]].
• Mum [[h|Bridgie]] – mood ok; asked me to {{pat}} the baby's back to show how – she had been told off for "patting too hard" by her mother-in-law! Showed winding positions.
• Dad [[h|Patrick]] – back from the horse fair at [[pl|Appleby]] in {{June}}; now working locally (tarmac). Van: white Transit, [[v|YF63 KLZ]].
• Weekend: if any call about [[h|Kitty]] (poor feeding, fewer wet nappies) → on-call SW [[ph|0113 496 0199]].
• NB: [[h|Martin]]'s name is on the site's flood list – the site floods from the beck. Site warden [[p|Andy Pickles]], landline [[ph|496 0198]].
• Lots of house {{martins}} nesting under the amenity block roof – [[h|Martin]] loves them ("my birds").
""")

note("it", "caps", """
CHILD PROTECTION MEDICAL – SUMMARY FOR GP AND HV
NAME: [[h|MARTIN WARD]]    DOB: [[d|14/03/2023]]    NHS NO: <<nhs:spaced>>
ADDRESS: [[a|PITCH 12 GREENACRE LANE SITE]] [[pc|LS12 4TD]]
DATE OF EXAMINATION: [[d|28/08/2025]]    LOCATION: [[hs|LEEDS CHILDREN'S HOSPITAL]] SAFEGUARDING CLINIC
EXAMINING DOCTOR: DR [[p|OLUWASEUN ADEBAYO-HART]]
ACCOMPANIED BY: MOTHER ([[h|BRIDGET MCDONAGH]]), SOCIAL WORKER ([[p|RACHEL DEAN]])
REASON: BRUISE TO LEFT CHEEK REPORTED BY NURSERY ([[s|FARNLEY TINY STEPS]]) [[d|27/08/2025]].
HISTORY (MOTHER): FELL FROM THE STEP OF THE TRAILER ONTO GRAVEL ON [[d|26/08]]. WITNESSED BY AUNT.
FINDINGS: 2 X 1.5 CM BRUISE OVER LEFT CHEEKBONE, WITH GRAZING CONSISTENT WITH GRAVEL. NO OTHER INJURIES. GROWTH: WEIGHT {{25TH CENTILE}}.
OPINION: CONSISTENT WITH THE HISTORY GIVEN. NO FURTHER ACTION FROM A MEDICAL VIEW.
POLICE REF: [[r|WYP/49211/25]]
""")

# ---- 19. Cornish (Camborne)
household("kw", "Cornish",
          ("mother", "Tamsin Nancarrow", []),
          ("partner", "Jago Pascoe", []),
          ("baby", "Morwenna Pascoe", []),
          ("child", "Kerensa Nancarrow", []))

note("kw", "fnp", """
FNP – infancy visit 3    Date: [[d|Tuesday 2 September 2025]]    Family nurse: [[p|Becky Rowe]]
Client: [[h|Tamsin Nancarrow]] (19)    Baby: [[h|Morwenna]] ("[[h|Wenna]]"), 5 weeks    Home: [[a|8 Trevu Road]], [[pl|Camborne]] [[pc|TR14 8PG]]
Household: [[h|Tamsin]] is kinship carer (special guardianship) for her sister [[h|Kerensa]] (14) since their mum died in 2023. Baby's dad [[h|Jago Pascoe]] (20) lives with them; he fishes out of [[pl|Newlyn]] and is away 4–5 days at a time.
Agenda: "my baby's health" – crying, and "my life" – managing school runs for [[h|Kerensa]] with a newborn.
Crying: [[h|Wenna]] cries 3+ hours in the evenings. Used the {{ICON}} materials (Infant crying is normal, Comfort methods, It's OK to walk away, Never ever shake a baby). [[h|Tamsin]] said "I'd never shake her" but admitted she had to put her down and go outside last night. Praised that.
[[h|Kerensa]]: helping a lot with the baby – maybe too much; she was up at 2am with a bottle. Agreed to talk to her school nurse.
Money: kinship allowance and {{Child Benefit}} for both girls; {{Healthy Start}} card applied for.
Next visit [[d|16/09]]. [[h|Tamsin]]'s number [[ph|07700 900 685]].
""")

note("kw", "email", """
From: [[p|Becky Rowe]] (Family Nurse) <[[e|becky.rowe@cornwallfnp.example.org]]>
To: [[p|Lowenna Tregear]] (School Nurse) <[[e|lowenna.tregear@cornwall-schoolnursing.example.org]]>
Date: [[d|17/09/2025]] 16:45
Subject: Y10 pupil, young carer – [[h|Kerensa Nancarrow]]

Hi [[p|Lowenna]],
Hope you are well. With consent from [[h|Tamsin]] (my client, her older sister and special guardian) and from [[h|Kerensa]] herself, I'm letting you know that [[h|Kerensa]] ([[s|Camborne Science and International Academy]], Y10) is helping a lot with [[h|Tamsin]]'s new baby, including night feeds. [[h|Tamsin]] is 19; their mum died two years ago, and [[h|Kerensa]] saw a bereavement counsellor at [[hs|Trengweath Young People's Service]] for a while.
[[h|Tamsin]] is worried [[h|Kerensa]] is tired in school and is not seeing her friends. Could you see her? She knows I'm e-mailing.
Home address: [[a|8 Trevu Road]], [[pl|Camborne]] [[pc|TR14 8PG]]. The partner, [[h|Jago]], is away at sea a lot.
Many thanks – {{dreckly}} is fine, no rush!
[[p|Becky]]
[[p|Becky Rowe]] | Family Nurse | {{Family Nurse Partnership}} | [[ph|+44 (0)1632 960 517]]
""")

note("kw", "sn", """
School nurse contact – [[s|Camborne Science and International Academy]]
Date: [[d|01/10/2025]]    SN: [[p|Lowenna Tregear]]    Pupil: [[h|Kerensa Nancarrow]], Y10, DOB [[d|19/04/2011]]
Referral: from the family nurse, with consent (young carer).
Seen alone in the medical room. [[h|Kerensa]] said she "likes helping with [[h|Wenna]]" but gets up for the night feed when [[h|Jago]] is at sea because her sister is "wrecked". Sleeping about 5 hours on those nights. Tired in period 1, fell asleep in maths once.
Mood: says she still thinks about her mum every day; anniversary is [[d|12 November]]. Finished sessions at [[hs|Trengweath Young People's Service]] last year. Would go back "maybe". No self-harm. Has two close friends, [[p|Demelza]] and [[p|Ellie]], and plays in the gig rowing crew on Saturdays.
Plan: {{Young Carers}} referral (she agreed); talk with [[h|Tamsin]] (with [[h|Kerensa]] present) about a night rota – [[h|Kerensa]] only at weekends; pastoral lead Mr [[p|Curnow]] aware; review after half term.
""")

note("kw", "dict", """
voice note transcribed [[d|15/10]] family nurse [[p|becky rowe]] visit to [[h|tamsin]] at home [[h|morwenna]] is eleven weeks now and the crying has eased off a lot she is smiling and [[h|tamsin]] says the evenings are better since they started a bath and feed routine [[h|jago]] was home this week and did the night feeds so [[h|kerensa]] could sleep [[h|tamsin]] showed me the rota they made on the fridge which was her sisters idea weight 5.4 kilos on the fiftieth centile immunisations done at 8 weeks second lot due next week no concerns today plan next visit in a fortnight
""")

# ---- 20. Malaysian, Malay (Nottingham)
household("my", "Malaysian (Malay)",
          ("mother", "Nurul Aisyah binti Ahmad", ["Echa"]),
          ("partner", "Muhammad Hafiz bin Ismail", []),
          ("baby", "Nur Iman binti Muhammad Hafiz", []))

note("my", "gp", """
[[hs|Lenton Medical Practice]]
[[a|Derby Road]], [[pl|Nottingham]] [[pc|NG7 2GW]]    Tel [[ph|0115 496 0523]]

[[d|12/03/2025]]

Dear Health Visitor,
Re: [[h|Nur Iman binti Muhammad Hafiz]], DOB [[d|28/01/2025]], NHS <<nhs:spaced>>
Parents: [[h|Nurul Aisyah binti Ahmad]] (mother) and [[h|Muhammad Hafiz bin Ismail]] (father)
Address: [[a|Flat 21, Raleigh Park, 54 Ilkeston Road]], [[pl|Nottingham]] [[pc|NG7 3GN]]
Thank you for your referral. I saw [[h|Iman]] with her mother today. She has been sleepy with feeds and her weight has fallen from the {{50th centile}} to just under the {{25th centile}} at 6 weeks. Examination was otherwise normal, with no murmur. Mother has a poor supply and is worried; she is a PhD student and returned to the lab at 4 weeks, expressing during the day. I have referred [[h|Iman]] to the paediatric feeding clinic at [[hs|Queen's Medical Centre]] and asked the infant feeding team to see mum.
[[h|Echa]], as she prefers to be called, was tearful. Her family are in [[pl|Ipoh]] and her husband is writing up his thesis at night. I have checked her thyroid function and ferritin, and {{EPDS}} today was 11. She would like future appointments in {{Malay}} if possible; we do not have a {{Malay}}-speaking clinician, so I have booked an interpreter.
Yours sincerely,
Dr [[p|Rebecca Hollingworth]]
""")

note("my", "ref", """
REFERRAL – INFANT FEEDING SPECIALIST SERVICE
Referrer: [[p|Ruth Okoro]] (HV)    Base: [[hs|Radford Health Centre]]    Contact: [[ph|0115 496 0611]]
Date: [[d|13 March 2025]]
Mother: [[h|Nurul Aisyah binti Ahmad]] (known as [[h|Echa]])    DOB: [[d|09/09/1996]]
Baby: [[h|Nur Iman]]    DOB: [[d|28/01/2025]]    Gestation at birth: 37+4
Address: [[a|Flat 21, Raleigh Park, 54 Ilkeston Road]] [[pc|NG7 3GN]]
Mobile: [[ph|+44 7700 900 916]]    Mother's e-mail: [[e|nurul.aisyah.ahmad@example.com]]
NI number: [[ni|TC 91 46 70 D]]
Language: {{Malay}}, English good
Reason: weight faltering – birth 2.9kg ({{50th}}), 6 weeks 4.0kg (just under {{25th}}). Breastfed plus expressed milk by bottle when mum is at the lab. Mum's supply low, pumping 3 times a day at most. Latch shallow; nipple pain. GP ([[hs|Lenton Medical Practice]]) has referred to the paediatric feeding clinic.
What mother wants: to carry on breastfeeding and to know how to keep expressed milk safely (she has been pouring unused milk in the {{bin}} after an hour and is upset about the waste).
Partner: [[h|Muhammad Hafiz]] – supportive, a PhD student too.
Consent: yes.
""")

note("my", "chron", """
Feeding chronology – baby [[h|IMAN]] (DOB [[d|28.01.2025]])
[[d|28.01.25]]  Born at [[hs|Nottingham City Hospital]], 37+4, 2.90kg. Breastfeeding.
[[d|07.02.25]]  Day 10: 2.86kg. Referred to breastfeeding peer supporter [[p|Jess Bramley]].
[[d|19.02.25]]  NBV, late because mum had mastitis (antibiotics from GP). 3.25kg.
[[d|25.02.25]]  Mum back at the lab part-time; expressing.
[[d|11.03.25]]  HV weight 4.0kg, just under the {{25th centile}}. GP referral.
[[d|12.03.25]]  GP review: no underlying cause found. Paediatric feeding clinic referral.
[[d|13.03.25]]  Referral to infant feeding service.
[[d|20.03.25]]  Infant feeding specialist [[p|Mags Whitlock]]: posterior tongue-tie, shallow latch; breast compressions and switch feeding shown; hospital-grade pump loaned ({{Medela}}). Milk left after a feed can be kept for an hour and then goes in the {{bin}}; fridge milk up to 5 days.
[[d|03.04.25]]  Tongue-tie divided at [[hs|Queen's Medical Centre]].
[[d|17.04.25]]  4.9kg, back towards the {{50th}}. Mum delighted.
[[d|01.05.25]]  Discharged from the infant feeding service. Father [[h|Hafiz]] taking two weeks' leave while mum finishes a chapter.
""")

note("my", "sms", """
WhatsApp – HV [[p|Ruth Okoro]] / [[h|Echa]]
[[d|22/04]] 20:14 [[h|Echa]]: assalamualaikum [[p|ruth]] sorry late msg. [[h|iman]] drink 120ml from bottle then vomit all. is it too much?
[[d|22/04]] 20:31 HV: Hi [[h|Echa]], it's fine to message. 120ml is a lot for one go at her age – try 90ml and wind halfway. Is she happy and having wet nappies?
[[d|22/04]] 20:33 [[h|Echa]]: yes happy now, smiling at [[h|hafiz]]. she has 6 wet
[[d|22/04]] 20:35 HV: Perfect. I'll weigh her [[d|Thurs 24th]].
[[d|24/04]] 09:02 [[h|Echa]]: also my mother coming from [[pl|Ipoh]] next month, she say must give water and must wrap baby tight 😅
[[d|24/04]] 09:05 HV: Ha! Lots of grandmas say that. No water while she is only on milk. Happy to talk with your mum – we can book a {{Malay}} interpreter.
[[d|24/04]] 09:06 [[h|Echa]]: terima kasih! my husband number if i not answer [[ph|０７７００ ９００ ９１７]]
""")

# ---- 21. Indonesian, Javanese (Norwich)
household("id", "Indonesian (Javanese)",
          ("mother", "Sri Wulandari", []),
          ("partner", "Budi Santoso", []),
          ("baby", "Kirana Santoso", []),
          ("adult", "Bagus Santoso", []))

note("id", "hv", """
HV 9–12 month review – home
Date: [[d|07/08/2025]]    HV: [[p|Amy Loades]]
Address: [[a|12 Magdalen Close]], [[pl|Norwich]] [[pc|NR3 1EQ]]
Child: [[h|Kirana Santoso]], DOB [[d|30/09/2024]] (10 months). Present: mum [[h|Sri Wulandari]] and uncle [[h|Bagus Santoso]] (dad's brother, lodging while he studies at [[s|City College Norwich]]). Dad [[h|Budi]] at work (chef).
Names: [[h|Sri]] has one name only, as many Javanese people do. The GP has her as forename "[[h|Sri]]", surname "[[h|Wulandari]]"; the hospital has her as "[[h|Sri Santoso]]". Two records – raised with the GP practice manager.
{{ASQ-3}}: all areas above cut-off except fine motor (borderline). Recheck in 2 months.
Diet: rice porridge with fish and vegetables, fruit. Breastfed at night. 4 teeth, brushing twice a day.
Sleep: on a floor mattress with mum; discussed safe sleep for floor beds (firm, no gaps by the wall, no pillows).
Language: {{Indonesian}} and {{Javanese}} at home, English with the childminder – all encouraged.
Support: [[h|Sri]] works three mornings at a nail bar; her colleague [[p|Tharanga]], who is from {{Sri Lanka}}, swaps childcare with her.
Next: 2–2½ year review.
""")

note("id", "bullet", """
A&E liaison – paediatric attendances, week ending [[d|05/12/2025]] (forwarded to HV)
• Child: [[h|Kirana Santoso]], 14 months, DOB [[d|30/09/2024]], NHS <<nhs:zw>>
• Attended [[hs|Norfolk and Norwich University Hospital]] ED [[d|Sun 30 Nov]] 18:40 with uncle [[h|Bagus Santoso]].
• Fell from the sofa onto laminate floor; bump to left forehead. No LOC, no vomiting. Walking (mobile since 12 months). CT not indicated (NICE head injury rules).
• Explanation consistent with injury and development. No other marks. Discharged with head injury advice.
• Parents [[h|Sri Wulandari]] and [[h|Budi Santoso]] arrived at 19:30. Mum asked for an {{Indonesian}} interpreter – not available that night; dad interpreted.
• Records note: mother appears under two names ("[[h|Wulandari]]" and "[[h|Santoso]]"). Records merged by the admin team.
• Liaison HV action: share with the named HV ([[p|Amy Loades]]); no further action.
• Grandmother in [[pl|Surabaya]] rang the ward in the night asking for news ([[ph|+62 812 3904 5517]]) – given to parents.
""")

note("id", "letter", """
[[hs|Catton Grove Children's Centre]] – Speech and Language Therapy
[[a|Catton Grove Road]], [[pl|Norwich]] [[pc|NR3 3TP]]

[[d|Monday, 19 January 2026]]

Dear [[h|Sri]] and [[h|Budi]],
Thank you for bringing [[h|Kirana]] to the "Talking Time" drop-in on [[d|8 January]]. It was lovely to meet you both, and [[h|Kirana]]'s uncle [[h|Bagus]].
You asked whether speaking {{Indonesian}} and {{Javanese}} at home might confuse [[h|Kirana]] or slow down her English. It will not. Children all over the world learn two or three languages at once. Please keep talking to her in the language you know best: that gives her the richest words and sentences. She will learn English at the childminder's and, later, at school.
[[h|Kirana]] (15 months) is saying six words, pointing, and understanding simple instructions in both languages. This is well within the expected range.
Some ideas: sing the songs you know from home, name things on walks, share picture books ({{Bookstart}} has books in {{Indonesian}}: [[u|https://www.bookstart.example.org/languages]]), and give her time to answer.
If you have any worries, ring us on [[ph|01632 960 296]]. There is no need for another appointment.
Best wishes,
[[p|Hollie Gant]]
Speech and Language Therapist
cc Health Visitor [[p|Amy Loades]]
""")

note("id", "sup", """
Supervision record – HV [[p|Amy Loades]] with [[p|Jan Pardoe]] (safeguarding supervisor), [[d|12/12/2025]]
Case: [[h|Santoso]] family, [[h|Kirana]] (14 months)
Reason: A&E attendance with a head injury while in the care of the uncle ([[h|Bagus]], 24). I wanted to check my thinking.
My first reaction when I read the liaison form was a flicker of worry: a non-parent adult, a toddler, a head injury. I noticed that I had not had the same reaction to a similar form last month where a grandmother brought the child in. When I looked at why, I think it is because [[h|Bagus]] is a young man I have met only briefly.
Facts: injury consistent with a fall from a sofa at 14 months; prompt attendance; no previous attendances; development on track; parents and uncle gave the same account; the ED found no other marks.
What worried me more: the two hospital records under different names for [[h|Sri]]. If there had been a safeguarding flag on one, it might have been missed. This is a system issue, not a family one, and it affects many families from naming traditions with one name, or the family name last or first.
Outcome: no safeguarding action. I will raise the record issue with the named nurse. Visit the family to check [[h|Kirana]] is well and ask whether they found the A&E visit frightening.
""")

# ---- 22. Colombian (London)
household("co", "Colombian",
          ("mother", "María Camila Restrepo", ["Cami"]),
          ("partner", "Andrés Felipe Gómez", ["Pipe"]),
          ("baby", "Salomé Gómez Restrepo", []),
          ("sibling", "Juan José Gómez", ["Juanjo"]))

note("co", "sw", """
Early Help – family support worker case note
Date: [[d|11/02/2025]]    FSW: [[p|Delia Okafor]]    EH ref: [[r|LBS-EH-33018]]
Family: [[h|María Camila Restrepo]] ([[h|Cami]]), [[h|Andrés Felipe Gómez]] ("[[h|Pipe]]"), [[h|Juan José]] ([[h|Juanjo]], 9), [[h|Salomé]] (5 months).
Current address: temporary B&B, room 14, [[a|Walworth Guest House, 210 Walworth Road]], [[pl|London]] [[pc|SE17 1JB]].
They were moved here on [[d|3 February]] after a burst {{pipe}} flooded their basement flat at [[a|7 Penton Place]]. The landlord says repairs will take 6–8 weeks.
Visit: one room, one double bed and a travel cot for [[h|Salomé]]. Kettle and microwave only; no space for [[h|Juanjo]] to do homework. [[h|Pipe]] works as a cleaner on early shifts; [[h|Cami]] is studying English at college two days a week. Both speak {{Spanish}}; [[h|Juanjo]] interpreted a little but I used a telephone interpreter for the main discussion.
[[h|Salomé]]: nappy rash, the B&B has no washing machine. Referred to the HV. Barrier cream advice.
[[h|Juanjo]]: school ([[s|Charles Dickens Primary School]]) says he is tired and late. Travel from the B&B is 40 minutes.
Actions: housing to look at a closer placement; laundry vouchers; {{Healthy Start}}; ask school for breakfast club.
""")

note("co", "caps", """
HOMELESSNESS APPLICATION – HOUSEHOLD MEMBERS
APPLICANT: [[h|ANDRÉS FELIPE GÓMEZ]]    DOB: [[d|23/05/1991]]    NI NO: [[ni|PX 60 17 42 B]]
JOINT APPLICANT: [[h|MARÍA CAMILA RESTREPO]]    DOB: [[d|08/12/1994]]    NI NO: [[ni|HR 15 77 36 A]]
CHILDREN: [[h|JUAN JOSÉ GÓMEZ]] ([[d|17/06/2015]]); [[h|SALOMÉ GÓMEZ RESTREPO]] ([[d|01/09/2024]])
NATIONALITY: {{COLOMBIA}} (PRE-SETTLED STATUS VIA SPANISH PASSPORTS)
LAST SETTLED ADDRESS: [[a|BASEMENT FLAT, 7 PENTON PLACE]] [[pc|SE17 3JT]]
REASON: PROPERTY UNINHABITABLE (FLOOD, BURST {{PIPE}}) – TEMPORARY ACCOMMODATION FROM [[d|03/02/2025]]
TELEPHONE: [[ph|07700 900 224]] / [[ph|07700 900 226]]
E-MAIL: [[e|pipe.gomez91@example.net]]
CASE OFFICER: [[p|T. ABERNETHY]]    CASE REF: [[r|HOM-25-01833]]
""")

note("co", "email", """
From: [[p|Hannah Sowerby]] <[[e|hannah.sowerby@southwarkhv.example.org]]>
To: [[p|Delia Okafor]] <[[e|d.okafor@earlyhelp.gov.example.org]]>
Date: [[d|24 February 2025]] 13:02
Subject: RE: [[h|Salomé]] – HV visit at B&B

Hi [[p|Delia]],
Saw [[h|Salomé]] and mum this morning at [[a|210 Walworth Road]]. Nappy rash much better with {{Metanium}}; weight fine, 7.3kg. Mum has been washing nappies in the sink.
[[h|Cami]] is quite low – {{EPDS}} 13. She misses her mother ({{abuela}} to the children) who lives in [[pl|Medellín]] and phones every evening. Mum gave me the grandmother's number in case the family lose their phones again: [[ph|+57 310 482 9917]]. [[h|Cami]]'s sister in [[pl|Madrid]] is also a contact: [[ph|+34 612 48 93 07]], and [[h|Pipe]]'s brother in [[pl|Lyon]] on [[ph|06 71 28 44 90]]. [[h|Cami]]'s own e-mail, for the housing forms, is [[e|cami dot restrepo94 at example dot com]].
[[h|Pipe]] was at work. [[h|Juanjo]] was at school – mum says he is "sad all the time" and misses his friends.
Any news on moving them? The bathroom is shared with six rooms and there is no lock.
Thanks,
[[p|Hannah]]
Health Visitor | Walworth 0–19 team | [[ph|020 7946 0553]]
""")

note("co", "dict", """
dictated note visit to [[h|cami]] and [[h|salome]] [[d|10th april]] at the new place [[a|flat 2 44 manor place]] [[pl|london]] [[pc|se17 3bd]] finally a two bed flat with a washing machine mum much happier she says the kids have their own room [[h|juanjo]] has stuck his football posters up and is walking to school now [[h|salome]] is seven months sitting well babbling mama and papa weight 7.9 kilos on the fiftieth mum is breastfeeding and giving solids {{arepas}} mashed with avocado she laughed and said [[h|pipe]] cooks them every morning the way his mother does {{EPDS}} today 8 much improved she has found a {{spanish}} speaking mums group at the library on fridays plan 1 year review in september discharge from early help agreed with [[p|delia]]
""")

# ---- 23. Orthodox Jewish (Salford)
household("jw", "Orthodox Jewish",
          ("mother", "Chaya Rivka Greenberg", ["Rivky"]),
          ("partner", "Yehuda Leib Greenberg", []),
          ("baby", "Shmuel Greenberg", []),
          ("sibling", "Esther Malka Greenberg", ["Esty"]),
          ("sibling", "Mendel Greenberg", []))

note("jw", "mw", """
Community midwife – postnatal day 5
Date: [[d|Tue 14/01/2025]]    MW: [[p|Orly Stern]]
Woman: [[h|Chaya Rivka Greenberg]] ("[[h|Rivky]]"), P6. Baby boy, born [[d|09/01/2025]] at home (BBA) – {{Hatzola}} attended and brought mum and baby to [[hs|North Manchester General Hospital]] for checks. Baby named at his bris on day 8 ([[d|16/01]]) – will be [[h|Shmuel]] (parents told me the name in confidence today; not announced yet).
Address: [[a|19 Leicester Road]], [[pl|Salford]] [[pc|M7 4FF]]
Mum: fundal height involuting, lochia normal, BP 112/74. Breastfeeding well, {{6th}} baby. Help from her mother ({{Bubbe}} to the children) and the community's postnatal home where she will stay for a week from Thursday.
Baby: 3.75kg (birth 3.9kg), jaundice mild, feeding 2–3 hourly. Blood spot taken.
Older children: [[h|Esther Malka]] ([[h|Esty]], 11) at [[s|Bnos Tikvah Girls' School]]; [[h|Mendel]] (3) at a nursery; three others away at school/yeshiva – not on our record. Husband [[h|Yehuda Leib]] works at the kollel in the mornings.
Circumcision: family aware of the signs of bleeding and infection; mohel's number recorded on the hospital record.
Next: day 10 before discharge, [[d|19/01]] (avoiding {{Shabbat}}).
""")

note("jw", "ref", """
REFERRAL TO COMMUNITY PAEDIATRICS (developmental concerns)
Child's name: [[h|Mendel Greenberg]]    DOB: [[d|22 Aug 2021]]    NHS number: <<nhs:fw>>
Parent(s): [[h|Yehuda Leib Greenberg]] and [[h|Chaya Rivka Greenberg]]
Address: [[a|19 Leicester Road]], [[pl|Salford]] [[pc|M7 4FF]]    Home phone: [[ph|0161 496 0489]]    Father's e-mail: [[e|y.l.greenberg(at)example(dot)org]]
Languages at home: {{Yiddish}} (main), English, {{Hebrew}} for prayer
Referrer: [[p|Naomi Lieberman]], Health Visitor ({{Charedi}} community liaison)    Date: [[d|2025-03-04]]
Reason for referral: [[h|Mendel]] (3y 6m) has very few words in any language (about 20 in {{Yiddish}}, 5 in English), lines up toys, little eye contact, distress with loud noise (e.g. the {{Hatzola}} siren, the shofar in shul). Nursery ([[s|Gan Yeladim Nursery]], keyworker Mrs [[p|Schwarz]]) share the concerns. Hearing test normal ([[d|Dec 2024]]).
Parents' view: father worried about a label affecting the family's standing in the community; mother would like an assessment "so we know how to help him". Both consent.
Other: baby sibling born {{January}}; mother well. No safeguarding concerns.
Please send appointment letters in English; the family prefer a phone call first, not on Friday afternoons or Saturdays.
""")

note("jw", "sn", """
School nurse – Year {{6/7}} health review ([[s|Bnos Tikvah Girls' School]])
Date: [[d|21/05/2025]]    SN: [[p|Dvora Klein]]
Pupil: [[h|Esther Malka Greenberg]] ("[[h|Esty]]"), 11    DOB: [[d|03/11/2013]]
Height 146cm, weight 37kg (BMI {{50th centile}}). Vision {{6/6}} both eyes. Hearing normal.
Talked about sleep and screens (the family have no TV; a shared phone for calls). Sleeps 9 hours. Helps with her brothers and the new baby after school, "but {{Mamme}} says homework first".
Asked about worries: her younger brother [[h|Mendel]] is "waiting to see a doctor about his talking". She would like to understand autism; gave an age-appropriate leaflet, which she will show her mother.
Immunisations: MMR x2 given. HPV consent form for Year 8 next year – explained; parents to decide.
No concerns. Next contact: Year 9 or by request.
""")

note("jw", "bullet", """
HV handover – [[p|Karen Whitworth]] to [[p|Naomi Lieberman]] ({{Charedi}} liaison HV), [[d|30/06/2025]]
[[h|GREENBERG]] – [[a|19 Leicester Rd]], [[pl|Salford]]
- Baby [[h|Shmuel]], 5 months: 7.2kg, {{75th centile}}. Breastfed. 8, 12 and 16 week immunisations given (dad brought him; mum prefers a female nurse).
- Mum [[h|Rivky]]: {{EPDS}} 7. Tired – six children, two at home in the day.
- [[h|Mendel]]: community paediatrics appointment [[d|15 Sept]] with Dr [[p|Aviva Cohen]]; SALT waiting list. Parents doing the {{Hanen}} "More Than Words" course.
- [[h|Esty]] (11) very helpful with the little ones – no concerns from school nurse.
- Visiting: not Friday after 1pm ({{Shabbat}}), not on {{Yom Tov}} – {{Rosh Hashanah}} falls on [[d|23–24 September]] this year.
- Dad [[h|Yehuda Leib]]: mobile [[ph|07700 900 486]]; mum prefers calls to the landline.
- Car: grey {{Ford Galaxy}}, [[v|MA70 GKZ]].
- Interpreter: not needed; [[h|Chaya Rivka]] reads English well, {{Yiddish}} leaflets on request.
""")

# ---- 24. Finnish (Aberdeen)
household("fi", "Finnish",
          ("mother", "Aino Virtanen", []),
          ("partner", "Mikko Korhonen", []),
          ("baby", "Elsa Korhonen", []),
          ("sibling", "Onni Korhonen", []))

note("fi", "hv", """
Universal Health Visiting Pathway – 11–14 day visit (first HV visit)
Date: [[d|23.10.2025]]    HV: [[p|Morag Buchan]]
Address: [[a|Flat 6, 41 Sunnybank Road]], [[pl|Aberdeen]] [[pc|AB24 3NJ]]
Present: [[h|Aino Virtanen]] (mum), [[h|Mikko Korhonen]] (dad, offshore engineer – home for two weeks), [[h|Elsa]] (12 days), [[h|Onni]] (3).
Birth: [[d|11 October]] at [[hs|Aberdeen Maternity Hospital]], 3.52kg, SVD.
Feeding: breastfeeding exclusively, going well. Weight 3.61kg.
[[h|Aino]] laughed that the Scottish {{Baby Box}} "is a Finnish idea" – her {{mummo}} in [[pl|Tampere]] had one for her mother. Safe sleep in the box or cot discussed; mattress fits.
Money: {{Best Start Grant}} pregnancy payment received; {{Scottish Child Payment}} applied for. [[h|Onni]] has his funded nursery place (1140 hours).
{{Bookbug}} bag given; [[h|Onni]] chose the book.
Mood: [[h|Aino]] well; worried about when [[h|Mikko]] goes back offshore on [[d|6/11]] – no family here. Signposted to the {{Bookbug}} sessions at the library and the {{Finnish}} Saturday school parents' group.
They have bought a new-build, [[a|Plot 15, Kingswells Gate]], and move in [[d|March 2026]].
Next: 3-week visit [[d|30/10]].
""")

note("fi", "letter", """
[[pl|Aberdeen]] City Council – Early Learning and Childcare
[[a|Marischal College, Broad Street]], [[pl|Aberdeen]] [[pc|AB10 1AB]]

[[d|4th November 2025]]

Parent/carer of [[h|Onni Korhonen]]
[[a|Flat 6, 41 Sunnybank Road]]
[[pl|Aberdeen]] [[pc|AB24 3NJ]]

Dear Ms [[h|Virtanen]],
Funded early learning and childcare – [[h|Onni Korhonen]] (date of birth [[d|18/05/2022]])
Following your request to change settings, we are pleased to offer [[h|Onni]] a place at [[s|Sunnybank Nursery School]] from [[d|Monday 5 January 2026]]: Monday to Friday, 8.30am to 2.30pm during term (1140 hours a year).
Please accept or decline the place by [[d|18 November 2025]] by e-mailing [[e|elc.admissions@aberdeen.gov.example.org]] or calling [[ph|0131 496 0625]] and quoting reference [[r|ELC-26-55713]].
Your current setting, [[s|Little Oaks Nursery Tillydrone]], will hold the place until [[d|19 December]].
Yours sincerely,
Early Learning and Childcare Admissions
""")

note("fi", "gp", """
[[hs|Old Aberdeen Medical Practice]]
[[a|Regent Walk]], [[pl|Aberdeen]] [[pc|AB24 1SX]]
Tel [[ph|0131 496 0247]]

[[d|29 October 2025]]

Dear [[p|Morag]],
[[h|Elsa Korhonen]], DOB [[d|11/10/2025]], CHI/NHS <<nhs:run>>
Mother: [[h|Aino Virtanen]]
Thank you for referring [[h|Elsa]] with jaundice at 14 days. I saw her today with her father, Mr [[h|Korhonen]]. She is breastfed, feeding well, with yellow stools and pale urine, and is gaining weight. Prolonged jaundice screen taken: total bilirubin 168, conjugated 9 – this is a normal, unconjugated picture consistent with breast milk jaundice. Thyroid screen (from the newborn blood spot) normal.
No further action; please continue to monitor and refer again if stools become pale or the jaundice has not settled by 6 weeks.
Of note, [[h|Mikko]] mentioned that his partner has been crying a lot since he was told he must go back offshore early. I would be grateful if you could check in with [[h|Aino]].
Yours sincerely,
Dr [[p|Fraser McAllister]]
""")

note("fi", "sms", """
Texts with [[h|Aino]] (HV work phone) – [[p|Morag]]
[[d|07/11]] 21:50 [[h|Aino]]: sorry it is late. [[h|Mikko]] left this morning and [[h|elsa]] is crying 3 hours, [[h|onni]] also crying. i feel i cannot do this
[[d|07/11]] 21:53 HV: I'm glad you messaged. Are you safe and are the children safe right now?
[[d|07/11]] 21:55 [[h|Aino]]: yes. only tired. i put [[h|Elsa]] in the box and i sit in the kitchen 5 min
[[d|07/11]] 21:57 HV: That was the right thing to do. If it gets too much again please call {{NHS 24}} on 111 or {{Breathing Space}} on [[ph|0808 157 0300]]. I'll come tomorrow [[d|Sat 8th]] at 10 – I'm on the weekend rota.
[[d|07/11]] 22:10 [[h|Aino]]: kiitos. my sister in [[pl|Oulu]] will call me now. her number if you need [[ph|+358 40 718 2264]]
[[d|08/11]] 12:15 HV: Thank you for today [[h|Aino]]. {{EPDS}} 15 – I'll ask your GP to call you on Monday, and I've referred you to {{Home-Start}} for a volunteer. Take care x
""")

# ---- 25. Sierra Leonean (Croydon)
household("sl", "Sierra Leonean (Krio)",
          ("mother", "Fatmata Kamara", ["Fatu"]),
          ("partner", "Mohamed Sesay", []),
          ("baby", "Aminata Sesay", []),
          ("sibling", "Ibrahim Sesay", []))

note("sl", "fnp", """
FNP visit – infancy, visit 4
Date: [[d|12/02/2025]]    Family nurse: [[p|Lauren Pike]]    Place: [[a|Flat 5, 23 Windmill Road]], [[pl|Croydon]] [[pc|CR0 2XP]]
Client: [[h|Fatmata Kamara]] ("[[h|Fatu]]"), 18. Baby [[h|Aminata]] ("[[h|Ami]]"), 9 weeks. Also home: [[h|Ibrahim]] (7), partner [[h|Mohamed]]'s son, who lives with them.
Topics: baby's sleep and crying; "my relationships".
[[h|Aminata]]: 5.1kg, smiling, good head control in tummy time. Breastfed and {{SMA}} at night.
[[h|Fatu]] said her mother-in-law rings from [[pl|Freetown]] most days and "wants to know everything". She talks to her in {{Krio}}; [[h|Fatu]]'s own first language is {{Mende}}. [[h|Mohamed]] is kind but works long hours as a security guard.
[[h|Ibrahim]] and [[h|Fatu]] get on well; she walks him to [[s|Winterbourne Junior Boys' School]] each morning with the pram. His mum lives in [[pl|Luton]] and he sees her in the holidays.
Goal setting: [[h|Fatu]] wants to start college in September (childcare: [[h|Aminata]] could use a {{Care to Learn}} place). 
Mobile changed: [[ph|07700 900 623]].
Next visit [[d|26/02]].
""")

note("sl", "mins", """
STRATEGY MEETING – RISK OF FGM (minutes)
Date: [[d|16/07/2025]], 14:00, by video    Chair: [[p|Olivia Brennan]] (MASH team manager)
Present: DC [[p|Femi Adeyinka]] (Child Abuse Investigation Team), [[p|Grace Conteh]] (FGM specialist midwife, [[hs|Croydon University Hospital]]), [[p|Lauren Pike]] (family nurse), [[p|Musa Bangura]] (community FGM advocate), [[p|Kate Ellery]] (SW, minutes)
Child: [[h|Aminata Sesay]], 7 months, DOB [[d|05/12/2024]]. Half-brother: [[h|Ibrahim Sesay]], 7.
Information: mother [[h|Fatmata Kamara]] (18, FNP client) had type 2 FGM recorded at booking, done in [[pl|Kenema]] when she was nine. On [[d|10/07]] she told her family nurse that her mother-in-law in [[pl|Freetown]] has bought tickets for her and the baby to travel in {{August}} "for the baby's naming and {{Bondo}}". She is frightened and does not want [[h|Aminata]] cut. Father [[h|Mohamed Sesay]] says it will not happen but "my mother is strong".
Police: no previous. Flight details: [[d|9 August]], return [[d|30 August]]. Grandmother's number in [[pl|Freetown]]: [[ph|+232 76 418 220]].
Discussion: FGM is an offence in the UK and for UK nationals and residents abroad ({{Female Genital Mutilation Act 2003}}). Risk factors: family history, travel to a country where FGM is common, grandmother's influence. Protective factors: both parents say they oppose it.
Decision: {{Section 47}} enquiry. Local authority to apply for an FGM Protection Order including surrender of the baby's passport. [[p|Musa Bangura]] to meet [[h|Mohamed]] with a {{Krio}}-speaking advocate.
""")

note("sl", "sw", """
Social work – {{Section 47}} home visit    Case no. [[r|CRY-CP-77402]]
Date: [[d|18 July 2025]]    SW: [[p|Kate Ellery]]    With: [[p|Musa Bangura]] (advocate)
Seen: [[h|Fatmata]], [[h|Mohamed]], [[h|Aminata]] (asleep, then awake and content), [[h|Ibrahim]] (home from school, seen alone in his room – talked about football and his sister; no worries raised).
[[h|Mohamed]] spoke openly. He said he had told his mother many times "no cutting" but she had booked the tickets with her own money. He agreed to hand over [[h|Aminata]]'s British passport and his own Sierra Leonean passport until the court hearing. He asked that his mother be told it was the court's decision, "so she does not blame [[h|Fatu]]".
[[h|Fatmata]] cried with relief. She asked whether she could still go to {{Sierra Leone}} one day to see her own family. Explained that the order is about [[h|Aminata]] and that we can review.
Home: clean, warm, food in the cupboards. Baby's growth on track per FNP.
FGMPO granted without notice at [[pl|Croydon]] Family Court, [[d|21/07/2025]], ref [[r|FGM-CR-0091]]. Passports held by the local authority.
Outcome: child protection plan not needed; Child in Need plan with the FNP and advocate. Review [[d|Sept 2025]].
""")

note("sl", "chron", """
Chronology – [[h|Aminata Sesay]] (DOB [[d|5 December 2024]])
[[d|2024-05-20]]  [[h|Fatmata Kamara]] (17) booked at 14 weeks. FGM type 2 recorded. FGM IS alert planned.
[[d|2024-06-03]]  FNP enrolment, family nurse [[p|Lauren Pike]].
[[d|2024-12-05]]  [[h|Aminata]] born at [[hs|Croydon University Hospital]], 3.0kg. FGM IS alert added to her record.
[[d|2025-02-12]]  FNP: mother-in-law in [[pl|Freetown]] calling daily.
[[d|2025-07-10]]  [[h|Fatu]] discloses planned trip and fear of FGM for [[h|Aminata]].
[[d|2025-07-16]]  Strategy meeting. {{Section 47}}.
[[d|2025-07-18]]  SW and advocate visit; father agrees to surrender passports.
[[d|2025-07-21]]  FGM Protection Order granted.
[[d|2025-08-09]]  Flight date passed; grandmother told by [[h|Mohamed]]. Family report she was "angry but accepted".
[[d|2025-09-15]]  [[h|Fatu]] starts at [[s|Croydon College]]; [[h|Aminata]] at [[s|Rainbow Stars Nursery]] 3 days ({{Care to Learn}}).
[[d|2025-10-02]]  CIN review: stepped down to FNP-only support.
""")

# ---- 26. Tongan (Gloucester)
household("to", "Tongan",
          ("mother", "Salote Fifita", []),
          ("partner", "Sione Tupou", []),
          ("baby", "Losaline Tupou", ["Lose"]),
          ("sibling", "Tevita Tupou", []))

note("to", "ref", """
EARLY HELP REQUEST FORM
Family surname(s): [[h|Tupou]] / [[h|Fifita]]
Address: [[a|17 Kingsholm Road]], [[pl|Gloucester]] [[pc|GL1 3BA]]
Main contact: [[h|Salote Fifita]] (mother)    Tel: [[ph|07700 900 512]]    NI: [[ni|LY 65 02 84 A]]
Children: [[h|Losaline]] ("[[h|Lose]]"), 4 months; [[h|Tevita]], 6, Y1 at [[s|Kingsholm C of E Primary School]]
Other adults: [[h|Sione Tupou]] (father), professional rugby player – contract ends [[d|30/06/2025]] after a knee injury.
Language: {{Tongan}} at home; both parents speak English.
Referrer: [[p|Jade Halliwell]], Health Visitor, [[hs|Gloucester Health Access Centre]]
Reason: family came from [[pl|Nukuʻalofa]] in 2023 on [[h|Sione]]'s work visa. If the contract is not renewed, the visa may end. [[h|Salote]] has no family in the UK apart from a cousin in [[pl|Swindon]] and is low ({{EPDS}} 14). [[h|Sione]] is drinking more since the injury (his words). No violence disclosed.
Family's goals: advice on visa and benefits; a group for [[h|Salote]]; help for [[h|Tevita]], who is upset about "going back to {{Tonga}}".
Consent: yes, both parents, [[d|12 May 2025]].
""")

note("to", "hv", """
HV visit – [[d|Wednesday 21st May]]    HV: [[p|Jade Halliwell]]
Seen at home: [[h|Salote]], [[h|Lose]] (4½ months), [[h|Sione]] (on crutches).
[[h|Lose]]: 7.9kg ({{91st centile}}), length on the {{91st}} too – proportionate, a big healthy baby like her brother was. Rolling both ways. [[h|Salote]] wants to start solids; we agreed to wait until around 6 months and talked about first foods (she plans taro and banana mashed).
[[h|Salote]]: says she is worried she will never {{lose}} the baby weight and that people at church comment. Explored: body image, low mood ({{EPDS}} 13). She would like to try the postnatal walking group at the park. Talked about her feeling "far from everyone"; her mother in [[pl|Nukuʻalofa]] rings on Sundays ([[ph|+676 77 41 829]]).
[[h|Sione]] showed me the club's video of his last try before the injury ([[u|youtu.be/Qm7Xk29LpWa]]).
[[h|Sione]]: surgery on his knee next month. He said he is "not used to being at home". The club's player welfare manager is helping with the visa; he agreed to me speaking to them.
[[h|Tevita]] (6): at school; mum says he is wetting at night again since dad was injured.
Plan: Early Help allocated (FSW [[p|Leanne Moss]]); school nurse for [[h|Tevita]]; next HV contact at the 1-year review or sooner.
""")

note("to", "sn", """
School nursing – enuresis contact (home visit)
Date: [[d|18/06/2025]]    SN: [[p|Priya Chauhan]]    School: [[s|Kingsholm C of E Primary School]]
Child: [[h|Tevita Tupou]], 6 (Y1), DOB [[d|09/02/2019]], NHS <<nhs:spaced>>
Referred by HV [[p|Jade Halliwell]]. Seen at home with mum [[h|Salote Fifita]]; dad [[h|Sione]] resting upstairs after his knee operation at [[hs|Gloucestershire Royal Hospital]] on [[d|Friday 13th]].
History: dry at night from age 4; wetting again 4–5 nights a week since {{April}}, when dad was injured and the family began to talk about going back to {{Tonga}}. Dry in the day. No constipation, no pain passing urine.
Seen alone for a few minutes: [[h|Tevita]] said, unprompted, that he does not want to {{lose}} his friends. He likes rugby "like Dad" and his teacher [[p|Miss Perrett]].
Assessment: secondary nocturnal enuresis, most likely linked to worry and change.
Plan: 6–8 water-based drinks spread through the day, toilet before bed, no blame or punishment; {{ERIC}} leaflet; reward chart for drinks and toilet before bed, not for dry nights. Review in 4 weeks; alarm if no better.
Mum says a church friend, Mrs [[p|Leota]], helps with the school run. She can be reached on [[ph|07700 900 771]] if mum is not answering.
""")

note("to", "sup", """
Supervision reflection – [[p|Jade Halliwell]] (HV), [[d|1 July 2025]]
Family: [[h|Tupou]] / [[h|Fifita]] – [[h|Lose]] (5 months) and [[h|Tevita]] (6).
Update: the contract was not renewed. The club found [[h|Sione]] a coaching role at a community club in [[pl|Bristol]], which keeps the visa. The family move on [[d|1 August]]. [[h|Salote]] is relieved but sad to leave the church friends she has only just made.
What I want to reflect on: at one visit [[h|Salote]] said, laughing, "in {{Tonga}} a big baby is a healthy baby", and I launched into the centile chart and weaning guidance before I asked what she meant. She went quiet. I think I heard it as a risk (overfeeding) rather than as pride and love. [[h|Lose]] is proportionate and growing along her centile – there was no risk.
My supervisor ([[p|Anita Baines]]) asked what I knew about {{Tongan}} family life. Not much: I had not asked about the church, the extended family, or what "far from everyone" means for [[h|Salote]].
Next steps: transfer to the [[pl|Bristol]] HV team with a warm handover call; include what matters to the family, not only the risks. I will do some reading on Pacific Islander communities in the UK before my next case of this kind.
""")

# ---- 27. English, word names (Bradford)
household("en1", "English (Yorkshire)",
          ("mother", "Ivy Wood", []),
          ("partner", "Rocky Mason", []),
          ("baby", "River Mason", []),
          ("sibling", "Jasper Wood", []))

note("en1", "sw", """
Case note – Children's Social Care, [[pl|Bradford]]    Case ref: [[r|BFD-CIN-40917]]
Date: [[d|14/01/2025]]    SW: [[p|Hollie Brear]]    Visit type: unannounced
Address: [[a|6 Beck Side Cottages, Low Lane]], [[pl|Keighley]] [[pc|BD21-4QN]]
Present: [[h|Ivy Wood]] (mother, 22), [[h|Rocky Mason]] (father, 25), [[h|River]] (7 months), [[h|Jasper]] (4, [[h|Ivy]]'s son from a previous relationship).
Referral: the HV raised concerns about the cold in the house and about [[h|River]]'s weight.
The cottage is old and damp. The only heat is a {{wood}} burner in the front room; they are burning pallets because they cannot afford logs. The {{ivy}} on the back wall has grown in through the bathroom window frame. No smoke alarm upstairs; CO alarm present.
[[h|River]] was in the front room in a bouncer, dressed warmly, alert and smiling. [[h|Jasper]] showed me his den under the stairs. Both children clean.
[[h|Rocky]] works cash in hand as a stone {{mason}}'s labourer when there is work; [[h|Ivy]] is at home. [[h|Rocky]] said the couple have had "a {{rocky}} few months" but are "sorting it". No DA disclosed; I will ask [[h|Ivy]] on her own next time.
The beck at the bottom of the garden floods – last month water came under the back door. [[h|Jasper]] is not allowed near the {{river}} path on his own.
Actions: referral to the warm homes scheme; smoke alarm via the fire service; HV to weigh [[h|River]] weekly; CIN meeting [[d|28/01]].
""")

note("en1", "sms", """
texts between HV [[p|Kerry Ackroyd]] and mum (copied in)
[[d|20/01]] 09:03 mum: hiya its [[h|ivy]]. [[h|river]] was sick in the night and [[h|rocky]] says take him to a and e is that right
[[d|20/01]] 09:07 HV: Morning [[h|Ivy]]. Is he still being sick? Is he taking his milk and having wet nappies? Any temperature or rash?
[[d|20/01]] 09:12 mum: no just once. hes on his play mat now laughing at [[h|jasper]]
[[d|20/01]] 09:14 HV: Sounds like he's ok then. Keep offering milk, watch his nappies. Ring 111 if he's sick again or floppy. I'll still see you Thurs for his weigh x
[[d|23/01]] 13:40 mum: cant do today sorry, the car wont start and [[h|rocky]]s at work
[[d|23/01]] 13:41 HV: No worries, I'll come to you at 3. Can you leave the gate open, the dog was out last time!
[[d|23/01]] 15:45 HV: Thanks [[h|Ivy]]. [[h|River]] 7.9kg – up 200g 😊 The warm homes team will ring you on [[ph|01632 960 453]] – save it so you know it's them.
[[d|23/01]] 15:50 mum: brill ta. sorry about the mud we walked back along the {{river}}
[[d|23/01]] 15:52 mum: ps dont add me on fb [[h|rocky]] checks it. insta [[hd|ivy.wood.x]] is ok
""")

note("en1", "dict", """
dictated in the car [[d|6th february]] visit to [[h|ivy wood]] at the cottage [[h|river]] is eight months now he is 8.1 kilos back on the {{25th centile}} sitting on his own crawling backwards spoke to [[h|ivy]] alone while [[h|rocky]] took [[h|jasper]] out to collect {{wood}} for the burner [[h|ivy]] said there is no violence but [[h|rocky]] shouts when he has been drinking and she takes the kids to her mum's in [[pl|Skipton]] when it gets bad she does not want to leave him gave her the {{Women's Aid}} number saved under the name of the nursery asked about [[h|jasper]] who is 4 and starting school in september she said he is a bit of a handful and talks about a man called [[p|Craig]] who used to live with them we discussed safety planning i will discuss with the social worker [[p|hollie brear]] before the CIN meeting
""")

note("en1", "mins", """
MARAC – case summary (Case 7)    Date: [[d|Wed 5th March 2025]]    Area: [[pl|Bradford]] & Airedale
Victim: [[h|Ivy Wood]], 22    Children: [[h|Jasper Wood]] (4), [[h|River Mason]] (8 months)
Perpetrator: [[h|Rocky Mason]], 25, DOB [[d|17/08/1999]]
Referral: {{West Yorkshire Police}}, after a 999 call from [[h|Ivy]] on [[d|25/02/2025]] at 23:12: [[h|Rocky]] threw a mug at the wall near the children and took her phone. He left before police arrived. Crime ref [[r|WYP-13022-25]]. {{DASH}} 17.
Information shared:
- Police: Mr [[h|Mason]] has a previous for assault on an ex-partner (2019). Vehicle: blue {{Vauxhall Corsa}}, [[v|YH15 RKW]].
- Children's social care ([[p|Hollie Brear]]): CIN since {{January}}; moving to a strategy discussion.
- HV ([[p|Kerry Ackroyd]]): [[h|River]]'s weight has recovered; [[h|Ivy]] had disclosed shouting when drinking.
- IDVA ([[p|Saima Akhtar]], Phone:
[[ph|0113 496 0327]]): [[h|Ivy]] wants [[h|Rocky]] to leave; she does not want him prosecuted. She is staying at her mother's in [[pl|Skipton]], address known to police.
Actions:
1. Police to seek a DVPN/DVPO; marker on [[a|6 Beck Side Cottages]] and on the mother's address.
2. IDVA to support a non-molestation order application.
3. School ([[s|Oakbank Nursery]]) to be told who may collect [[h|Jasper]].
4. HV to continue visits at the grandmother's house.
""")

# ---- 28. Scottish, word names (Dundee)
household("sc", "Scottish",
          ("mother", "Storm Bell", []),
          ("partner", "Euan Field", []),
          ("baby", "Sky Field", []),
          ("sibling", "Morven Bell", []))

note("sc", "hv", """
Universal Pathway – 6–8 week review (home)
Date: [[d|Monday 3rd March 2025]]    HV: [[p|Eilidh Soutar]]
Address: [[a|Flat 2/1, 48 Clepington Road]], [[pl|Dundee]] [[pc|DD3 7BN]]
Seen: [[h|Storm Bell]] (mum, 20), baby [[h|Sky]] (7 weeks) and [[h|Morven]] (2). Dad [[h|Euan Field]] at work.
The {{bell}} doesn't work – had to phone up from the street.
[[h|Sky]]: 5.0kg, {{50th centile}}. Hips, eyes, heart normal at GP check. Smiling. Bottle-fed ({{Kendamil}}); making feeds up correctly. Sleeps in the {{Baby Box}} at the side of the bed.
[[h|Storm]]: {{EPDS}} 11. Says she is "fine" but tired; [[h|Morven]] has been waking at night since the baby came. Her mum helps. Smoking – 5 a day, outside.
[[h|Morven]]: 2 years 3 months; speech – 20+ words, putting two together. 27–30 month review due in {{April}}.
Sleep aid: [[h|Storm]] has an {{Ewan the Dream Sheep}} for the baby – safety: kept out of the cot.
Money: {{Scottish Child Payment}} in place; {{Best Start Grant}} early learning payment for [[h|Morven]] applied for.
The windows rattled the whole visit – the {{storm}} last night took slates off the roof next door.
Next: 13–15 month review, or sooner if needed.
""")

note("sc", "ref", """
INTER-AGENCY REFERRAL – CHILD PROTECTION CONCERN ([[pl|Dundee]])
Date/time: [[d|14/04/2025]] 16:20    Referrer: [[p|Eilidh Soutar]], Health Visitor, [[hs|Lochee Health Centre]]    Tel: [[ph|0131 496 0311]]
Child(ren): [[h|Sky Field]] (DOB [[d|13/01/2025]]), [[h|Morven Bell]] (DOB [[d|02/12/2022]])
CHI numbers: <<nhs:run>>; <<nhs:dash>>
Parent/carers: [[h|Storm Bell]] (mother), [[h|Euan Field]] (father of [[h|Sky]])
Address: [[a|Flat 2/1, 48 Clepington Road]] [[pc|DD3 7BN]]
Nature of concern: at a planned visit today [[h|Morven]] (2) had a bruise on her left cheek and two small round bruises on her upper arm. [[h|Storm]] said [[h|Morven]] fell against the coffee table. She did not explain the arm. [[h|Storm]] was tearful and said "[[h|Euan]]'s got a temper". Smell of cannabis in the flat.
Action taken: discussed with senior nurse [[p|Fiona Gellatly]]; this referral to social work and police for an IRD. Child seen, no immediate danger – [[h|Euan]] at work until 10pm.
Other information: [[h|Euan]] drives a white van, [[v|SF19 DKX]]. He fits {{Sky}} dishes for a satellite firm.
""")

note("sc", "letter", """
[[pl|Dundee]] Children and Families Service
[[a|Dundee House, 50 North Lindsay Street]], [[pl|Dundee]] [[pc|DD1 1NZ]]

[[d|2 May 2025]]

Ms [[h|Storm Bell]]
[[a|Flat 2/1, 48 Clepington Road]]
[[pl|Dundee]] [[pc|DD3 7BN]]

Dear Ms [[h|Bell]],
Child Protection Planning Meeting – [[h|Morven Bell]] and [[h|Sky Field]]
I am writing to invite you to a Child Protection Planning Meeting on [[d|Thursday 15 May 2025]] at 10am, at [[hs|Whitfield Family Centre]], [[a|Whitfield Drive]], [[pl|Dundee]].
The meeting will look at the concerns about [[h|Morven]]'s injuries on [[d|14 April]] and decide whether the children's names should be placed on the child protection register. Your social worker, [[p|Craig Duthie]], will go through his report with you before the meeting.
Mr [[h|Euan Field]] will be invited separately, as agreed, because of the bail conditions.
You can bring a friend, relative or advocate. If you would like an advocate, please contact [[p|Lorna Kydd]] at {{Who Cares? Scotland}} on [[ph|0141 496 0826]].
If you have any questions please ring me on [[ph|496 0672]] office.
Yours sincerely,

[[p|Alison Guthrie]]
Independent Chair
""")

note("sc", "chron", """
Chronology – [[h|BELL]] / [[h|FIELD]] (health)
[[d|13/01/2025]] [[h|Sky]] born at [[hs|Ninewells Hospital]], 39+5, 3.4kg. Mum [[h|Storm Bell]] (20).
[[d|27/01/2025]] HV first visit. [[h|Morven]] (2) well. Smoke-free home discussed.
[[d|03/03/2025]] 6–8 week review. {{EPDS}} 11. Dad [[h|Euan]] not seen.
[[d|14/04/2025]] Bruises to [[h|Morven]]'s cheek and arm. IRD. Joint investigation.
[[d|15/04/2025]] Paediatric examination at [[hs|Ninewells Hospital]]: arm bruises consistent with grip marks. [[h|Euan Field]] charged; bail not to enter [[a|48 Clepington Road]].
[[d|15/05/2025]] CPPM: both children registered (physical abuse – [[h|Morven]]; risk – [[h|Sky]]).
[[d|02/06/2025]] Core group. [[h|Storm]] engaging. Nursery place for [[h|Morven]] at [[s|Fintry Nursery]].
[[d|21/07/2025]] [[h|Euan]] seen near the flat; [[h|Storm]] phoned police. {{Police Scotland}} ref [[r|PS/DD/04183/25]].
[[d|08/09/2025]] Review CPPM: remain registered. [[h|Sky]] 8 months, 8.3kg. [[h|Storm]] using the {{Sky}} box to watch baby classes on iPlayer – laughing, she said "wee [[h|Sky]] watches {{Sky}}".
""")

# ---- 29. English, word names (Luton)
household("en2", "English (Bedfordshire)",
          ("mother", "Faith Hope", []),
          ("partner", "Dean Cook", []),
          ("baby", "Bliss Cook", []),
          ("sibling", "Chase Hope", []))

note("en2", "fnp", """
FNP visit record – pregnancy, visit 12    Date: [[d|Fri 7th Feb 2025]]    FN: [[p|Natalie Broome]]
Client: [[h|Faith Hope]], 17, 33 weeks    Home: [[a|22 Marsh Road]], [[pl|Luton]] [[pc|LU3 2QF]] (lives with her mum and brother [[h|Chase]], 8)
Baby's father: [[h|Dean Cook]], 19, at college doing catering.
Agenda: "preparing for labour" and "my relationships".
[[h|Faith]] has packed her hospital bag. She wants [[h|Dean]] and her mum at the birth. She said "I {{hope}} it's quick!"
Relationship: [[h|Dean]] wants to move in with [[h|Faith]]'s family after the birth; her mum has said no. [[h|Faith]] feels "stuck in the middle". We used the relationship tools – she named respect and trust as what matters most.
{{Faith}}/church: the family go to a Pentecostal church; [[h|Faith]] says her {{faith}} helps her feel calm. The pastor's wife, Mrs [[p|Ofori]], has offered baby clothes.
Feeding: wants to breastfeed "but try bottles as well". Talked about how to {{cook}} simple meals on a budget – [[h|Dean]] is already a good cook and laughs that he will "{{cook}} for the baby too".
Next visit [[d|21/02]] – "what babies need". [[h|Faith]]'s number [[ph|07700 900 193]].
""")

note("en2", "caps", """
MATERNITY DISCHARGE SUMMARY – COPY TO GP AND HV
MOTHER: [[h|FAITH HOPE]]    DOB: [[d|04/06/2007]]    HOSPITAL REF: [[r|LDH4471820]]
BABY: [[h|BLISS COOK]] (FEMALE)    DOB: [[d|02/03/2025]]    TIME: 06:41    WEIGHT: 3.02KG
NHS NO (BABY): <<nhs:spaced>>
DELIVERY: SVD AT 39+1, [[hs|LUTON AND DUNSTABLE UNIVERSITY HOSPITAL]]. EBL 350ML. 2ND DEGREE TEAR SUTURED.
APGAR: {{9/10}} AT 1 MIN, {{10/10}} AT 5 MIN.
FEEDING: BREAST + FORMULA TOP-UPS.
BABY CHECKS: NIPE NORMAL. HEARING SCREEN – CLEAR RESPONSE BOTH EARS. VITAMIN K IM GIVEN.
SOCIAL: FNP CLIENT (FN [[p|NATALIE BROOME]]). FATHER [[h|DEAN COOK]] PRESENT. MOTHER LIVES AT [[a|22 MARSH ROAD]] [[pc|LU3 2QF]] WITH HER MOTHER AND BROTHER.
DISCHARGED: [[d|03/03/2025]] TO COMMUNITY MIDWIFERY. BLOOD SPOT DUE DAY 5.
""")

note("en2", "sup", """
FNP supervision – reflective discussion, [[d|17 April 2025]]
Nurse: [[p|Natalie Broome]]    Supervisor: [[p|Sandra Kemp]]
Client: [[h|Faith]] (17); baby [[h|Bliss]] (6 weeks); baby's father [[h|Dean]] (19).
What I brought: since the birth, [[h|Faith]]'s mum has asked [[h|Dean]] to leave twice after arguments. [[h|Faith]] is caught between them. Last visit [[h|Dean]] was waiting outside in his car ([[v|R482 WLF]]) and texted her 14 times during the hour. [[h|Faith]] laughed it off: "he's just excited to see [[h|Bliss]]". I felt uneasy but didn't say so.
Reflection: I noticed I like [[h|Dean]] – he is gentle with [[h|Bliss]], he brought me a cup of tea, and he is trying hard at college. I wondered whether that made me less curious about the texting. I also noticed I felt pleased that he is "involved" because so many of my clients' partners are not.
Supervisor's challenge: what would I think if a 19-year-old I didn't like texted a 17-year-old 14 times in an hour? Control and monitoring can start small.
Plan: next visit alone with [[h|Faith]]; use the healthy relationships materials; ask directly about her phone, money and friends. Keep [[h|Chase]] (8) in mind – he is often in the room.
I {{hope}} I can do this without [[h|Faith]] feeling judged.
""")

note("en2", "gp", """
[[hs|Marsh Farm Health Centre]]
[[a|Purley Centre]], [[pl|Luton]] [[pc|LU3 3SR]]    Tel [[ph|01632 960 198]]

[[d|16/05/2025]]

Dear Family Nurse ([[p|Natalie Broome]]),
Re: [[h|Bliss Cook]] (DOB [[d|02/03/2025]]) and her mother [[h|Faith Hope]] (DOB [[d|04/06/2007]])
I saw [[h|Faith]] and [[h|Bliss]] today for the baby's 8-week check and [[h|Faith]]'s postnatal check. [[h|Bliss]] is well: 5.2kg, hips stable, heart sounds normal, red reflexes present. First immunisations given today.
[[h|Faith]] asked for contraception and has chosen the implant. She was quiet, and when I asked how things were at home she became tearful. She told me that [[h|Dean]] reads her messages, including on snapchat ([[hd|deancook_06]]), and has told her she cannot go to her friend's birthday. She said he has never hurt her. I have given her the {{Refuge}} helpline, explained that what she describes can be controlling behaviour, and with her agreement I am letting you know. She did not want police or social care involved. She is 17, so I have also discussed this with our practice safeguarding lead, Dr [[p|Anjali Mehta]].
Her {{EPDS}} today was 12.
Yours sincerely,
Dr [[p|Thomas Wilde]]
""")

# ---- 30. English, word names (King's Lynn)
household("en3", "English (Norfolk)",
          ("mother", "Destiny Page", []),
          ("partner", "Rowan Shepherd", []),
          ("baby", "Haven Shepherd", []),
          ("sibling", "Rebel Page", []))

note("en3", "mw", """
Community midwife – postnatal day 2 (home)    Date: [[d|27.08.2025]]    MW: [[p|Kirsty Lamb]]
Woman: [[h|Destiny Page]], 23, P2    Baby: [[h|Haven]] (girl), born [[d|25.08.2025]] at [[hs|Queen Elizabeth Hospital King's Lynn]], 3.28kg
Address: [[a|14 Gaywood Road]], [[pl|King's Lynn]] [[pc|PE30 2PU]]
Present: partner [[h|Rowan Shepherd]], big sister [[h|Rebel]] (3).
Mum: fundal height 14cm below the umbilicus, lochia normal, BP 121/78. Breastfeeding – nipples sore; latch corrected. Wants to keep going: "I {{haven't}} given up yet!"
Baby: feeding 8–10 times a day, 4 wet nappies, meconium changing. Mild jaundice to the face.
[[h|Rebel]] is very proud, keeps saying "my baby". She has been a little {{rebel}} at bedtime since the birth, says mum.
[[h|Rowan]] has two weeks' paternity leave; he is cooking – {{shepherd's pie}} tonight.
Plan: day 5 visit with blood spot on [[d|Sat 30th]].
""")

note("en3", "bullet", """
HV team – weekly vulnerable families huddle, [[d|6 October 2025]]
[[h|Page]]/[[h|Shepherd]] – [[a|14 Gaywood Road]] – HV [[p|Becca Thurlow]]
• [[h|Haven]] 6 weeks: 4.6kg, {{25th centile}}. Breastfed. 6–8 week review done [[d|Thu 2nd]].
• Mum [[h|Destiny]]: {{EPDS}} 16, Q10 = 1. Crying daily; "I {{haven't}} felt right since she was born". GP appointment booked for tomorrow; perinatal referral sent.
• [[h|Rowan]] back at work (warehouse, nights) – [[h|Destiny]] alone with both girls at night.
• [[h|Rebel]] (3): funded 15 hours at [[s|Gaywood Park Pre-School]] from next week.
• Support: [[h|Destiny]]'s mum [[p|Tracey]] lives in [[pl|Downham Market]]; no car. {{Home-Start}} referral agreed.
• Safety plan for mum's mood shared, including {{Samaritans}} 116 123 and the crisis line [[ph|0808 157 0614]].
• Next contact: HV visit in 1 week ([[d|13/10]]).
""")

note("en3", "email", """
From: [[p|Becca Thurlow]] <[[e|becca.thurlow@norfolkhv.example.org]]>
To: Perinatal Mental Health Team
Date: [[d|Tue, 7 Oct 2025]] 17:31
Subject: Urgent referral – [[h|Destiny Page]] (NHS <<nhs:dot>>)

Hello,
I'd be grateful if [[h|Destiny]] could be seen this week. She is 23, six weeks postpartum with her second baby ([[h|Haven]]). {{EPDS}} 16 yesterday, with thoughts of self-harm "sometimes", no plan. GP (Dr [[p|Okwu]], [[hs|St James Medical Practice]]) saw her today, started {{sertraline}} 50mg and supports the referral.
Protective factors: her children, her mum ([[p|Tracey]]), partner [[h|Rowan]] – though he works nights. She said "they are my {{destiny}}, I can't leave them" when I asked what keeps her going.
Address: [[a|14 Gaywood Road]], [[pl|King's Lynn]] [[pc|PE30 2PU]]. Mobile: [[ph|07700 900 761]]. She is happy to be called; please text first, she doesn't answer unknown numbers.
Social media: she follows a postnatal support {{page}} ([[u|https://www.facebook.example.com/groups/lynnmums]]) and finds it helpful.
Many thanks,
[[p|Becca]]
Health Visitor, [[pl|King's Lynn]] North
""")

note("en3", "sw", """
Children's Services – Early Help assessment summary    Ref: [[r|NCC-EHA-28806]]
Date: [[d|3 November 2025]]    Practitioner: [[p|Martin Cobb]], Family Support Worker
Family: [[h|Destiny Page]] (mother), [[h|Rowan Shepherd]] (father), [[h|Rebel]] (3), [[h|Haven]] (10 weeks).
What's working well: [[h|Destiny]] is now seeing the perinatal team weekly and says the medication is helping. She is out of bed and walking [[h|Rebel]] to pre-school. [[h|Rowan]] has moved to day shifts. [[h|Haven]] is thriving (HV: 5.6kg).
What we're worried about: money – [[h|Rowan]]'s shifts change means less pay; the electricity is on a prepayment meter that runs out at weekends. [[h|Destiny]] said she goes without food so the girls can eat. The flat is cold.
What needs to happen: {{Household Support Fund}} application; energy advice from [[hs|Lynn Community Advice Centre]]; food bank referral as a bridge (a neighbour has also started a fundraiser: [[u|gofund.me/7d41c0e9]]); check {{Child Benefit}} for [[h|Haven]] is in payment.
Views: [[h|Rebel]], asked what she likes at home, said "my baby and my {{rowan}} tree" – the tree by the front door that her dad planted for her. [[h|Destiny]] said the family is "a safe {{haven}}" now and she wants to keep it that way.
Next review: [[d|15/12/2025]].
""")


if __name__ == "__main__":
    main()
