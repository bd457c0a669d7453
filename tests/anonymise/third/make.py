#!/usr/bin/env python3
"""Third held-out corpus for the anonymiser (tests/anonymise/third).

Written from docs/anonymiser.md alone (see README.md). Standard library only.

    python3 make.py          # render the notes, write corpus.jsonl, check it
    python3 make.py --check  # re-check an existing corpus.jsonl only

Notes are written below in a small markup:
    ⟦kind|text⟧   a labelled identifier (kind may be abbreviated, see ABBR)
    ⟪text⟫        a word or phrase that must survive (goes into "keep")
    «nhs» «nhs-» «nhs0» «nhs.»   a fresh NHS number (spaced, dashed, run together, dotted)
Every byte offset is computed here from the rendered text; none is typed by hand.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 31337
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")

KINDS = {
    "household", "person", "place", "address", "postcode", "phone", "email", "url",
    "handle", "date", "nhs_number", "ni_number", "reference", "school",
    "health_service", "vehicle",
}
ABBR = {
    "h": "household", "p": "person", "pl": "place", "a": "address", "pc": "postcode",
    "ph": "phone", "e": "email", "u": "url", "hd": "handle", "d": "date",
    "nhs": "nhs_number", "ni": "ni_number", "r": "reference", "s": "school",
    "hs": "health_service", "v": "vehicle",
}
ROLES = {"mother", "father", "partner", "baby", "sibling", "grandparent",
         "other_adult", "other_child"}
STYLES = {
    "handover": "handover note",
    "fnp": "Family Nurse Partnership visit record",
    "midwife": "midwife postnatal check",
    "social_work": "social work case note",
    "conference": "child protection conference minutes",
    "marac": "MARAC summary",
    "strategy": "strategy discussion notes",
    "gp_letter": "GP letter",
    "ae": "A&E liaison form",
    "nursery": "nursery welfare concern form",
    "message": "e-mail or text messages between professionals",
    "voice": "voice note transcribed without punctuation",
    "supervision": "supervision reflection",
}

# --------------------------------------------------------------------------
# numbers


def nhs_ok(d):
    if len(d) != 10 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def new_nhs(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return "".join(map(str, d)) + str(c)


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIQUVO")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_ok(s):
    t = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D]?)", t)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NI_BAD_FIRST and b not in NI_BAD_SECOND and a + b not in NI_BAD_PREFIX


POSTCODE = re.compile(
    r"(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})", re.I)


def postcode_ok(s):
    return POSTCODE.fullmatch(s.strip()) is not None


# --------------------------------------------------------------------------
# markup


def render(src, rng):
    """Markup -> (text, [(cstart, cend, kind)], [keep])."""
    def nhs_sub(m):
        d = new_nhs(rng)
        style = m.group(1)
        if style == "-":
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif style == "0":
            v = d
        elif style == ".":
            v = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        else:
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        return f"⟦nhs|{v}⟧"
    src = re.sub(r"«nhs([-0.]?)»", nhs_sub, src)
    out, labels, keep = [], [], []
    i, pos = 0, 0
    while i < len(src):
        ch = src[i]
        if ch == "⟦":
            j = src.index("⟧", i)
            body = src[i + 1:j]
            kind, _, txt = body.partition("|")
            kind = ABBR.get(kind, kind)
            if kind not in KINDS or not txt or re.search(r"[⟦⟪⟫\n]", txt):
                raise ValueError(f"bad label {body!r}")
            labels.append((pos, pos + len(txt), kind))
            out.append(txt)
            pos += len(txt)
            i = j + 1
        elif ch == "⟪":
            j = src.index("⟫", i)
            txt = src[i + 1:j]
            if re.search(r"[⟦⟧⟪\n]", txt):
                raise ValueError(f"label inside keep {txt!r}")
            if txt not in keep:
                keep.append(txt)
            out.append(txt)
            pos += len(txt)
            i = j + 1
        elif ch in "⟧⟫«»":
            raise ValueError(f"stray {ch} near {src[max(0, i - 30):i]!r}")
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), labels, keep


def to_record(nid, text, labels, keep, household):
    idents = []
    for cs, ce, kind in labels:
        bs = len(text[:cs].encode("utf-8"))
        be = bs + len(text[cs:ce].encode("utf-8"))
        idents.append({"start": bs, "end": be, "kind": kind, "text": text[cs:ce]})
    return {"id": nid, "text": text, "household": household,
            "identifiers": idents, "keep": keep}


# --------------------------------------------------------------------------
# households: (name, role, aliases). Aliases are only names recorded on the
# household; nicknames and short forms the docs say are inferred are left out.

HOUSEHOLDS = {
    "hu": ("Hungarian", [("Katalin Németh", "mother", []), ("Zoltán Varga", "partner", []),
                         ("Bence Varga", "baby", []), ("Réka Varga", "sibling", [])]),
    "cz": ("Czech", [("Tereza Dvořáková", "mother", []), ("Jiří Dvořák", "father", []),
                     ("Matyáš Dvořák", "baby", []), ("Libuše Dvořáková", "grandparent", [])]),
    "sk": ("Slovak", [("Zuzana Horváthová", "mother", []), ("Marek Kováč", "partner", []),
                      ("Ema Kováčová", "baby", []), ("Filip Horváth", "sibling", [])]),
    "ua": ("Ukrainian", [("Oksana Melnyk", "mother", []), ("Andrii Melnyk", "father", []),
                         ("Sofiia Melnyk", "baby", ["Sofia"]), ("Danylo Melnyk", "sibling", []),
                         ("Halyna Melnyk", "grandparent", [])]),
    "ru": ("Russian", [("Yekaterina Sokolova", "mother", ["Katya"]),
                       ("Dmitri Sokolov", "father", []), ("Mikhail Sokolov", "baby", [])]),
    "al": ("Albanian", [("Elira Hoxha", "mother", []), ("Arben Shehu", "partner", []),
                        ("Dea Shehu", "baby", []), ("Mirela Hoxha", "grandparent", [])]),
    "gr": ("Greek", [("Eleni Papadopoulou", "mother", []),
                     ("Nikolaos Papadopoulos", "father", ["Nikos"]),
                     ("Ioannis Papadopoulos", "baby", ["Yiannis"]),
                     ("Despina Karra", "grandparent", [])]),
    "it": ("Italian", [("Giulia Rossi", "mother", []), ("Matteo Bianchi", "partner", []),
                       ("Chiara Bianchi", "baby", []), ("Rosa Rossi", "grandparent", [])]),
    "es": ("Spanish", [("Lucía Fernández", "mother", []), ("Javier Moreno", "father", []),
                       ("Martina Moreno Fernández", "baby", []),
                       ("Pablo Moreno Fernández", "baby", [])]),
    "fr": ("French", [("Camille Lefèvre", "mother", []), ("Julien Martin", "partner", []),
                      ("Théo Lefèvre", "baby", []), ("Inès Lefèvre", "sibling", [])]),
    "de": ("German", [("Anke Schröder", "mother", []), ("Tobias Schröder", "father", []),
                      ("Lena Schröder", "baby", []), ("Jonas Schröder", "sibling", [])]),
    "nl": ("Dutch", [("Femke de Vries", "mother", []), ("Sander Jansen", "partner", []),
                     ("Daan Jansen", "baby", []), ("Sem Jansen", "sibling", [])]),
    "ph": ("Filipino", [("Maricel Santos", "mother", []), ("Jomar Reyes", "partner", []),
                        ("Angel Mae Reyes", "baby", []), ("Lourdes Santos", "grandparent", [])]),
    "th": ("Thai", [("Siriporn Wongsakul", "mother", ["Nok"]),
                    ("Gareth Ashworth", "partner", []), ("Lila Ashworth", "baby", [])]),
    "np": ("Nepali", [("Sarita Gurung", "mother", []), ("Bikash Gurung", "father", []),
                      ("Aarav Gurung", "baby", []), ("Anisha Gurung", "sibling", [])]),
    "ta": ("Sri Lankan Tamil", [("Tharshini Sivakumar", "mother", []),
                                ("Sivakumar Rajendran", "father", []),
                                ("Kavin Sivakumar", "baby", []),
                                ("Kamala Rajendran", "grandparent", [])]),
    "ml": ("Malayali", [("Anju Thomas", "mother", []), ("Jibin Mathew", "father", []),
                        ("Evana Jibin", "baby", []), ("Ethan Jibin", "sibling", [])]),
    "ir": ("Iranian", [("Maryam Ahmadi", "mother", []), ("Reza Karimi", "partner", []),
                       ("Nika Karimi", "baby", [])]),
    "sy": ("Syrian", [("Nour Al-Masri", "mother", []), ("Fadi Al-Masri", "father", []),
                      ("Tala Al-Masri", "baby", []), ("Kareem Al-Masri", "sibling", [])]),
    "sd": ("Sudanese", [("Amna Osman", "mother", []), ("Elfatih Babiker", "father", []),
                        ("Malaz Elfatih", "baby", []), ("Mohanad Babiker", "other_child", [])]),
    "zw": ("Zimbabwean (Shona)", [("Tendai Moyo", "mother", []),
                                  ("Tatenda Chikomo", "partner", []),
                                  ("Nyasha Chikomo", "baby", []), ("Rudo Moyo", "grandparent", [])]),
    "ke": ("Kenyan", [("Wanjiru Kamau", "mother", ["Wanji"]), ("Brian Otieno", "father", []),
                      ("Baraka Otieno", "baby", []), ("Zawadi Kamau", "sibling", [])]),
    "cd": ("Congolese", [("Grâce Mbuyi", "mother", []), ("Patrick Kabongo", "father", []),
                         ("Merveille Kabongo", "baby", []), ("Béni Kabongo", "sibling", [])]),
    "hk": ("Hong Kong Chinese", [("Wing Yan Chan", "mother", []),
                                 ("Ka Ho Leung", "father", ["Kelvin"]),
                                 ("Hei Tung Leung", "baby", ["Hayley"])]),
    "jp": ("Japanese", [("Yuki Tanaka", "mother", []), ("Kenji Tanaka", "father", []),
                        ("Haruto Tanaka", "baby", [])]),
    "kr": ("Korean", [("Ji-woo Park", "mother", []), ("Min-jun Park", "father", []),
                      ("Seo-yeon Park", "baby", [])]),
    "e1": ("English (word names)", [("Hazel Fisher", "mother", []), ("Jet Stone", "partner", []),
                                    ("Wren Fisher", "baby", []), ("Sonny Fisher", "sibling", [])]),
    "e2": ("English (word names)", [("Clover Hunter", "mother", []),
                                    ("Flint Archer", "partner", []),
                                    ("Meadow Hunter-Archer", "baby", []),
                                    ("Bear Archer", "other_child", [])]),
    "e3": ("English (word names)", [("Honey Parker", "mother", []),
                                    ("Deacon Carter", "father", []),
                                    ("Promise Parker", "baby", []),
                                    ("Goldie Parker", "grandparent", [])]),
    "e4": ("English (word names)", [("Precious King", "mother", []), ("Duke Baker", "partner", []),
                                    ("Treasure King-Baker", "baby", []),
                                    ("Royal Baker", "sibling", [])]),
}

NOTES = []


def N(fam, style, src):
    assert fam in HOUSEHOLDS, fam
    assert style in STYLES, style
    NOTES.append((fam, style, src.strip("\n")))


# ==========================================================================
# Hungarian
N("hu", "handover", """
HV team handover, ⟦d|Mon 3 March⟧
Family: ⟦h|Katalin Németh⟧ (mum, 31), partner ⟦h|Zoltán Varga⟧, baby ⟦h|Bence⟧ (DOB ⟦d|11/02/2025⟧, NHS «nhs») and ⟦h|Réka⟧ (age 5, Reception at ⟦s|Brookfield Primary⟧).
Address: ⟦a|9 Coppice Walk⟧, ⟦pl|Peterborough⟧ ⟦pc|PE1 4RW⟧.
⟪Hungarian⟫ spoken at home. ⟦h|Kati⟧ is fluent in English; ⟦h|Zoli⟧ prefers an ⟪interpreter⟫ for anything medical. Family came over from ⟦pl|Debrecen⟧, ⟪Hungary⟫.
NBV: weight 3.61kg, 50th ⟪centile⟫, back to birth weight by day 10. Breastfed plus one ⟪formula⟫ top-up (60ml) at night. ⟪Safe sleep⟫ discussed, sleeping in a ⟪Moses basket⟫ in the parents' room. ⟪EPDS⟫ 8.
Mum's mobile ⟦ph|07700 900417⟧.
Next contact: 6-8 week review on ⟦d|14/04⟧.
""")

N("hu", "gp_letter", """
Dear Dr ⟦p|Halloran⟧,
Re: ⟦h|Katalin Nemeth⟧, DOB ⟦d|22.07.1993⟧
⟦a|9 Coppice Walk⟧, ⟦pl|Peterborough⟧ ⟦pc|PE1 4RW⟧. NHS No. «nhs0»

I visited Mrs ⟦h|Nemeth⟧ at home on ⟦d|Thursday 20th March⟧ with her son ⟦h|Bence⟧, now ⟪5/52⟫. She scored 14 on the ⟪EPDS⟫ and 11 on the ⟪GAD-7⟫, and answered yes to both ⟪Whooley⟫ questions. She describes low mood, poor sleep beyond the baby's waking and tearfulness most days. No thoughts of self-harm; good protective factors (her children, her partner ⟦h|Zoltan⟧, and her sister in ⟦pl|Budapest⟧ whom she rings daily).
She took ⟪sertraline⟫ 50mg in ⟪Hungary⟫ after ⟦h|Reka⟧ was born and found it helpful. She is exclusively breastfeeding. I would be grateful if you could review her. I have referred her to ⟪Home-Start⟫ and given her the ⟪Samaritans⟫ number.

Yours sincerely,
⟦p|Gemma Thornley⟧, Health Visitor
⟦hs|Northfield Children's Centre⟧, tel ⟦ph|01632 960584⟧ ext 2214
""")

N("hu", "voice", """
voice note 0915 just left ⟦h|kati⟧ and ⟦h|zoli⟧'s place baby ⟦h|bence⟧ feeding well 4.9kg now between the 50th and 75th ⟪centile⟫ no concerns with weight mum says ⟦h|reka⟧ has had nightmares since they moved to ⟦a|flat 4 quarry mews⟧ a man from the old address keeps turning up she thinks it's the landlord's cousin white van reg ⟦v|kx19 bvl⟧ I said ring 101 if he comes again and gave her the ⟪Citizens Advice⟫ number about the deposit she also asked about ⟪Healthy Start⟫ cards need to chase that next visit ⟦d|tues 15th⟧ ok end
""")

N("hu", "supervision", """
Supervision reflection (caseload review with ⟦p|Olive Marsh⟧)
I have visited this family since ⟦h|Bence⟧ was born. What stays with me is how ⟦h|Katalyn⟧ apologises for her English, which is careful and exact. At the last visit she said "in ⟪Hungarian⟫ I am a different person", and I realised I have only ever met her in her second language.
⟪Major⟫ concerns: none. Smaller worries: her mood (⟪EPDS⟫ down from 14 to 9 on ⟪sertraline⟫) and ⟦h|Réka⟧'s nightmares, which ⟦s|Brookfield⟧ have noticed too.
I want to offer the next review with a ⟪Hungarian⟫ ⟪interpreter⟫ from ⟪Language Line⟫, not because she needs one but so she can choose. ⟦p|Olive⟧ asked whether I hold back on the harder questions because of the language. Probably I do. I ⟪promise⟫ myself to ask about the landlord's cousin directly next time, and to ask ⟦h|Zoltán⟧ how he is, not only how she is.
""")

# ==========================================================================
# Czech
N("cz", "midwife", """
Community midwife postnatal check, day 5: ⟦d|07/01/2025⟧
Mother: ⟦h|Tereza Dvorakova⟧ (19), NHS «nhs-». Baby: ⟦h|Matyas Dvorak⟧, born ⟦d|02/01/2025⟧ 03:40 at ⟦hs|Rosewell Birth Centre⟧, SVD, ⟪Apgar⟫ ⟪9/10⟫ at 1 minute and ⟪10/10⟫ at 5.
Baby: 3.28kg (birth 3.46kg, 5.2% loss). Jaundice to chest only, SBR not indicated. Cord clean and dry. ⟪Bloodspot⟫ taken today. Feeding 8-10 times in 24 hours, good latch, 6+ wet nappies.
Mum: lochia normal, perineum healing, BP 118/76. Afterpains, taking ⟪paracetamol⟫ and ⟪ibuprofen⟫. Mood good. Her mother ⟦h|Libuše⟧ is over from ⟦pl|Brno⟧ for ⟪3/52⟫ to help.
Language: ⟪Czech⟫; good English.
Contact: mum ⟦ph|+44 7700 900 236⟧; partner ⟦h|Jiří⟧ ⟦ph|+420 736 412 095⟧.
Discharge to HV planned for ⟦d|12/01⟧. Midwife: ⟦p|Rachel Obi⟧.
""")

N("cz", "fnp", """
Family Nurse Partnership: visit record
Client: ⟦h|Terka⟧ (⟦h|Tereza⟧), 19. Baby ⟦h|Maty⟧, 7 weeks. Visit ⟦d|19 February 2025⟧, home, 70 minutes.
Present: client, baby, and ⟦h|Jirka⟧ (father of baby) for the first half.
Feeding: moved to ⟪Aptamil⟫ First Infant Milk at 5 weeks, 5 x 150ml. Went through paced bottle feeding and making up feeds fresh. Weight on the 25th ⟪centile⟫, tracking.
Sleep: ⟪Next2Me⟫ crib by the bed, feet to foot. Dad smokes on the balcony; CO reading for client 9ppm (she has 5 a day). Referred to stop smoking service with her consent.
Money: ⟪Universal Credit⟫, ⟪Healthy Start⟫ applied for, card not yet arrived.
Client's goal: finish her level 2 childcare course at ⟦s|Marlowe College⟧.
She keeps a TikTok ⟦hd|@terka.dvo⟧ for baby photos; talked about privacy settings.
Next visit ⟦d|05/03⟧ at ⟦hs|Fairfield Family Hub⟧. Family Nurse: ⟦p|Laura Kiss⟧.
""")

N("cz", "message", """
From: ⟦p|Laura Kiss⟧ <⟦e|laura.kiss@example.org⟧>
To: ⟦e|safeguarding.midwives@example.org⟧
Sent: ⟦d|Tuesday 11 March 2025⟧ 16:02
Subject: ⟦h|T. Dvořáková⟧ / baby ⟦h|M⟧. – missed appointments

Hi both,
Just flagging that ⟦h|Tereza⟧ has missed two appointments (FNP on ⟦d|5/3⟧ and 8-week immunisations at ⟦hs|Orchard Medical Practice⟧ on the ⟦d|7th⟧). She texted from a new number, ⟦ph|07700 900 961⟧, saying she is "at my mum's", but ⟦h|Libuse⟧ went back to ⟦pl|Brno⟧ in ⟪January⟫ so I'm not sure where she means. Her insta is ⟦hd|terka_dvo⟧: the last post shows the baby in a car seat in a silver Octavia, reg ⟦v|YR71 HKP⟧, which I think is ⟦h|Jiri⟧'s.
Has anyone had contact since ⟦d|28 Feb⟧? Not escalating yet but I will discuss with my supervisor tomorrow.
Thanks,
⟦p|Laura⟧
⟦p|Laura Kiss⟧ | Family Nurse | ⟦ph|0113 496 0732⟧
""")

N("cz", "ae", """
A&E LIAISON FORM (PAEDIATRIC)
Patient: ⟦h|Matyáš Dvořák⟧   DOB: ⟦d|02-01-2025⟧   NHS: «nhs»
Attended: ⟦hs|Northgate General Hospital⟧ ED, ⟦d|23/03/2025⟧ 02:15
Presenting complaint: rolled off the sofa per father (⟦h|Jiří⟧), about 60cm onto laminate. 11 weeks old, not yet rolling per mum. Small bruise left parietal area. CT head normal.
Safeguarding: bruise in a non-mobile infant. Discussed with on-call paediatrician and ⟪MASH⟫; referral made, ref ⟦r|MASH-25-04417⟧. Skeletal survey booked.
Parents: ⟦h|Tereza⟧ (mum, 19) arrived 03:00 by taxi. Address given: ⟦a|Flat 2, Kestrel House, 41 Wyvern Road⟧, ⟦pl|Wisbech⟧ ⟦pc|PE13 2QT⟧.
GP: ⟦hs|Orchard Medical Practice⟧. FNP: ⟦p|Laura Kiss⟧, informed by email.
⟪Interpreter⟫: not needed (⟪Czech⟫ speakers, good English).
Liaison nurse: ⟦p|Sam Whitlow⟧
""")

# ==========================================================================
# Slovak
N("sk", "social_work", """
CASE NOTE: Children's Social Care
Case ref: ⟦r|CSC-3390172⟧   Date: ⟦d|14.05.2025⟧   Worker: ⟦p|Dominic Farrow⟧ (SW)
Home visit to ⟦h|Zuzana Horvathova⟧ and ⟦h|Marek Kovac⟧ at ⟦a|56 Tenter Street⟧, ⟦pl|Rotherham⟧ ⟦pc|S60 1LX⟧.
Seen: ⟦h|Zuzka⟧, ⟦h|Marek⟧, baby ⟦h|Ema⟧ (4 months) and ⟦h|Filip⟧ (7), who was seen alone in his room. ⟦h|Filip⟧ showed me his Lego and said he likes ⟦s|Thornhill Junior School⟧ "except dinner time".
Referral: school reported ⟦h|Filip⟧ said "⟦h|Marek⟧ pushed mum". Both adults deny it; ⟦h|Zuzana⟧ says they argued about money and no one touched anyone. ⟪Slovak⟫ interpreter (Mr ⟦p|Bartoš⟧) by phone.
History: ⟪Early Help⟫ closed in ⟦d|January 2025⟧.
Plan: single assessment continues. ⟪DASH⟫ with mum on her own next week. ⟪Citizens Advice⟫ for debt. Next visit ⟦d|Wednesday 21st⟧.
""")

N("sk", "nursery", """
NURSERY WELFARE CONCERN FORM
Setting: ⟦s|Puddleducks Day Nursery⟧
Child: ⟦h|Ema Kovacova⟧   DOB: ⟦d|09/01/2025⟧   Room: Babies
Date/time of concern: ⟦d|03/11/2025⟧ 08:20
Noticed by: ⟦p|Kerry-Ann Lomas⟧ (room leader)
What was seen/heard: On arrival ⟦h|Ema⟧ had a red ⟪mark⟫, about 2cm, on her left cheek. Dad (⟦h|Marek⟧) said she fell against the cot bars. ⟦h|Ema⟧ is pulling to stand. Nappy very full; bottle of ⟪formula⟫ in her bag from the day before.
Body map completed: yes.
Action: Discussed with DSL ⟦p|Sunita Rao⟧ at 08:45. Phoned mum on ⟦ph|07700 900 352⟧, no answer. Called social worker ⟦p|Dominic Farrow⟧ on ⟦ph|(0114) 496 0183⟧ and left a message.
Signed: ⟦p|K. Lomas⟧
""")

N("sk", "strategy", """
STRATEGY DISCUSSION (s47)
Date: ⟦d|05/11/2025⟧ 14:00, Teams
Children: ⟦h|Ema Kováčová⟧ (⟪10/12⟫), ⟦h|Filip Horváth⟧ (7)
Present: ⟦p|Dominic Farrow⟧ (SW, chair); DC ⟦p|Aisha Begum⟧ (police); ⟦p|Sunita Rao⟧ (nursery DSL); ⟦p|Gemma Haigh⟧ (HV); Dr ⟦p|Lindqvist⟧ (GP).
Information shared:
- Police: two domestic call-outs, ⟦d|12/08/2025⟧ (verbal, no crime) and ⟦d|30/10/2025⟧ (⟦h|Zuzana⟧ said she was pushed, later withdrew), crime ref ⟦r|SY-25-77310⟧.
- ⟦h|Marek⟧'s car: black Passat ⟦v|FD17 WNU⟧, seen outside nursery twice after he was told to stay away. He also uses his brother's old Transit, ⟦v|R472 HJK⟧.
- Nursery: red ⟪mark⟫ to ⟦h|Ema⟧'s cheek on ⟦d|3 Nov⟧.
- HV: mum disclosed at the 9-12 month review that she is "scared when he drinks".
Decision: threshold met for a joint s47 enquiry. Child protection medical for ⟦h|Ema⟧ at ⟦hs|Moorgate Children's Unit⟧. ⟦h|Filip⟧ to be spoken to at school by SW and DC. Mum to be offered an ⟪IDVA⟫ and the ⟪Refuge⟫ helpline.
""")

N("sk", "handover", """
Handover: ⟦p|Gemma Haigh⟧ (HV) to ⟦p|Robin Stead⟧ (HV), ⟦d|24/11/2025⟧
⟦h|Zuzana⟧ and the children went into refuge on ⟦d|20/11⟧: address confidential, do NOT write it down. ⟦h|Marek⟧ is bailed to ⟦a|14 Cranbrook Avenue⟧, ⟦pl|Doncaster⟧, not to contact.
⟦h|Ema⟧: 11 months, 8.9kg (50th ⟪centile⟫), cruising round the furniture, ⟪Vitamin D⟫ drops given. ⟦h|Filip⟧ has a place at ⟦s|Sandhill Primary⟧ from ⟪Monday⟫.
Mum's new number ⟦ph|07700 900 615⟧: give it to no one.
Next: 1-year review; bring ⟪Healthy Start⟫ forms and ⟪Start for Life⟫ leaflets in ⟪Slovak⟫.
""")

# ==========================================================================
# Ukrainian
N("ua", "midwife", """
Community midwife postnatal visit, day 3: ⟦d|Sat 8 June 2024⟧
Seen at the sponsor's home, ⟦a|The Old Forge, 2 Mill Lane⟧, ⟦pl|Harrogate⟧ ⟦pc|HG3 1QE⟧.
Mother ⟦h|Oksana Melnyk⟧ (32, P2) with baby ⟦h|Sofiia⟧ (3 days), son ⟦h|Danylo⟧ (4) and her mother ⟦h|Halyna⟧. Came from ⟦pl|Kharkiv⟧ through ⟪Homes for Ukraine⟫; sponsor Mrs ⟦p|Penelope Ashby⟧.
Languages: ⟪Ukrainian⟫ and ⟪Russian⟫; ⟪interpreter⟫ through ⟪Language Line⟫.
Baby: 3.05kg from 3.22kg (5.3% loss), feeding 2-3 hourly, mild jaundice face only. Hearing screen booked. ⟪Vitamin K⟫ IM given at birth.
Mum: EBL 350ml, perineum intact. Tearful today; husband ⟦h|Andrii⟧ is in ⟪Ukraine⟫ (army) and they speak most nights on video. Talked about baby blues and ⟪PND⟫.
Contact: ⟦ph|07700 900 148⟧
⟦h|Andrii⟧ (husband):
⟦ph|+380 67 412 5893⟧
""")

N("ua", "conference", """
INITIAL CHILD PROTECTION CONFERENCE: MINUTES (extract)
Date: ⟦d|16 January 2025⟧   Venue: ⟦hs|Crescent Road Family Centre⟧   Chair: ⟦p|Helen Ruddock⟧ (IRO)
Children: ⟦h|Sofiia Melnyk⟧ (⟪7/12⟫), ⟦h|Danylo Melnyk⟧ (4y 10m)
Present: ⟦h|Oksana Melnyk⟧ (mother); ⟪Ukrainian⟫ interpreter ⟦p|Iryna Bondar⟧; ⟦p|Kieran Walsh⟧ (SW); ⟦p|Abigail Trent⟧ (HV); Mrs ⟦p|Cotterill⟧ (Reception teacher, ⟦s|St Aidan's CE Primary⟧); PC ⟦p|Liam Foster⟧.
Apologies: ⟦h|Andrii Melnyk⟧ (father, in ⟪Ukraine⟫), who was sent the report at ⟦e|a.melnyk.ua@example.com⟧.
Summary: Since news in ⟪November⟫ that ⟦h|Andrii⟧ was missing near ⟦pl|Bakhmut⟧ (later found alive), ⟦h|Oksana⟧ has been drinking in the evenings. On ⟦d|02/01/2025⟧ police found ⟦h|Danylo⟧ alone at the bus stop on ⟦a|Victoria Avenue⟧ at 19:30 (police ref ⟦r|NYP-021544⟧). Grandmother ⟦h|Halyna⟧ had been admitted to hospital that day.
⟦h|Oksana⟧ said through the interpreter: "I am ashamed. I stopped. I want help." ⟪EPDS⟫ 19 at the HV visit on ⟦d|10/01⟧; GP started ⟪sertraline⟫ 50mg and referred to the ⟪perinatal mental health⟫ team.
Decision: Child Protection Plan, category ⟪neglect⟫, both children. Core group within 10 working days; review conference ⟦d|10 April 2025⟧.
""")

N("ua", "message", """
Texts copied into the record by HV ⟦p|Abigail Trent⟧, ⟦d|21/01/25⟧
[09:12] ⟦h|Oksana⟧: Good morning. Sorry I cant come clinic today. ⟦h|Sonia⟧ has temperature 38.4 and cough. I give ⟪Calpol⟫ 2.5ml
[09:15] HV: Thank you for letting me know. If she has fewer wet nappies, is floppy or breathing fast, ring ⟪111⟫ or go to A&E.
[09:31] ⟦h|Oksana⟧: She drink ok. ⟦h|Danylko⟧ is at school. My new number from today ⟦ph|07700 900 093⟧ old phone broke
[09:33] HV: Saved. I'll ring you tomorrow, ⟦d|Wed 22nd⟧, at 10.
[16:48] ⟦h|Oksana⟧: Thank you. Also sponsor say we must leave house by end of ⟪March⟫. I have letter from council, case number ⟦r|HOU-20417⟧. They ask my NI, it is ⟦ni|PR725019A⟧
[16:52] HV: That's worrying. Please ring ⟪Shelter⟫ and bring the letter on ⟪Thursday⟫. ⟪Citizens Advice⟫ in town can help too.
""")

N("ua", "voice", """
memo transcribed by dictation app not edited ⟦h|oksana melnyk⟧ home visit ⟦h|sofiia⟧ now 9 months weight 8.1 kilos on the 25th ⟪centile⟫ sitting well babbling mum much brighter says the ⟪sertraline⟫ helps ⟪EPDS⟫ 9 today down from 19 ⟦h|halyna⟧ home from hospital using a frame ⟦h|danylo⟧ settled at school teacher mrs ⟦p|cotterill⟧ says he is reading well ⟦h|andrii⟧ came over on leave for 10 days in ⟪march⟫ first time he has met ⟦h|sofiia⟧ they are moving to ⟦a|27 ashgrove road⟧ ⟦pl|knaresborough⟧ on the ⟦d|1st of may⟧ new postcode ⟦pc|hg5 0ab⟧ I'll update the system core group ⟦d|thursday 3rd april⟧ end of memo
""")

# ==========================================================================
# Russian
N("ru", "marac", """
MARAC REFERRAL SUMMARY: ⟦d|12 September 2024⟧
Victim: ⟦h|Yekaterina Sokolova⟧ ("⟦h|Katya⟧"), 29, DOB ⟦d|04/03/1995⟧, NI ⟦ni|JT 48 21 07 B⟧
Alleged perpetrator: ⟦h|Dmitri Sokolov⟧, 34, husband
Child: ⟦h|Mikhail⟧ (5 months)
Address: ⟦a|Flat 11, Beacon Court, Harbour Street⟧, ⟦pl|Hull⟧ ⟦pc|HU1 2PN⟧
⟪DASH⟫: ⟪16/24⟫, high risk. Referrer: ⟦p|Joanne Pike⟧, ⟪IDVA⟫.
Summary: Strangled on ⟦d|8th Sept⟧ when ⟦h|Katya⟧ tried to leave with the baby. He has her passport, controls the money and knows her ⟪Google⟫ password. Police attended; crime no. ⟦r|CR-0118230⟧; bailed not to attend ⟦a|Beacon Court⟧. Car: grey Audi A4 ⟦v|SK66 TLZ⟧.
Safe contact: her friend ⟦p|Natasha⟧ on ⟦ph|+44 (0)7700 900539⟧. Text only, never call: ⟦h|Katya⟧'s own phone may be monitored.
Risks: has threatened to take ⟦h|Mikhail⟧ to ⟦pl|Moscow⟧; his family are in ⟦pl|Novosibirsk⟧.
Requests: out-of-area ⟪Refuge⟫ place; port alert; ⟪MASH⟫ referral (ref ⟦r|MASH-31877⟧). ⟪Russian⟫ ⟪interpreter⟫ must be female and not from the local community.
""")

N("ru", "ae", """
ED SAFEGUARDING LIAISON (adult attending with a child)
Patient: ⟦h|Yekaterina Sokolova⟧   DOB ⟦d|04.03.95⟧   Hospital no. ⟦r|BH4471802⟧
Attended ⟦hs|Bankside Hospital⟧ on ⟦d|08/09/2024⟧ at 23:40. Neck pain and a hoarse voice after "he squeezed my neck". Petechiae above the collar line. CT angiogram normal. Photographs taken with consent.
Baby ⟦h|Misha⟧ (⟪5/12⟫) with her: well, fed, clean, no marks seen.
Police informed, PC ⟦p|Rowe⟧ attended. ⟪DASH⟫ 16: MARAC and ⟪IDVA⟫ referrals made.
Discharged at 04:10 to a friend's address (not recorded at her request).
Paediatric liaison informed; HV ⟦p|Saira Naz⟧, ⟦hs|Saltmarsh Lane Health Centre⟧.
⟪Interpreter⟫: ⟪Russian⟫, telephone, female.
""")

N("ru", "gp_letter", """
To: Dr ⟦p|Ingrid Aalto⟧, ⟦hs|Saltmarsh Lane Surgery⟧
From: ⟦p|Saira Naz⟧, Health Visitor
Date: ⟦d|2nd October 2024⟧
Re: ⟦h|Mikhail Sokolov⟧, DOB ⟦d|19/04/2024⟧, NHS «nhs», and his mother ⟦h|Yekaterina Sokolova⟧

Dear Dr ⟦p|Aalto⟧,
I saw ⟦h|Mikhail⟧ today. He has dropped from the 50th to the ⟪9th centile⟫ for weight since ⟪June⟫ (now 6.9kg at 5 months). He is formula fed (⟪SMA⟫, 5 x 180ml) and mum describes frequent large vomits and back arching. I would be grateful if he could be seen for possible reflux.
His mother still has neck pain after the assault on ⟦d|8/9⟧. She has moved, and asks that her new address is not shared with anyone who might pass it to her husband, ⟦h|Dmitri⟧. Please mark the record accordingly. Her safe number is ⟦ph|07700 900 066⟧.
With thanks,
⟦p|Saira Naz⟧
""")

N("ru", "supervision", """
Reflective supervision: ⟦p|Saira Naz⟧ with ⟦p|Bernadette Cole⟧
Case: the ⟦h|Sokolova⟧ family (⟦h|Katya⟧ and ⟦h|Misha⟧)
What happened: a colleague sent me a link, ⟦u|vk.com/katya.sokolova95⟧, where ⟦h|Dmitri⟧ had posted a photo of the street the refuge is on. I felt sick, and responsible, because I had visited that week.
What I did: rang the refuge manager and ⟦p|Joanne⟧ (IDVA) the same hour; the refuge moved her within two days.
What I learnt: ⟦h|Ekaterina⟧ (she writes it that way on her own forms) knew about the page before I did and had already changed her settings. I had treated her as fragile. She is not; she is ⟪Russian⟫-speaking, alone, and very capable.
What I will do differently: ask her what she already knows before I tell her what I think.
""")

# ==========================================================================
# Albanian
N("al", "fnp", """
Family Nurse Partnership: infancy visit 4
Client: ⟦h|Elira Hoxha⟧ (18)   Baby: ⟦h|Dea⟧, born ⟦d|30/06/2025⟧   Visit: ⟦d|Mon 28 July⟧, home
⟦h|Dea⟧ 4 weeks, 4.1kg (between 50th and 75th ⟪centile⟫). Breastfeeding going well and ⟦h|Elira⟧ is proud of it.
Contraception: ⟪Nexplanon⟫ booked at ⟦hs|Riverside Sexual Health Clinic⟧ on ⟦d|11/08⟧.
⟦h|Arben⟧ (FOB, 21) works at a car wash, cash in hand; worried about his immigration status. Referred to ⟪Citizens Advice⟫ and given a list of solicitors.
Her mother ⟦h|Mirela⟧ is visiting from ⟦pl|Tirana⟧ on a six-month visa.
Client's goal: ⟪ESOL⟫ class at college in ⟪September⟫. ⟪Albanian⟫ spoken; client declines an interpreter.
Next visit ⟦d|11 Aug⟧, 10am. Family Nurse: ⟦p|Cherry Lowe⟧.
""")

N("al", "handover", """
Handover: ⟦p|Cherry Lowe⟧ to ⟦p|Angel Fairweather⟧ (FN), ⟦d|1 October 2025⟧
⟦h|Elira⟧ (she likes ⟦h|Eli⟧), ⟦h|Arben Shehu⟧ and baby ⟦h|Dea Shehu⟧ (3 months) are now at ⟦a|Flat 7, 112 Stanley Road⟧, ⟦pl|Luton⟧ ⟦pc|LU4 8DG⟧, since ⟦d|15/09⟧.
Baby on the 25th ⟪centile⟫ after a drop; mixed feeding now with ⟪Kendamil⟫. ⟪PHQ-9⟫ 6 in September.
⟦h|Arben⟧'s brother ⟦p|Ilir⟧ lives upstairs and drives a blue Corolla, ⟦v|KM19 ZXP⟧. Police attended a party there in ⟪August⟫ (ref ⟦r|BED-25-30018⟧, no further action).
Client mobile: ⟦ph|07700900 734⟧. Dad: ⟦ph|+355 69 418 2207⟧ (⟪Albanian⟫ SIM). Client prefers ⟪WhatsApp⟫.
""")

N("al", "nursery", """
Welfare concern record: ⟦s|Sunflowers Pre-School⟧
Child: ⟦h|Dea Shehu⟧ (1y 2m)   Date: ⟦d|18/09/2026⟧   Key person: ⟦p|Sage Whitmore⟧
Concern: ⟦h|Dea⟧ was collected at 16:30 by her uncle ⟦p|Ilir⟧, who is not on her collection list and smelt strongly of cannabis. Mum's phone (⟦ph|07700 900 734⟧) went to voicemail. Dad answered on ⟦ph|+355 69 418 2207⟧ from ⟪Albania⟫ and said it was fine.
Action: child NOT released. Manager ⟦p|Trinity Okafor⟧ stayed with ⟦h|Dea⟧ until ⟦h|Elira⟧ arrived at 17:40. Mum upset, said ⟦p|Ilir⟧ "only helps". Logged on ⟪CPOMS⟫; ⟪Early Help⟫ discussed with mum, who agreed.
Signed: ⟦p|S. Whitmore⟧
""")

N("al", "message", """
From: ⟦e|a.fairweather@example.org⟧
To: ⟦e|earlyhelp.hub@example.org⟧
Date: ⟦d|21 Sep 2026⟧
Subject: ⟦h|Hoxha⟧ / ⟦h|Shehu⟧: Early Help request

Hi ⟦p|Marcus⟧,
Following the nursery's concern on ⟦d|18/09⟧ I have consent from ⟦h|Elira⟧ for an ⟪Early Help⟫ assessment. Two things you should know. Her sister-in-law has set up a fundraiser for ⟦h|Arben⟧'s legal fees, ⟦u|gofund.me/4e9b1c77⟧; mum is happy for us to know about it but please don't share it. And ⟦h|Elira⟧'s TikTok (⟦hd|@eli.hoxha.x⟧) has a video of ⟦h|Dea⟧ in the bath, which I've talked to her about.
She is free ⟪Tuesdays⟫ and ⟪Thursdays⟫ after 2.
Best,
⟦p|Angel⟧
""")

# ==========================================================================
# Greek
N("gr", "midwife", """
Midwifery postnatal discharge summary: ⟦d|19/05/2025⟧
Mother: ⟦h|Eleni Papadopoulou⟧, 36, G2P1. NHS «nhs.»
Baby: ⟦h|Ioannis⟧ ("⟦h|Yiannis⟧"), born ⟦d|9th May⟧ by emergency LSCS for failure to progress. Birth weight 3.91kg (⟪91st centile⟫); day 10 3.84kg.
Feeding: breastfeeding with a nipple shield; seen by the infant feeding team at ⟦hs|Heathfield Maternity Unit⟧.
Mum: wound healing, clips out day 5. ⟪Enoxaparin⟫ 40mg for 10 days (completed). Hb 98, on ⟪ferrous fumarate⟫ 210mg twice a day.
Social: lives with her husband ⟦h|Nikos⟧ at ⟦a|3 Kingfisher Rise⟧, ⟦pl|Cheltenham⟧ ⟦pc|GL52 6TU⟧; her mother ⟦h|Despina⟧ is staying from ⟦pl|Thessaloniki⟧. ⟪Greek⟫ and English spoken.
⟪EPDS⟫ 6. Talked through signs of ⟪PND⟫ and birth trauma.
Transfer to HV team at ⟦hs|St Barnabas Road Surgery⟧, ⟦ph|01632 960 771⟧. Midwife: ⟦p|Kirsty Delaney⟧.
""")

N("gr", "gp_letter", """
Dear Dr ⟦p|Farouk⟧,
Re: Mrs ⟦h|E. Papadopolou⟧, DOB ⟦d|1 Nov 1988⟧

I am writing about ⟦h|Eleni⟧, whom I have seen three times since the birth of her son. She describes flashbacks to the emergency caesarean on ⟦d|09.05.25⟧, avoids driving past the hospital and wakes with her heart racing. She scored 12 on the ⟪PHQ-9⟫ and 15 on the ⟪GAD-7⟫. She would like a referral to the birth reflections service at ⟦hs|Heathfield⟧ and to ⟪Talking Therapies⟫.
Her husband ⟦h|Nikolaos⟧ is supportive. Her mother returns to ⟪Greece⟫ on the ⟦d|30th⟧, which she dreads.
Baby is thriving (⟪75th centile⟫).

Kind regards,
⟦p|Lark Pemberton⟧, Health Visitor
""")

N("gr", "voice", """
ok voice note for the ⟦h|papadopoulos⟧ file ⟦d|tuesday 24 june⟧ saw mum and ⟦h|yianni⟧ weight 5.6 kilos ⟪75th centile⟫ off the nipple shield now mum laughing today first time I've seen that dad ⟦h|nikos⟧ was there he's a chef at a taverna in town brought me a bottle of ⟪olive⟫ oil from his village which I said I couldn't take grandma ⟦h|despina⟧ went home to ⟪greece⟫ on the ⟦d|30th⟧ and mum coped better than she feared baby's nhs number is «nhs» for the record next visit on ⟦d|8/7⟧ for the 8 week check
""")

N("gr", "social_work", """
Child in Need review note: ⟦d|03/02/2026⟧   Case ⟦r|CIN-44817⟧
SW: ⟦p|Mason Oyelaran⟧
The family became homeless after ⟦h|Nikos⟧'s restaurant closed and are in temporary accommodation at ⟦a|88 Orchard Vale Terrace⟧, ⟦pl|Gloucester⟧ ⟦pc|GL1 3NN⟧ (council ref ⟦r|TA-55019⟧).
⟦h|Nikos⟧ has gambling debts and is now with ⟪GamCare⟫. ⟦h|Eleni⟧ is back on ⟪sertraline⟫. ⟦h|Yiannis⟧ is 9 months, crawling; the room is cramped and he sleeps in a travel cot. ⟪Safe sleep⟫ went through again.
Plan: ⟪Shelter⟫ for the housing appeal; ⟪Home-Start⟫ volunteer Mrs ⟦p|Georgiou⟧ from next ⟪Monday⟫; review in ⟪6/52⟫.
""")

# ==========================================================================
# Italian
N("it", "handover", """
Transfer-in handover from ⟦hs|Kingsmead Health Visiting Team⟧, ⟦pl|Bath⟧
Family: ⟦h|Giulia Rossi⟧ (34), ⟦h|Matteo Bianchi⟧ (37), ⟦h|Chiara⟧ (DOB ⟦d|2024-11-18⟧), NHS «nhs».
New address: ⟦a|22 Cressbrook Way⟧, ⟦pl|Swindon⟧ ⟦pc|SN25 2HL⟧.
⟦h|Chiara⟧'s 9-12 month review was done on ⟦d|20/11/2025⟧: ⟪ASQ-3⟫ all above cut-off, 9.4kg (⟪75th centile⟫), four teeth. Egg allergy (hives); seen in allergy clinic, no adrenaline pen.
Mum works remotely for a firm in ⟦pl|Milan⟧. ⟦h|Chiara⟧'s nonna, ⟦h|Rosa⟧, came from ⟦pl|Naples⟧ and looks after her three days a week.
Good ⟪bath⟫ time and bedtime routine, ⟪Grobag⟫ 2.5 tog. ⟪Italian⟫ and English at home.
Phones: mum's Italian mobile ⟦ph|+39 348 218 5094⟧ (still used), UK ⟦ph|07700 900 316⟧.
""")

N("it", "ae", """
PAEDIATRIC ED: NOTIFICATION TO HEALTH VISITOR
Child: ⟦h|BIANCHI⟧, ⟦h|Chiara⟧   DOB: ⟦d|18-Nov-2024⟧   NHS: «nhs-»
Attendance: ⟦d|14/02/2026⟧ 18:05, ⟦hs|Swindon Vale Hospital⟧
Reason: hives and lip swelling about 10 minutes after eating panettone (egg). No airway compromise. ⟪Cetirizine⟫ 2.5mg given, observed for 4 hours, discharged. Referred for an adrenaline auto-injector review.
Brought by: grandmother ⟦h|Rosa Rossi⟧ (⟪Italian⟫ speaking; telephone interpreter used). Mother ⟦h|Giulia⟧ at work in ⟦pl|London⟧, spoken to on ⟦ph|020 7946 0312⟧.
Previous attendances: ⟦d|02/05/2025⟧ (bronchiolitis); ⟦d|23/08/2025⟧ (minor head injury, fell from the sofa).
Safeguarding concerns: none identified. For information to HV and to GP at ⟦hs|Pinehurst Lane Surgery⟧.
""")

N("it", "supervision", """
Supervision reflection: ⟦p|Candy Morrison⟧, HV
The ⟦h|Rossi-Bianchi⟧ household. Honestly, I noticed I am less curious with families like ⟦h|Giuli⟧'s, who are articulate and tell me everything is "fine". Three attendances at A&E in a year is not nothing, even if each one has a good explanation, and I only put them together because the liaison form listed them.
When I asked ⟪Nonna⟫ ⟦h|Rosa⟧ about the fall in ⟪August⟫ she said "la bambina" climbs everything, and laughed, and I laughed too and moved on.
What I'll do: see ⟦h|Chiara⟧ at home with both parents, ask about the sofa and the stairs gate, and keep the chronology up to date myself. The ⟪cherry⟫ on top: ⟦h|Matteo⟧ asked for the ⟪Family Hub⟫ dads' group details, which no dad on my caseload has ever done.
""")

N("it", "message", """
Email forwarded to the HV duty inbox, ⟦d|Friday 6th March⟧
From: ⟦h|Giulia Rossi⟧
"Hi, please use my personal email from now, the old one was work: ⟦e|giuliarossi84 at example dot com⟧. ⟦h|Chiara⟧ starts at ⟦s|Little Stars Montessori⟧ on ⟦d|16 March⟧. The allergy nurse sent this plan: ⟦u|https://www.example.org/allergy-plans/egg-toddler⟧. Can you tell the nursery about the egg too? Their number is ⟦ph|01632 960 318⟧. Grazie, ⟦h|G⟧."
HV reply sent ⟦d|06/03/2026⟧ 14:10: "Thank you ⟦h|Giulia⟧, record updated. I'll phone Mrs ⟦p|Sterling⟧ at the nursery and ask them to keep ⟦h|Chiara⟧'s plan with her bag."
""")
# ==========================================================================
# Spanish
N("es", "midwife", """
Postnatal visit, twins, day 8: ⟦d|Friday 10 October 2025⟧
Mother: ⟦h|Lucia Fernandez⟧ (19). DCDA twins born ⟦d|02/10/2025⟧ at 35+4 by elective LSCS at ⟦hs|Westbrook Women's Hospital⟧.
Twin 1 ⟦h|Martina⟧ 2.41kg, at home, 60ml expressed breast milk or ⟪formula⟫ 3-hourly. Twin 2 ⟦h|Pablo⟧ 2.18kg, still on SCBU with NG feeds of 45ml 3-hourly.
Mum: expressing 8 times a day with a hired ⟪Medela⟫ pump. BP 132/84 on ⟪labetalol⟫ 200mg three times a day. Wound clean; review the BP in ⟪3/7⟫.
Dad ⟦h|Javi⟧ is on ⟪2/52⟫ paternity leave. ⟪Spanish⟫ at home; grandparents in ⟦pl|Seville⟧.
Contact: dad ⟦ph|+34 612 84 30 57⟧, mum ⟦ph|07700 900 905⟧.
""")

N("es", "fnp", """
FNP visit record: infancy visit 3, ⟦d|12.11.2025⟧
Client: ⟦h|Lucía⟧ (19). Babies ⟦h|Martina⟧ and ⟦h|Pablo⟧, 6 weeks (1 week corrected). ⟦h|Pablo⟧ home from SCBU since ⟦d|20/10⟧.
Weights: ⟦h|M⟧ 3.02kg, ⟦h|P⟧ 2.88kg, plotted on the preterm chart, both between 9th and 25th ⟪centile⟫.
Feeding: ⟪Aptamil⟫ 90ml 3-hourly each. Client stopped expressing and felt guilty; we talked it through.
Sleep: two cribs, feet to foot. She was given a sleep positioner as a present; advised not to use it.
⟦h|Javier⟧'s mum sends dummies dipped in ⟪honey⟫ "for the crying": no ⟪honey⟫ under 12 months, explained why.
Mood: ⟪EPDS⟫ 12; GP appointment booked for ⟦d|Mon 17th⟧. ⟪Twins Trust⟫ leaflet and the twins group at the ⟪Family Hub⟫.
Goal: back to her course at ⟦s|Castlegate Sixth Form College⟧ in ⟪January⟫.
""")

N("es", "gp_letter", """
⟦hs|Castlegate Medical Practice⟧
⟦a|1 Tanyard Lane⟧, ⟦pl|Reading⟧ ⟦pc|RG1 7SQ⟧   Tel ⟦ph|0118 496 0472⟧
⟦d|3 December 2025⟧

Dear Health Visiting Team,
Re: ⟦h|Pablo Moreno Fernández⟧, DOB ⟦d|02/10/2025⟧, NHS «nhs»
I reviewed ⟦h|Pablo⟧ today with his mother. He has effortless regurgitation after most feeds and some arching, but is gaining weight (now 3.9kg). I have started ⟪Gaviscon Infant⟫ and will review in ⟪2/52⟫. His twin sister ⟦h|Martina⟧ is well.
Mum's ⟪EPDS⟫ today was 12. She declined medication but accepted a referral to ⟪Talking Therapies⟫. She has been ⟪reading⟫ a great deal about reflux online and is frightened by it; I would be grateful for extra contacts.
Yours faithfully,
Dr ⟦p|Hamid Qureshi⟧
""")

N("es", "nursery", """
WELFARE CONCERN: ⟦s|Tadpoles Day Nursery⟧
Children: ⟦h|Martina⟧ and ⟦h|Pablo Moreno⟧ (2y 1m)
Date: ⟦d|Monday 9th November⟧   Recorded by: ⟦p|Maisie Quaye⟧ (key person)
Concern: for the third ⟪Monday⟫ running both children arrived very hungry (three slices of toast each). ⟦h|Pablo⟧ had severe nappy rash, bleeding in places. ⟦h|Martina⟧ said "papi car sleep". The twins spend weekends with their father, ⟦h|Javier⟧, at ⟦a|16 Ferndale Road⟧, ⟦pl|Wokingham⟧.
Action: spoke to mum at pick-up; she said dad's new partner "doesn't know about babies". Logged and discussed with DSL ⟦p|Hannah Bishop⟧. Consent for ⟪Early Help⟫ sought by email to mum (⟦e|lucia.fdz@example.com⟧).
""")

# ==========================================================================
# French
N("fr", "social_work", """
Case note ⟦d|09/01/2026⟧: Child in Need, LCS ID ⟦r|LCS-2284719⟧
Visit to ⟦h|Camille Lefevre⟧ at ⟦a|31 Gravel Hill⟧, ⟦pl|Ipswich⟧ ⟦pc|IP4 5NE⟧. Seen: ⟦h|Camille⟧, ⟦h|Theo⟧ (10 months) and ⟦h|Ines⟧ (6, after school). ⟦h|Julien⟧ at work (chef).
The family moved from ⟪France⟫ three years ago. ⟦h|Camille⟧ told me ⟦h|Inès⟧'s father, M. ⟦p|Bertrand Roussel⟧, lives in ⟦pl|Lyon⟧ and wants her for the ⟪February⟫ half term under a French court order.
⟦h|Inès⟧'s attendance at ⟦s|Rosehill Primary⟧ is 81%. She is bilingual; ⟪French⟫ at home. She showed me the ⟪robin⟫ that comes to the bird feeder.
Plan: attendance meeting with school; ask ⟦h|Julien⟧ to be at the next visit.
""")

N("fr", "strategy", """
STRATEGY MEETING ⟦d|22 Jan 2026⟧ 11:30 (⟦pl|Ipswich⟧ ⟪MASH⟫)
Child: ⟦h|Inès LEFÈVRE⟧ (6)
Present: ⟦p|Ruth A. Amankwah⟧ (SW); DS ⟦p|Colin Petch⟧ (police); Ms ⟦p|Hollis⟧ (DSL, ⟦s|Rosehill Primary⟧); HV ⟦p|Fern Iliffe⟧ (for ⟦h|Théo⟧).
Information: on ⟦d|21/01⟧ ⟦h|Inès⟧ told her teacher that ⟦h|Julien⟧ "hits with the belt when maman is at work". A mark on the back of her left thigh was seen and photographed. ⟦h|Julien Martin⟧ has no UK record; checks requested from the ⟪French⟫ authorities.
Decision: s47, joint. ABE interview planned for ⟦d|Friday 23rd⟧. ⟦h|Inès⟧ to stay with mum; ⟦h|Julien⟧ has agreed to stay at his brother's, ⟦a|5 Nacton Crescent⟧, meanwhile. Police ref ⟦r|SUF-26-004182⟧.
""")

N("fr", "conference", """
Initial Child Protection Conference: ⟦d|12.02.2026⟧
Chair: ⟦p|Anjali Rao⟧. Children: ⟦h|Inès⟧ and ⟦h|Théo Lefèvre⟧.
Parents' views: ⟦h|Camille⟧ read a statement in ⟪French⟫, translated by the interpreter. ⟦h|Inès⟧'s father, M. ⟦p|Roussel⟧, joined by video from ⟦pl|Lyon⟧ (⟦ph|+33 6 47 21 93 08⟧; ⟦e|b.roussel@example.org⟧). ⟦h|Julien⟧ attended the second half.
School: ⟦h|Ines⟧ drew herself with ⟪angel⟫ wings and her house "far away". Attendance up to 88%.
HV: ⟦h|Théo⟧ thriving, ⟪50th centile⟫, immunisations up to date.
Mum's mobile ⟦ph|06 58 14 27 93⟧ (French SIM) and UK ⟦ph|07700 900 740⟧.
Decision: Child Protection Plan for ⟦h|Inès⟧ under ⟪physical abuse⟫; ⟦h|Théo⟧ as Child in Need. Review ⟦d|14 May 2026⟧.
""")

N("fr", "voice", """
voice note ⟦p|fern iliffe⟧ hv ⟦h|theo lefevre⟧ one year review ⟦h|théo⟧ 12 months weight 10.2 kilos 75th ⟪centile⟫ walking holding on says mama papa and non mum says ⟦h|julien⟧ has moved out since the conference ⟦h|ines⟧ is happier at school she wants to be a vet mum doing her english course at the college on ⟪tuesdays⟫ new address ⟦a|flat 3 ropewalk house⟧ ⟦pc|ip3 0dd⟧ immunisations at one year given ⟪MMR⟫ ⟪MenB⟫ next review ⟦d|18 march⟧ end
""")

# ==========================================================================
# German
N("de", "ae", """
A&E liaison form: child
Name: ⟦h|Jonas Schroeder⟧   DOB: ⟦d|07/08/2022⟧   NHS: «nhs0»
Attended ⟦hs|Abbey Park Hospital⟧ ⟦d|29/05/2025⟧ 19:20 with possible button battery ingestion. X-ray clear; battery later found under the sofa.
With: mum ⟦h|Anke⟧ and dad ⟦h|Tobi⟧; baby sister ⟦h|Lena⟧ (⟪2/12⟫) also present.
The battery came from kitchen scales. Safety advice given and ⟪CAPT⟫ leaflet.
Address: ⟦a|108 Sandpiper Drive⟧, ⟦pl|Solihull⟧ ⟦pc|B91 3TQ⟧. Home phone ⟦ph|0121 496 0658⟧.
Mum asked to speak to a nurse alone and said dad "checks everything" on her phone. Given the ⟪Refuge⟫ helpline card; ⟪DASH⟫ started (12, medium risk) and referred on with her consent.
⟪German⟫ speakers, no interpreter needed.
""")

N("de", "marac", """
MARAC: ⟦d|Thursday 5 June 2025⟧, Case 7 of 14
Victim: ⟦h|Anke Schröder⟧ (38). Children: ⟦h|Jonas⟧ (2), ⟦h|Lena⟧ (3 months). Perpetrator: ⟦h|Tobias Schröder⟧ (41).
Risk: she found a tracker in the pram; he follows her through ⟪Google⟫ location sharing; messages from a fake Instagram account ⟦hd|@lena_papa_81⟧. He posted her new address on ⟦u|facebook.com/tobias.schroeder.5473⟧.
Vehicle: white VW Transporter ⟦v|BK20 FXU⟧.
Actions: police (DS ⟦p|Femi Adeyemi⟧): harassment investigation, ref ⟦r|WMP-25-11842⟧. ⟪IDVA⟫: ⟪Sanctuary Scheme⟫. Housing: lock change. HV (⟦p|Goldie Fraser⟧) to visit weekly. Children's Social Care: open to ⟪Early Help⟫.
Contact for victim: via ⟪IDVA⟫ only.
""")

N("de", "message", """
SMS log, HV work mobile, ⟦d|10/06/25⟧
09:02 to IDVA ⟦p|Bea Lindholm⟧ (⟦ph|07700 900 214⟧): Hi ⟦p|Bea⟧, saw ⟦h|A.S.⟧ yesterday, she's coping. ⟦h|Lena⟧ weighed 5.4kg, ⟪50th centile⟫.
09:40 from ⟦p|Bea⟧: Thanks. Sanctuary fitting booked ⟦d|Fri 13th⟧. She has a new email for us: ⟦e|anke.s(at)example(dot)org⟧
09:44 to ⟦p|Bea⟧: Noted. ⟦h|Jonas⟧ starts at ⟦s|Kinderhaus Nursery⟧ next week.
10:05 from ⟦p|Bea⟧: He turned up at her mum's flat last night. Police log ⟦r|WMP-0610-0447⟧.
10:06 to ⟦p|Bea⟧: Will flag to nursery and GP. ⟪Major⟫ worry is the children being taken to ⟪Germany⟫; he has family in ⟦pl|Hamburg⟧.
""")

N("de", "handover", """
Handover to the HV team at ⟦hs|Foleshill Surgery⟧, ⟦d|01.07.2025⟧
⟦h|Anke⟧ and the children moved on ⟦d|28/06⟧ to ⟦a|12 Lime Kiln Close⟧, ⟦pl|Coventry⟧ ⟦pc|CV6 4JP⟧. Name on forms: ⟦h|Anke Schroder⟧ (no umlaut).
Non-molestation order until ⟦d|30/12/2025⟧. ⟦h|Tobias⟧ has supervised contact at the ⟪Family Hub⟫ on ⟪Saturdays⟫.
⟦h|Lena⟧: 8-week immunisations (⟪6-in-1⟫, ⟪MenB⟫, rotavirus) given ⟦d|26/06⟧. Weight 5.6kg.
⟦h|Jonas⟧: speech a little behind (⟪German⟫ and English); ⟪Speech and Language⟫ referral sent.
Mum: ⟦ph|07700 900 398⟧, text first. Neighbour Mr ⟦p|K⟧. at number 14 holds a spare key and knows the history.
""")

# ==========================================================================
# Dutch
N("nl", "midwife", """
Community midwife: planned home birth, day 1 visit ⟦d|15/04/2025⟧
Waterbirth at home, ⟦a|7 Brewers Yard⟧, ⟦pl|Norwich⟧ ⟦pc|NR3 1DJ⟧. ⟦h|Daan⟧ born ⟦d|14/04/2025⟧ at 22:10. ⟪Apgar⟫ 9 and 10. Birth weight 4.02kg.
Mum ⟦h|Femke de Vries⟧, P2: EBL 300ml, first-degree tear, no sutures. Feeding well, good latch.
Sibling ⟦h|Sem⟧ (4) was there for the birth with his dad, ⟦h|Sander⟧.
⟪Vitamin K⟫ oral (parents' choice): second dose due day 4, third at 1 month.
Family from ⟦pl|Utrecht⟧ in the ⟪Netherlands⟫; ⟪Dutch⟫ at home, fluent English.
Mum: ⟦ph|+31 6 4172 8830⟧ (Dutch) or ⟦ph|07700 900 457⟧.
Next visit day 5 for the ⟪bloodspot⟫.
""")

N("nl", "message", """
From: ⟦h|Sander Jansen⟧ <⟦e|sander.jansen@example.com⟧>
To: ⟦e|hv.norwichnorth@example.org⟧
Date: ⟦d|Mon, 28 Apr 2025⟧ 07:12
Subject: ⟦h|Daan⟧ feeding / tongue?

Good morning,
⟦h|Femke⟧ thinks ⟦h|Daan⟧ has a tongue tie, feeding takes an hour and she is very sore. The midwife said maybe. Can we be referred? We saw this page ⟦u|www.example.org/tongue-tie-clinic⟧ but it needs a professional referral.
Also, is the clinic at ⟦hs|Magdalen Street Health Centre⟧ still on ⟪Wednesdays⟫?
Thanks, ⟦h|Sander⟧ (⟦ph|07700 900 458⟧)

Reply from HV ⟦p|Bay Thorogood⟧, ⟦d|28/04/2025⟧ 09:30:
Hi ⟦h|Sander⟧, I'll visit tomorrow to watch a feed and can refer from there. The drop-in is ⟪Wednesdays⟫ 1-3pm. If ⟦h|Femke⟧'s nipples are cracked she can use ⟪Lansinoh⟫ between feeds.
""")

N("nl", "supervision", """
Supervision notes (⟦p|Bay Thorogood⟧, HV; supervisor ⟦p|Wolf Henning⟧)
Family: ⟦h|de Vries⟧-⟦h|Jansen⟧.
I brought this family because ⟦h|Femke⟧ said, almost in passing, that in the ⟪Netherlands⟫ she would have had a kraamverzorgster in the house for a week, and here she had me for forty minutes. She wasn't complaining; she was describing. But it stayed with me.
⟦p|Wolf⟧ asked what I think "enough" support looks like. We talked about ⟪Home-Start⟫, the ⟪Family Hub⟫ baby group, and whether I could offer a second listening visit.
⟦h|Daan⟧ is on the ⟪91st centile⟫ and feeding fine since the frenulotomy on ⟦d|6 May⟧. ⟦h|Sem⟧ has started calling himself "the big brother" and bites. ⟦h|Femke⟧ scored 10 on the ⟪EPDS⟫.
Action: listening visit in ⟪2/52⟫; leaflet about toddler biting.
""")

N("nl", "nursery", """
Pre-school welfare concern form: ⟦s|Acorn Tree Pre-School⟧
Child: ⟦h|Sem Jansen⟧   Age: 4y 3m   Date: ⟦d|19th June 2025⟧
Staff member: ⟦p|Honor Blake⟧
What happened: ⟦h|Sem⟧ said at snack time "mama sleeps in the day and I watch the baby". He has been collected late (after 18:00) four times in ⟪June⟫, twice by a neighbour, Mrs ⟦p|Albury⟧, who is not on the list.
Appearance: same clothes three days running, hair unbrushed. Very tired.
Parent spoken to: dad (⟦h|Sander⟧) at pick-up; he said mum is "very tired with ⟦h|Daantje⟧" and he works shifts in ⟦pl|Great Yarmouth⟧.
Action: DSL informed; HV (⟦p|B. Thorogood⟧) phoned on ⟦ph|01632 960 272⟧ with dad's agreement.
""")

# ==========================================================================
# Filipino
N("ph", "midwife", """
Midwife postnatal check, day 5: ⟦d|23/02/2025⟧
⟦h|Maricel Santos⟧ (34, staff nurse on the stroke ward), P1, with baby ⟦h|Angel Mae⟧ born ⟦d|18/02/2025⟧ at 39+2, SVD. ⟪Apgar⟫ ⟪9/10⟫.
Baby: 2.98kg (birth 3.14kg). Jaundiced to the abdomen; SBR 248, below treatment line; repeat in 24 hours. Breastfeeding plus ⟪formula⟫ top-ups 30ml after feeds.
Mum: tired, perineum sore (second-degree, sutured). Partner ⟦h|Jomar Reyes⟧ is a care worker on nights. Her mother, ⟦h|Lourdes⟧, is here from ⟦pl|Cebu⟧ on a visitor visa and is doing the cooking.
Languages: ⟪Tagalog⟫ and ⟪Cebuano⟫; English fluent.
Address: ⟦a|Flat 22, Harvest Court⟧, ⟦pl|Crawley⟧ ⟦pc|RH10 6BN⟧. Mobile ⟦ph|07700 900 652⟧; ⟦h|Lourdes⟧'s Philippine number ⟦ph|+63 917 604 2185⟧.
""")

N("ph", "gp_letter", """
⟦hs|Three Bridges Medical Group⟧
Re: ⟦h|Angel Mae Reyes⟧, DOB ⟦d|18/02/2025⟧, NHS «nhs»
Dear Dr ⟦p|Banerjee⟧,
Thank you for seeing ⟦h|Angel⟧ at 3 weeks. She remains jaundiced (SBR 201 on ⟦d|10 March⟧, conjugated 9) and her stools are pale yellow, not white. She is feeding well, 3.6kg (25th ⟪centile⟫).
Mum, ⟦h|Maricel⟧, is a nurse and very anxious; she has been reading about biliary atresia. I would be grateful for a prolonged jaundice screen and stool chart review.
Mum's mood: ⟪EPDS⟫ 7. Grandmother (Lola) ⟦h|Lourdes⟧ is supporting at home. ⟦h|Angel⟧ is, in mum's words, "an ⟪angel⟫ at night".
Yours sincerely,
⟦p|Scout Denholm⟧, Health Visitor, ⟦ph|01632 960 904⟧
""")

N("ph", "message", """
Text messages between HV ⟦p|Scout Denholm⟧ and mum, copied to the record ⟦d|14/03/2025⟧
HV 09:10: Morning ⟦h|Maricel⟧, the liver bloods were normal, the GP will ring you today.
⟦h|Maricel⟧ 09:22: Salamat po!! We were so worried. ⟦h|Mae⟧ slept 4 hours last night
HV 09:25: That's great. Keep her on her back in the crib, no pillows or bumpers.
⟦h|Maricel⟧ 09:40: Yes we use the ⟪SnüzPod⟫. ⟦h|Jomar⟧ ask can he join the dads group at the ⟪Family Hub⟫?
HV 09:41: Of course, ⟪Saturdays⟫ 10am at ⟦hs|Tilgate Family Hub⟧.
⟦h|Maricel⟧ 09:55: My mama (the ⟪lola⟫ of the baby) goes home to the ⟪Philippines⟫ on ⟦d|2nd April⟧. Can I put her number in case? ⟦ph|+63 917 604 2185⟧
""")

N("ph", "voice", """
voice note from the car ⟦d|friday 11 april⟧ ⟦h|maricel santos⟧ and baby ⟦h|angel mae⟧ seven weeks now 4.6 kilos on the 25th ⟪centile⟫ jaundice gone stools normal mum back to herself her ⟪lola⟫ flew home to ⟦pl|cebu⟧ last week so it's just mum and ⟦h|jomar⟧ now and he's on nights at ⟦hs|Oakleigh Care Home⟧ so she's on her own most evenings she asked about ⟪Start for Life⟫ videos and the ⟪Healthy Start⟫ vitamins told her where to get them mum going back to work in ⟪september⟫ nursery place at ⟦s|Bright Beginnings⟧ on ⟦a|larchmont avenue⟧ next contact 3 to 4 month visit ⟦d|14/05⟧ end of note
""")

# ==========================================================================
# Thai
N("th", "marac", """
MARAC case summary ⟦d|17/07/2025⟧ (⟦pl|Blackpool⟧)
Victim: ⟦h|Siriporn Wongsakul⟧, known as ⟦h|Nok⟧, 27. DOB ⟦d|11 Jan 1998⟧. Spouse visa, no recourse to public funds.
Perpetrator: ⟦h|Gareth Ashworth⟧, 52, husband. NI ⟦ni|NZ 61 30 94 D⟧.
Child: ⟦h|Lila Ashworth⟧, 8 months.
Address: ⟦a|41 Promenade Mews⟧, ⟦pl|Blackpool⟧ ⟦pc|FY1 6PB⟧.
Disclosure to HV ⟦p|Tempest Okoro⟧ at the 8-month review: he keeps her passport and her visa documents, will not let her learn English or leave the house without him, and says she will be deported and lose ⟦h|Lila⟧ if she tells anyone. Pushed her into the door frame on ⟦d|3rd July⟧ (bruise seen).
⟪DASH⟫ 15. ⟪Thai⟫ interpreter (female, telephone) used; no family interpreters.
Her only contact outside the home: a friend from the temple, Mrs ⟦p|Phan⟧, ⟦ph|07700 900 843⟧.
Actions: ⟪IDVA⟫; immigration advice for the ⟪DDVC⟫ (destitution domestic violence concession); police flag on the address; HV to see mum only at the GP practice, ⟦hs|Gorse Lane Medical Centre⟧.
""")

N("th", "strategy", """
Strategy discussion, ⟦d|Friday 18 July 2025⟧, 10:00 by phone
Child: ⟦h|Lila Ashworth⟧ (⟪8/12⟫), DOB ⟦d|14.11.2024⟧
Attendees: ⟦p|Priya Mistry⟧ (SW, chair); DC ⟦p|Nathan Earl⟧ (⟪PPU⟫); ⟦p|Tempest Okoro⟧ (HV); Dr ⟦p|Whitfield⟧ (GP, ⟦hs|Gorse Lane Medical Centre⟧).
Information: see MARAC summary of ⟦d|17/07⟧. Police hold one previous call from a neighbour (shouting, ⟦d|May 2025⟧, log ⟦r|LC-0511-0334⟧). ⟦h|Gareth⟧ has a conviction from 2009 for assault on a previous partner. His car: silver Mondeo ⟦v|PN09 XKD⟧.
⟦h|Nok⟧'s view (through a ⟪Thai⟫ interpreter): she wants to leave but is frightened of losing ⟦h|Lila⟧ and being sent back to ⟪Thailand⟫; her family in ⟦pl|Udon Thani⟧ don't know.
Decision: s47 single-agency (CSC) with police informed; plan to support mum and baby to a refuge with a ⟪Thai⟫-speaking worker if possible. ⟦h|Lila⟧ not to leave mum's care.
""")

N("th", "social_work", """
Case recording ⟦d|22/07/2025⟧, ⟦p|Priya Mistry⟧ (SW)
Met ⟦h|Nok⟧ and ⟦h|Lila⟧ at the GP surgery as planned, while Mr ⟦h|Ashworth⟧ was at work. Interpreter: Khun ⟦p|Malee⟧ (telephone, ⟪Thai⟫).
⟦h|Nok⟧ showed me photos on her phone of the bruise from ⟦d|3 July⟧. She has kept a copy of her passport page in a friend's email, ⟦e|nok.ws1998@example.com⟧, which I have not written anywhere else.
⟦h|Lila⟧: alert, smiling, sitting unaided; weight 8.3kg (50th ⟪centile⟫). Mum breastfeeds and gives ⟪Cow & Gate⟫ follow-on milk.
We agreed a plan: a refuge space in ⟦pl|Preston⟧ is available from ⟦d|Thursday 24th⟧; ⟦h|Siri⟧ (she asked me to use this name) will leave during his Thursday shift. Transport by police. ⟪Refuge⟫ knows she has no recourse; the local authority will fund under section 17.
Her wish, in her words: "I want ⟦h|Lila⟧ to know me happy."
""")

N("th", "conference", """
Review Child Protection Conference: minutes
Date: ⟦d|30 October 2025⟧   Chair: ⟦p|Sterling Adu⟧ (IRO)   Child: ⟦h|Lila Ashworth⟧
Present: ⟦h|Siriphorn Wongsakul⟧ (mother) with ⟪Thai⟫ interpreter; ⟦p|Priya Mistry⟧ (SW); ⟦p|Tempest Okoro⟧ (HV); refuge key worker ⟦p|Dawn Lyle⟧.
Not invited: ⟦h|Gareth Ashworth⟧ (father), on bail to ⟦a|41 Promenade Mews⟧, ⟦pl|Blackpool⟧; his views were gathered by the SW separately.
Progress: mum and ⟦h|Lila⟧ have lived in refuge since ⟦d|24/07⟧. ⟦h|Lila⟧ is walking, 9.6kg, immunisations up to date. Mum attends ⟪ESOL⟫ twice a week and a ⟪Freedom Programme⟫ group. Her DDVC was granted on the ⟦d|2nd of September⟧ and she has applied for leave to remain as a victim of domestic abuse.
Father's view: he denies all of it and wants contact. Contact to be supervised at the ⟪Family Hub⟫ once a fortnight.
Decision: ⟦h|Lila⟧ to remain on a Child Protection Plan (⟪emotional abuse⟫) for three more months; next review ⟦d|29/01/2026⟧.
""")

# ==========================================================================
# Nepali
N("np", "midwife", """
Postnatal visit, day 10 (discharge from midwifery): ⟦d|Wed 5 March 2025⟧
Mother: ⟦h|Sarita Gurung⟧, 29, P2. NHS «nhs». Baby ⟦h|Aarav⟧, born ⟦d|23/02/2025⟧ at ⟦hs|Frimley Vale Hospital⟧, ventouse. Birth weight 3.12kg, today 3.15kg.
Mum: Hb 94 on day 2; on ⟪ferrous sulphate⟫ 200mg twice a day, some constipation, ⟪lactulose⟫ advised. Perineum healing well. ⟪EPDS⟫ 5.
Feeding: breastfeeding only. ⟪Vitamin D⟫ for mum and baby discussed.
Interpreter: ⟪Nepali⟫, telephone, ID 40218. Husband ⟦h|Bikash⟧ offered to interpret and was thanked and declined.
Family: ⟦h|Anisha⟧ (6) at ⟦s|Wellesley Infant School⟧. Address ⟦a|19 Gurkha Square⟧, ⟦pl|Aldershot⟧ ⟦pc|GU11 3QP⟧.
Contact: ⟦ph|07700 900 182⟧ (dad), ⟦ph|+977 985 614 2270⟧ (mum's sister in ⟦pl|Pokhara⟧, next of kin).
""")

N("np", "handover", """
HV handover (going on leave): ⟦h|Gurung⟧ family, ⟦d|25/08/2025⟧
⟦h|Aarav⟧ is 6 months. The family held his pasni (rice-feeding ceremony) on ⟦d|Sunday 24th⟧ at the community hall; mum wanted us to know he has had rice and dal, and we talked about starting solids properly now. Weight 7.9kg (⟪50th centile⟫).
⟦h|Sarita⟧ is studying for her driving theory test. ⟦h|Bikash⟧ works nights as a security guard at a warehouse in ⟦pl|Farnborough⟧. Grandmother in ⟪Nepal⟫ is unwell and mum may travel to ⟦pl|Kathmandu⟧ with ⟦h|Aarav⟧ in ⟪October⟫; she asked about travel vaccines.
⟦h|Anisha⟧ (now 7) has started Year 2 at ⟦s|Wellesley Infant School⟧. Her teacher says ⟦h|Ani⟧ translates for mum at parents' evening, which mum would rather she didn't: book a ⟪Nepali⟫ interpreter for school meetings.
Next: travel health appointment at the GP; 9-12 month review due ⟦d|Nov 2025⟧.
""")

N("np", "ae", """
Paediatric liaison: ED attendance
Child: ⟦h|Anisha Gurung⟧ (7)   DOB ⟦d|2018-05-30⟧   NHS «nhs-»
Seen ⟦d|Sat 13/12/2025⟧ 18:40 at ⟦hs|Frimley Vale Hospital⟧ ED. Scald to the left forearm (about 2% TBSA, superficial partial thickness) from a pan of boiling water knocked off the hob while helping to cook. Cooled under the tap for 20 minutes by dad before coming in: good first aid. Dressed with ⟪Mepitel⟫; burns clinic follow-up on ⟦d|16/12⟧.
Mechanism consistent with the history; child's account (seen alone) the same. No previous attendances.
Mum ⟦h|Sarita⟧ and baby ⟦h|Aarav⟧ (9 months) travelling in ⟪Nepal⟫; father ⟦h|Bikash⟧ present. Contact ⟦ph|07700 900 182⟧.
Safety advice: back rings, pan handles turned in. For information to school nurse and HV.
""")

N("np", "supervision", """
Supervision reflection, ⟦d|January 2026⟧ (HV ⟦p|Ember Lowther⟧)
The ⟦h|Gurungs⟧. The case that has stayed with me is not the scald, which was handled well by everyone, but the day 10 visit. ⟦h|Bikash⟧ offered to interpret and I was about to say yes because the phone line was slow and ⟦h|Sarita⟧ was nodding. The midwife had written "declined" and I'm glad she did.
When we used the ⟪Nepali⟫ interpreter, ⟦h|Sarita⟧ told me she had been very low after ⟦h|Anisha⟧'s birth in ⟪Nepal⟫ and nobody here knew. Her ⟪EPDS⟫ then was 5 because ⟦h|Bikash⟧ had filled it in.
Learning: always an independent interpreter for the ⟪EPDS⟫; never the husband, never the child. I also want to read about ⟪Gurkha⟫ families and their welfare service rather than assume.
""")

# ==========================================================================
# Sri Lankan Tamil
N("ta", "fnp", """
FNP home visit (infancy) ⟦d|04/06/2025⟧
Client ⟦h|Tharshini Sivakumar⟧ (18); baby ⟦h|Kavin⟧, 3 months; present for part: ⟦h|Sivakumar⟧ (FOB, 23) and ⟪Appamma⟫ ⟦h|Kamala⟧ (paternal grandmother).
⟦h|Tharsh⟧ chose the "crying and soothing" materials. ⟦h|Kavin⟧ cries most evenings 6-10pm; mum worries it is ⟪colic⟫. Weight 6.1kg (⟪50th centile⟫), feeding ⟪Aptamil⟫ 150ml x 6. Talked about ⟪ICON⟫: it's normal, comfort methods, it's OK to walk away, never shake.
⟪Appamma⟫ rubs castor oil on his head and wants to give gripe water; talked about no remedies under 1 month and what is safe now.
Client lives with in-laws at ⟦a|64 Elmstead Gardens⟧, ⟦pl|Croydon⟧ ⟦pc|CR0 2LN⟧. ⟪Tamil⟫ at home; client born in ⟦pl|Jaffna⟧, came to the UK aged 9.
Goal: start an apprenticeship. Phone ⟦ph|020 7946 0816⟧ (house) / ⟦ph|07700 900 335⟧ (client).
Family Nurse: ⟦p|Unique Adebayo⟧.
""")

N("ta", "strategy", """
STRATEGY DISCUSSION: ⟦d|12 September 2025⟧ 16:30
Child: ⟦h|Kavin SIVAKUMAR⟧ (6 months), NHS «nhs0»
Reason: chest X-ray at ⟦hs|St Helier Vale Hospital⟧ on ⟦d|11/09/2025⟧ for a chest infection showed two healing posterior rib fractures (left 6th and 7th). No explanation offered.
Present: ⟦p|Gift Mensah⟧ (SW, chair), DC ⟦p|Mark Ellery⟧ (police, ⟪CAIT⟫), Dr ⟦p|Sato⟧ (consultant paediatrician), ⟦p|Unique Adebayo⟧ (FN).
Household: mother ⟦h|Tharshini⟧ (18), father ⟦h|Sivakumar Rajendran⟧ (23), paternal grandmother ⟦h|Kamala Rajendran⟧ (61), who also provides care. Father's brother visits.
Decision: s47 joint investigation; ⟦h|Kavin⟧ to remain in hospital pending skeletal survey (day 11 repeat) and full blood work; no unsupervised contact for any adult in the household meanwhile. Police crime ref ⟦r|MPS-2509-4411⟧.
""")

N("ta", "conference", """
INITIAL CHILD PROTECTION CONFERENCE
Child: ⟦h|Kavin Sivakumar⟧ (7 months)   Date: ⟦d|03/10/2025⟧   Chair: ⟦p|Miracle Oyedele⟧
Present: ⟦h|Tharshini⟧ (mother) with an advocate; ⟦h|Sivakumar⟧ (father) with his solicitor; ⟪Tamil⟫ interpreter Mr ⟦p|Ratnam⟧; ⟦p|Gift Mensah⟧ (SW); DC ⟦p|Ellery⟧; ⟦p|Unique Adebayo⟧ (FN); Dr ⟦p|Sato⟧ (by phone).
Medical: the repeat skeletal survey confirmed two rib fractures, about 2 to 4 weeks old; bloods and bone profile normal. No adult has offered an explanation. ⟪Appamma⟫ ⟦h|Kamala⟧ said in ⟪Tamil⟫ that she oils and massages him "firmly, as we do at home"; Dr ⟦p|Sato⟧ said this would not cause these fractures.
Police: investigation continues; all three adults interviewed under caution.
⟦h|Kavin⟧ is with his maternal aunt ⟦p|Nirmala⟧ under section 20, at ⟦a|7 Beulah Crescent⟧, ⟦pl|Mitcham⟧ ⟦pc|CR4 3PE⟧. Parents have supervised contact at the ⟪Family Hub⟫ three times a week.
Decision: Child Protection Plan, category ⟪physical abuse⟫. Letter before proceedings sent on ⟦d|2/10⟧. First core group ⟦d|Thursday 9th October⟧.
""")

N("ta", "gp_letter", """
GP report for child protection conference
From: Dr ⟦p|Lakshmi Pillai⟧, ⟦hs|Norbury Park Surgery⟧, ⟦ph|020 7946 0543⟧
To: ⟦p|Miracle Oyedele⟧, Conference Chair   Date: ⟦d|29/09/2025⟧
Patient: ⟦h|Kavin Sivakumar⟧, DOB ⟦d|07/03/2025⟧, NHS «nhs»
Registered since birth. Seen at the practice 5 times: 6-8 week check (normal, hips normal), immunisations at 8, 12 and 16 weeks (all given on time), and on ⟦d|10th September⟧ with cough and fever (referred to paediatrics). No bruising recorded at any contact. Parents brought him promptly each time.
Mother ⟦h|Tharshini⟧: registered here; ⟪EPDS⟫ 13 at her 6-week check, declined medication, attended two ⟪Talking Therapies⟫ sessions.
Father ⟦h|Sivakumar Rajendran⟧: not registered with us.
Grandmother ⟦h|Kamala Rajendran⟧: type 2 diabetes, osteoarthritis of both hands (limited grip).
I have no concerns about the parents' engagement with primary care, but I cannot account for the injuries.
""")

# ==========================================================================
# Malayali
N("ml", "midwife", """
Postnatal home visit, day 3, ⟦d|Sunday 12 January 2025⟧
Mum: ⟦h|Anju Thomas⟧, 31, ICU staff nurse at ⟦hs|Kettering Road Hospital⟧. P2, elective LSCS on ⟦d|09/01/2025⟧ (previous section).
Baby: ⟦h|Evana⟧, 3.34kg at birth, 3.18kg today (4.8% loss). Breastfeeding, good nappies. Cord clamp off.
Mum: wound dry, on ⟪dalteparin⟫ for 10 days (injecting herself), ⟪paracetamol⟫ and ⟪dihydrocodeine⟫. Mobilising well. Husband ⟦h|Jibin Mathew⟧ on paternity leave; his mother is coming from ⟦pl|Kochi⟧ next month.
⟦h|Ethan⟧ (3) at ⟦s|Kingsthorpe Little Learners⟧ nursery, "very proud big brother".
⟪Malayalam⟫ and English. ⟪Safe sleep⟫ and the ⟪Lullaby Trust⟫ leaflet given.
Address ⟦a|5 Cedar Row⟧, ⟦pl|Northampton⟧ ⟦pc|NN2 7HT⟧. Mum ⟦ph|07700 900 778⟧.
""")

N("ml", "nursery", """
Concern log: ⟦s|Kingsthorpe Little Learners⟧
Child: ⟦h|Ethan Jibin⟧, 3y 4m   Date: ⟦d|27/02/2025⟧   Recorded by: ⟦p|Fisher Ogunleye⟧ (key person)
Since his sister was born ⟦h|Ethan⟧ has been hitting other children and says "baby go back". Today at nappy change there were four small round bruises on his upper right arm, like fingertips.
Explanation: dad (⟦h|Jibin⟧) said at collection that he "held him tight to stop him running into the road" on ⟪Saturday⟫. ⟦h|Ethu⟧ said "Pappa angry".
Action: body map; DSL ⟦p|Carter Nwosu⟧ informed; advice from the ⟪Early Help⟫ consultation line; HV to be told. Parents informed of the referral; mum upset but agreed. Mum's email for the nursery app: ⟦e|anju.thomas.nn2@example.com⟧.
""")

N("ml", "voice", """
voice note hv ⟦p|robin tait⟧ six to eight week review baby ⟦h|evanna⟧ sorry ⟦h|evana⟧ ⟦h|jibin⟧ at home today weight 4.9 kilos ⟪50th centile⟫ hips normal eyes normal mum says she is smiling ⟦h|anju⟧ back on her feet wound healed her ⟪epds⟫ 6 ⟪gad-7⟫ 3 dad much calmer says the ⟪Early Help⟫ worker miss ⟦p|porter⟧ has been helpful with ⟦h|ethan⟧ and they've got a sticker chart ⟪ammachi⟫ arrived from ⟦pl|kochi⟧ last ⟪tuesday⟫ and is staying till ⟪june⟫ spoke about the nursery bruises again dad says he was wrong to grab him he's doing the ⟪Triple P⟫ course next contact ⟦d|3rd march⟧ end
""")

N("ml", "social_work", """
Early Help case note ⟦d|02/04/2025⟧, case ⟦r|EH-77214⟧. Worker: ⟦p|Sage Porter⟧ (family support)
Closing summary. The referral followed finger-tip bruising to ⟦h|Ethan⟧ (3) on ⟦d|22 Feb⟧, explained by his father as holding him back from the road. ⟦h|Jibbin⟧ (his spelling on the consent form) accepted it was too rough and has finished the ⟪Triple P⟫ course. No further marks seen at nursery.
Other needs: both parents are on Health and Care Worker visas with ⟪NRPF⟫; mum went back to nights early because of money. Referred to ⟪Citizens Advice⟫ for a budget review and to the Kerala community association for childcare swaps.
⟦h|Ethan⟧ is calmer and loves ⟦h|Evana⟧ "most in the world". Grandmother here until ⟪June⟫.
Outcome: closed to ⟪Early Help⟫ with the family's agreement; HV remains involved and will review in ⟪6/12⟫. ⟪Major⟫ strengths: both parents reflective and open.
""")

# ==========================================================================
# Iranian
N("ir", "marac", """
MARAC: ⟦d|Wednesday 8 October 2025⟧ (⟦pl|Newcastle⟧)
Risk type: ⟪honour-based abuse⟫ by wider family.
Victim: ⟦h|Maryam Ahmadi⟧ (26), DOB ⟦d|19/09/1999⟧, refugee status. NI ⟦ni|SP 40 27 19 C⟧.
Household: partner ⟦h|Reza Karimi⟧ (29) and baby ⟦h|Nika⟧ (4 months). Neither is an alleged perpetrator.
Alleged perpetrators: her two brothers, ⟦p|Hamid⟧ (in the UK) and ⟦p|Saeed⟧ (in ⟪Iran⟫), because the baby was born outside marriage.
Evidence: voice messages from an Iranian number, ⟦ph|+98 912 407 3316⟧, threatening "to clean the family name"; ⟦p|Hamid⟧ has been seen outside her flat in a black BMW, ⟦v|NL70 RZE⟧, and once in an old white Escort van, ⟦v|KLM 472T⟧. An Instagram account, ⟦hd|@shiraz.lion88⟧, posted a photo of her pram.
Interpreter: ⟪Farsi⟫, female, from outside the region (she fears the local community).
Actions: police marker on her address, ref ⟦r|NTP-25-6604⟧; emergency housing move; ⟪Karma Nirvana⟫ referral; HV ⟦p|Peaches Amoah⟧ to make visits jointly with the ⟪IDVA⟫.
""")

N("ir", "strategy", """
Strategy discussion (s47): ⟦d|14/10/2025⟧ 09:00
Child: ⟦h|Nika Karimi⟧ (⟪4/12⟫). Parents: ⟦h|Maryam Ahmadi⟧ and ⟦h|Reza Karimi⟧.
Attendees: ⟦p|Bishop Nkemelu⟧ (team manager, chair), ⟦p|Hana Ryder⟧ (SW), DS ⟦p|Wolfe⟧ (police), ⟦p|Peaches Amoah⟧ (HV).
Reason: on ⟦d|Monday 13th⟧ her brother ⟦p|Hamid⟧ came into the baby group at ⟦hs|Heaton Family Hub⟧, asked staff for "my sister's baby" by name and left when the manager called police. Log ⟦r|NTP-1310-2251⟧.
The family moved to emergency accommodation in ⟦pl|Gateshead⟧ the same night.
Views: ⟦h|Maryam⟧ said through the ⟪Farsi⟫ interpreter that she would rather die than have ⟦h|Nika⟧ taken to ⟪Iran⟫. ⟦h|Reza⟧ is protective and calm.
Decision: threshold for s47 met on risk of significant harm from outside the household; parents are protective. Plan: police to support an application for a non-molestation order; ⟦h|Nika⟧'s name flagged at ⟦hs|Queen Elizabeth Vale Hospital⟧ ED and her GP.
""")

N("ir", "supervision", """
Supervision reflection: ⟦p|Peaches Amoah⟧ (HV) with ⟦p|Lorraine Quist⟧
I noticed I was frightened for myself, for the first time in eleven years of visiting. After ⟦d|13 October⟧ I checked my mirrors driving to the new address. ⟦p|Lorraine⟧ said fear is information, not weakness, and asked what I need: to visit with the ⟪IDVA⟫, and not to park outside.
⟦h|Maryam⟧ asked me whether I had children. I said yes and she cried. I didn't know what to do with that; I think I held it.
The interpreter question: the first ⟪Farsi⟫ interpreter turned out to know her cousin. We now use a telephone interpreter every time and I check at the start that she is comfortable to go on.
⟦h|Nika⟧ is on the ⟪75th centile⟫, smiley, starting ⟪solids⟫. ⟦h|Rez⟧ goes to the ⟪Home-Start⟫ dads' group and says it is the only place he laughs.
""")

N("ir", "gp_letter", """
⟦hs|Brackenfield Surgery⟧, ⟦a|3 Brackenfield Row⟧, ⟦pl|Gateshead⟧ ⟦pc|NE8 4QT⟧. Tel ⟦ph|0191 498 0273⟧
⟦d|20th October 2025⟧
To: Housing Options Team
Re: Ms ⟦h|Maryam Ahmadi⟧ (DOB ⟦d|19.09.1999⟧, NHS «nhs»), her daughter ⟦h|Nika Karimi⟧ (DOB ⟦d|08/06/2025⟧) and her partner Mr ⟦h|R. Karimi⟧
To whom it may concern,
Ms ⟦h|Ahmadi⟧ has been my patient since 2023. She has post-traumatic stress disorder related to events in ⟪Iran⟫ and her journey to the UK, treated with ⟪sertraline⟫ 100mg and ⟪prazosin⟫ for nightmares. Since the threats from her family this month her sleep and mood have deteriorated sharply (⟪PHQ-9⟫ 19, ⟪GAD-7⟫ 17).
I strongly support a permanent move away from the North East, to an address that is not disclosed to anyone outside the agencies involved. Her baby is well and thriving.
Yours faithfully,
Dr ⟦p|Ruairi Fenwick⟧
""")

# ==========================================================================
# Syrian
N("sy", "handover", """
New birth visit handover to the 0-19 team (⟦pl|Derby⟧), ⟦d|04/04/2025⟧
Family resettled from ⟪Lebanon⟫ under the resettlement scheme in 2022; originally from ⟦pl|Homs⟧, ⟪Syria⟫.
Mother ⟦h|Nour Al-Masri⟧ (27), father ⟦h|Fadi Al-Masri⟧ (33), ⟦h|Kareem⟧ (4, nursery class at ⟦s|Greenwood Primary⟧) and new baby ⟦h|Tala⟧, born ⟦d|21/03/2025⟧, NHS «nhs».
⟦h|Tala⟧: 3.4kg at birth, 3.5kg day 14. Breastfed. ⟪Vitamin D⟫ and ⟪Healthy Start⟫ explained.
Mum: ⟪EPDS⟫ 11 with an ⟪Arabic⟫ interpreter. She misses her mother (⟪teta⟫ to the children) who is still in ⟦pl|Beirut⟧.
Dad: war injuries to his left leg, chronic pain, on ⟪pregabalin⟫; waiting for trauma therapy with the refugee service at ⟦hs|Osmaston Road Clinic⟧.
Address ⟦a|72 Sitwell Street⟧, ⟦pl|Derby⟧ ⟦pc|DE1 2JT⟧. Phone ⟦ph|07700 900 501⟧ (dad; mum has no phone of her own).
""")

N("sy", "ae", """
ED → community liaison form
Child: ⟦h|Tala Al-Masri⟧   DOB: ⟦d|21/03/2025⟧   Age: 11 months
Arrived by ambulance ⟦d|17/02/2026⟧ 17:55 to ⟦hs|Royal Derwent Hospital⟧. Found face down in the bath by her brother (⟦h|Kareem⟧, 5) after mum left them for "one minute" to answer the door. Coughing and crying when the crew arrived; sats 98% in air; chest clear. Observed overnight, discharged well.
Mum (⟦h|Nour⟧) very distressed; ⟪Arabic⟫ interpreter by phone. Dad at work.
Safeguarding: unintentional injury; supervision the issue. Advice given on never leaving a baby in the bath, and bath seats. Referral to ⟪Early Help⟫ and information to HV and school nurse. No previous attendances.
""")

N("sy", "conference", """
INITIAL CHILD PROTECTION CONFERENCE (extract): ⟦d|Tuesday 5th May 2026⟧
Children: ⟦h|Kareem Al-Masri⟧ (5), ⟦h|Tala Al-Masri⟧ (13 months)
Chair: ⟦p|Harriet Coyle⟧. Present: ⟦h|Nour⟧ and ⟦h|Fadi⟧ with ⟪Arabic⟫ interpreter; ⟦p|Olamide Fasanya⟧ (SW); Ms ⟦p|Prince⟧ (Reception teacher, ⟦s|Greenwood Primary⟧); ⟦p|Honor Blake⟧ (HV); PC ⟦p|Daniel Kerr⟧.
Reason: on ⟦d|20/04/2026⟧ ⟦h|Kareem⟧ had three linear marks to the back of his legs; he told his teacher "Baba used the belt because I broke the TV". ⟦h|Fadi⟧ accepted this at interview (crime ref ⟦r|DBY-26-118830⟧), said he was "not himself" and that in ⟪Syria⟫ his own father did the same. He is now seeing the ⟪Freedom from Torture⟫ therapist weekly.
⟦h|Nour⟧: ⟪EPDS⟫ 15; started ⟪sertraline⟫; joined the ⟪Family Hub⟫ Arabic mums' group.
Decision: Child Protection Plan for both children, category ⟪physical abuse⟫. ⟦h|Fadi⟧ to attend a parenting course in ⟪Arabic⟫; review in three months.
""")

N("sy", "nursery", """
SCHOOL NURSERY: WELFARE CONCERN (Form C1)
Child: ⟦h|Kareem Al-Masri⟧   Class: Nursery (Rabbits)   Date: ⟦d|02.12.2025⟧   Time: 09:10
Member of staff: ⟦p|Jade Winterbottom⟧ (TA)
What I saw/heard: ⟦h|Kareem⟧ came in without a coat (it was 2°C) and said "Mama crying all night". He has asked for breakfast every day this week and ate two bowls of cereal. ⟦h|Kareem⟧'s dad said the ⟪Universal Credit⟫ payment was stopped and they have no gas.
Action: DSL Mrs ⟦p|F. Hussain⟧ informed at 09:30. Spare coat from the school's store; breakfast club place from ⟪Monday⟫. Family referred to the food bank and ⟪Citizens Advice⟫ about the Universal Credit sanction; school emailed the HV at ⟦e|derby.0to19.north@example.org⟧.
""")

# ==========================================================================
# Sudanese
N("sd", "fnp", """
FNP: pregnancy visit 9, ⟦d|Thu 6 Feb 2025⟧
Client: ⟦h|Amna Osman⟧ (19), 32+3 weeks, first baby. Partner ⟦h|Elfatih Babiker⟧ (24) present; his brother ⟦h|Mohanad⟧ (16) lives with them.
Antenatal: growth scan normal, head down, booked at ⟦hs|Ridgeway Birth Centre⟧. Glucose tolerance test normal.
⟪FGM⟫: type III recorded at booking. Midwife has discussed deinfibulation and offered it before labour; ⟦h|Amna⟧ wants to think about it. We talked about UK law: it is illegal for anyone to do FGM to a girl, here or abroad, and about the FGM risk assessment the midwife will do if the baby is a girl. ⟦h|Amna⟧ said "I will never let it happen to my daughter", and ⟦h|Elfatih⟧ agreed.
Family: her mother (⟪haboba⟫ to the baby) is in ⟦pl|Omdurman⟧; phone ⟦ph|+249 91 284 6617⟧. ⟪Arabic⟫; client prefers English with ⟪Arabic⟫ for medical words.
Next visit ⟦d|20/02⟧. Address: ⟦a|15 Spital Hill Court⟧, ⟦pl|Sheffield⟧ ⟦pc|S4 7LG⟧.
""")

N("sd", "social_work", """
Social work case note ⟦d|28 May 2025⟧   Case no. ⟦r|SCC-442190⟧   SW: ⟦p|Tiegan Hartley⟧
Referral from the midwife: ⟦h|Malaz Elfatih⟧ (born ⟦d|30/03/2025⟧, female) has a positive FGM risk assessment because her mother has type III FGM and the paternal grandmother is planning a visit "to bring the baby home for her naming" in ⟪Sudan⟫.
Home visit: ⟦h|Amna⟧, ⟦h|Elfatih⟧ and ⟦h|Mohanad⟧ seen; ⟦h|Malaz⟧ seen asleep, well cared for. Both parents say clearly they are against FGM and there is no trip planned. ⟦h|Elfatih⟧ showed me messages from his mother on ⟪WhatsApp⟫ and said "she is old-fashioned, she doesn't decide".
I have explained an FGM Protection Order and that we may apply for one if there is any plan to travel; parents said they would surrender ⟦h|Malaz⟧'s passport voluntarily.
Next: strategy discussion with police on ⟦d|3 June⟧; ⟪NSPCC⟫ FGM helpline details given.
""")

N("sd", "strategy", """
Strategy discussion: ⟦d|03/06/2025⟧, 14:00
Child: ⟦h|Malaz Elfatih⟧ (2 months). Parents ⟦h|Amna Osman⟧ and ⟦h|Elfatih Babiker⟧.
Present: ⟦p|Tiegan Hartley⟧ (SW), DC ⟦p|Ruby Oduya⟧ (police), ⟦p|Hazel Nicholls⟧ (specialist FGM midwife), ⟦p|Wren Ashby⟧ (HV).
Information: paternal grandmother in ⟦pl|Khartoum⟧ has messaged that she has "arranged everything" for the baby's visit in ⟪August⟫. Parents deny any trip; ⟦h|Elfatih⟧'s brother ⟦h|Mohanad⟧ told the HV that their mother "always gets her way". Police hold no record on the family.
Decision: no s47 at present, as the parents are protective; SW and police to seek the parents' agreement to an FGM Protection Order; passport for ⟦h|Malaz⟧ to be held by the solicitor. ⟦h|Mo⟧ (⟦h|Mohanad⟧) to be offered his own worker through the unaccompanied young people's team, ref ⟦r|UASC-8831⟧.
""")

N("sd", "nursery", """
NURSERY WELFARE CONCERN FORM: ⟦s|Pitsmoor Acorns Nursery⟧
Child: ⟦h|Malaz Elfatih⟧, 2y 1m (funded 2-year-old place)   Date: ⟦d|05/05/2027⟧
Concern raised by: ⟦p|Blessing Ukaegbu⟧ (room leader)
What: ⟦h|Malaz⟧ has not attended since ⟦d|7 April⟧. Mum texted on ⟦d|14/04⟧ from a foreign number, ⟦ph|+20 100 482 7719⟧, saying they were "visiting ⟪haboba⟫ in ⟪Egypt⟫". We are aware there is an FGM Protection Order.
Action: DSL phoned ⟦p|Tiegan Hartley⟧ (SW) at 09:40 on ⟦ph|0114 496 0907⟧; she will contact police today. ⟦h|Elfatih⟧ answered his mobile (⟦ph|07700 900 162⟧) and said mum and ⟦h|Malaz⟧ will be home on ⟪Sunday⟫.
""")

# ==========================================================================
# Zimbabwean (Shona)
N("zw", "fnp", """
Family Nurse Partnership: infancy visit 11
Date ⟦d|9 Sept 2025⟧, 13:30, client's flat (⟦a|Flat 9, Tettenhall Court⟧, ⟦pl|Wolverhampton⟧ ⟦pc|WV6 8QH⟧)
Client ⟦h|Tendai Moyo⟧ (19, care leaver, personal adviser ⟦p|Kofi Annor⟧). Baby ⟦h|Nyasha⟧, 5 months. FOB ⟦h|Tatenda Chikomo⟧ (28) was not there.
Feeding: starting solids; she has been giving baby rice in the bottle "because ⟪ambuya⟫ said". Went through first foods, no rice in bottles, no salt, no ⟪honey⟫. Weight 6.9kg (25th ⟪centile⟫).
Skin: eczema on cheeks and creases; using ⟪Epimax⟫ and ⟪Oilatum⟫ bath; GP review booked.
Her mum ⟦h|Rudo⟧ (care worker, nights) visits on ⟪Sundays⟫.
Goal: Access to Nursing course at ⟦s|Bilston Community College⟧ from ⟪September⟫; childcare funding forms done.
Next visit ⟦d|23/09⟧. FN ⟦p|Ranger Mupfumira⟧, ⟦ph|07700 900 924⟧.
""")

N("zw", "gp_letter", """
⟦hs|Tettenhall Wood Surgery⟧
Dr ⟦p|Olu Abiodun⟧ to Paediatric Dermatology, ⟦hs|New Cross Vale Hospital⟧
⟦d|18/09/2025⟧
Re: ⟦h|Nyasha Chikomo⟧, DOB ⟦d|12/04/2025⟧, NHS «nhs-». Mother ⟦h|Tendai Moyo⟧, ⟦ph|07700 900 127⟧.
Dear colleague,
I would be grateful if you would see this 5-month-old with severe atopic eczema not controlled by emollients and ⟪hydrocortisone⟫ 1% (10 days). The skin is weeping on both cheeks and behind the knees, with one episode of impetigo treated with ⟪flucloxacillin⟫. Weight has fallen from the 50th to the ⟪25th centile⟫ over 2 months. Mum wonders about cow's milk allergy; she uses ⟪SMA⟫ Little Steps.
Mum is a very young parent, supported by the Family Nurse Partnership (⟦p|Ranger Mupfumira⟧).
Yours sincerely,
⟦p|O. Abiodun⟧
""")

N("zw", "strategy", """
Strategy discussion (⟦pl|Wolverhampton⟧ ⟪MASH⟫): ⟦d|Mon 2 Feb 2026⟧ 11:15
Child: ⟦h|Nyasha Chikomo⟧ (9 months)
Present: ⟦p|Mercy Chiwenga⟧ (SW, chair), PS ⟦p|Jordan Pike⟧ (police), ⟦p|Ranger Mupfumira⟧ (FN), ⟦p|Kofi Annor⟧ (leaving care PA).
Information: ⟦d|Sat 31st Jan⟧ 14:10, a neighbour called police after hearing a baby crying "for hours" in the next flat. Officers found ⟦h|Nyasha⟧ alone in her cot, wet and distressed but unhurt; ⟦h|Tendai⟧ was sitting a college exam and had left her with ⟦h|Tatenda⟧, who had gone to a work shift without telling her. He drives a grey Corsa, ⟦v|ML62 OWD⟧. Incident ref ⟦r|WMP-3101-0711⟧.
Views: ⟦h|Tendai⟧ rang her mother (⟦h|Rudo Moyo⟧) straight away and came home within 20 minutes of police calling her. ⟦h|Tatenda⟧ said he "thought she was asleep and would be fine".
Decision: threshold for s47 not met; single assessment as a Child in Need; ⟦h|Tatenda⟧ to be seen by SW; childcare plan for exam days with ⟦h|Rudo⟧.
""")

N("zw", "supervision", """
FNP supervision: ⟦p|Ranger Mupfumira⟧ with ⟦p|Miriam Saint⟧, ⟦d|10/02/2026⟧
Client: ⟦h|Tendai⟧ (⟦h|Tendi⟧ to her friends).
What I brought: my anger with ⟦h|Tatenda⟧ after ⟦d|31 January⟧, and the worry that I let it show at the joint visit. ⟦p|Miriam⟧ asked what the anger was protecting. I think it is ⟦h|Tendai⟧'s course: she is the first in her family here to train as a nurse and I badly want her to finish.
What I noticed: I talk about ⟦h|Nyasha⟧'s eczema and weight (now back to the ⟪50th centile⟫ on ⟪Nutramigen⟫) more easily than about the relationship. ⟦h|Tendai⟧ has never once said she is afraid of him; I have assumed she is.
Actions: ask her, using the ⟪Shona⟫ word she taught me for "safe"; see ⟦h|Tatenda⟧ on his own; check what the care leavers' team can offer for childcare on exam days.
""")

# ==========================================================================
# Kenyan
N("ke", "handover", """
Handover to the ⟦pl|Leeds⟧ East 0-19 team, from ⟦p|Josie Taylor⟧ (HV), ⟦d|19 March 2025⟧
Mother ⟦h|Wanjiru Kamau⟧ ("⟦h|Wanji⟧"), 30; partner ⟦h|Brian Otieno⟧, 35; baby ⟦h|Baraka⟧ (DOB ⟦d|02/01/2025⟧); ⟦h|Zawadi⟧ (6, mum's daughter) at ⟦s|Ashtree Lane Primary⟧.
Address: ⟦a|33 Lilac Walk⟧, ⟦pl|Leeds⟧ ⟦pc|LS9 7QP⟧.
Languages: ⟪Swahili⟫, ⟪Kikuyu⟫ and English. Mum grew up in ⟦pl|Nairobi⟧; her mother (⟪cucu⟫ to the children) lives in ⟦pl|Nyeri⟧.
⟦h|Baraka⟧: 11 weeks, 5.6kg (50th-75th ⟪centile⟫), 8-week immunisations done, 12-week due.
Mum: ⟪EPDS⟫ 13 at 6 weeks, declined GP, uses the ⟪Start for Life⟫ app. Routine enquiry: she said "he shouts, that's all" and would not say more with ⟦h|Brian⟧ in the next room. PLEASE see her alone.
Phones: mum ⟦ph|07700 900 683⟧; her Kenyan line ⟦ph|+254 722 418 903⟧.
""")

N("ke", "marac", """
MARAC ⟦d|Thursday 15 May 2025⟧ (⟦pl|Leeds⟧). Referrer: ⟦p|Josie Taylor⟧ (HV).
Victim: ⟦h|Wanjiru Kamau⟧ (30), DOB ⟦d|1995-08-21⟧, NI ⟦ni|RK 29 44 81 A⟧.
Perpetrator: ⟦h|Brian Otieno⟧ (35), partner, father of ⟦h|Baraka⟧.
Children: ⟦h|Baraka⟧ (4 months), ⟦h|Zawadi⟧ (6).
Disclosure to HV on ⟦d|02/05⟧ with mum alone: he pushes and slaps her, throws food, takes her wages, and has threatened to send ⟦h|Zawadi⟧ back to ⟪Kenya⟫. ⟪DASH⟫ 14 plus professional judgement (escalating).
He drives for a ride app: silver Prius ⟦v|YH68 EUK⟧. Facebook: ⟦u|https://facebook.com/brian.otieno.lds⟧.
Actions: police to record and investigate, ref ⟦r|WYP-2505-0219⟧; ⟪IDVA⟫; school DSL informed; ⟪MASH⟫ referral ⟦r|MASH-77120⟧; HV to continue visits at the ⟪Family Hub⟫ rather than at home.
""")

N("ke", "ae", """
ED SAFEGUARDING LIAISON: adult with dependants
Patient: ⟦h|Wanjiru Kamau⟧   Attended ⟦hs|Seacroft Vale Hospital⟧ ⟦d|25/05/2025⟧ 01:30
2cm laceration to the right eyebrow, closed with steri-strips. At triage: "walked into a door". Later, alone with the nurse, she said her partner punched her.
Baby ⟦h|Baraka⟧ (4 months) with her in his car seat, well. ⟦h|Zawadi⟧ (6) left with a neighbour.
Police informed with consent: PC ⟦p|Kirsty Ogden⟧, crime ref ⟦r|WYP-2505-0887⟧. ⟦h|Wanji⟧ asked us NOT to ring ⟦h|Brian⟧'s number, which is on her record as next of kin: removed.
Discharged at 05:00 to her friend ⟦p|Faith⟧'s flat with the baby. HV and ⟪IDVA⟫ notified. Known to MARAC (⟦d|15/05/2025⟧).
""")

N("ke", "conference", """
Initial Child Protection Conference: ⟦d|12.06.2025⟧
Children: ⟦h|Zawadi Kamau⟧ (6), ⟦h|Baraka Otieno⟧ (5 months). Chair ⟦p|Deborah Ansah⟧.
Present: ⟦h|Wanjiru⟧ (mother); ⟦h|Brian⟧ (father of ⟦h|Barak⟧, first half only; left angry); ⟦p|Callum Reid⟧ (SW); ⟦p|Josie Taylor⟧ (HV); Mrs ⟦p|Okafor⟧ (class teacher); ⟪IDVA⟫.
⟦h|Zawadi⟧'s wishes, written with her SW: "I want mummy to stop crying. I like my brother. I don't like shouting." She drew the family with ⟦h|Brian⟧ outside the house.
Police: one assault (⟦d|25/05⟧), charged; bail conditions not to contact ⟦h|Wanjiru⟧ or go to ⟦a|33 Lilac Walk⟧.
Decision: Child Protection Plan for both children, category ⟪emotional abuse⟫. Core group on ⟦d|26th June⟧. Mum to be supported to apply for a non-molestation order; ⟪Refuge⟫ outreach; ⟦h|Zawadi⟧ to have time with the school's play therapist.
""")

# ==========================================================================
# Congolese
N("cd", "midwife", """
Postnatal visit day 5: ⟦d|Tues 21/10/2025⟧
Mother: ⟦h|Grace Mbuyi⟧ (no accent on the hospital system), 28, P2. Baby: ⟦h|Merveille⟧, girl, born ⟦d|16/10/2025⟧ at ⟦hs|North Manchester Vale Maternity⟧, SVD, ⟪Apgar⟫ ⟪9/10⟫, 3.56kg.
Today 3.40kg (4.5% loss). Breastfeeding, good nappies. Slight jaundice to the face.
⟪Bloodspot⟫ done; mum asks about sickle cell as ⟦h|Béni⟧ (7) has sickle cell trait. Explained results come in 6-8 weeks; ⟪Sickle Cell Society⟫ leaflet.
Mum: lochia normal, BP 124/80, mood good. ⟪Lingala⟫ and ⟪French⟫ at home; English good.
Father ⟦h|Patrick Kabongo⟧ works for a delivery firm; phone ⟦ph|07700 900 572⟧.
Address: ⟦a|Flat 14, Irwell View⟧, ⟦pl|Salford⟧ ⟦pc|M6 5FX⟧.
""")

N("cd", "conference", """
INITIAL CHILD PROTECTION CONFERENCE: MINUTES
Date: ⟦d|Wednesday 4 February 2026⟧   Chair: ⟦p|Angela Fairclough⟧ (IRO)
Children: ⟦h|Béni Kabongo⟧ (7), ⟦h|Merveille Kabongo⟧ (3 months)
Present: ⟦h|Grâce Mbuyi⟧ (mother); ⟦h|Patrick Kabongo⟧ (father); ⟪Lingala⟫ interpreter Mr ⟦p|Mukendi⟧; ⟦p|Cooper Lindsay⟧ (SW); Miss ⟦p|Achterberg⟧ (class teacher, ⟦s|St Ambrose RC Primary⟧); ⟦p|Precious Nwankwo⟧ (HV); DC ⟦p|Liam Hurst⟧.
Reason: on ⟦d|12/01/2026⟧ ⟦h|Béni⟧ told his teacher that a pastor at the family's church had said he has "kindoki" (witchcraft), made him fast for three days and stand in cold water. He had lost 1.8kg since ⟪December⟫. The pastor (Pastor ⟦p|Ilunga⟧) has been arrested, ref ⟦r|GMP-26-004911⟧.
Parents' views: ⟦h|Patrick⟧ said they did not know about the cold water and have left that church. ⟦h|Grâce⟧ said in ⟪French⟫: "we believed him because we were afraid for our son."
Medical: ⟦h|Béni⟧ seen by Dr ⟦p|Osei⟧; weight regained, no injuries.
Decision: Child Protection Plan for ⟦h|Béni⟧ (⟪emotional abuse⟫); ⟦h|Merveille⟧ as a Child in Need. ⟪AFRUCA⟫ to work with the family. Review ⟦d|30/04/2026⟧.
""")

N("cd", "social_work", """
Case note ⟦d|19/02/2026⟧, ⟦p|Cooper Lindsay⟧ (SW). Case ⟦r|SAL-CP-20931⟧.
Joint visit with the ⟪AFRUCA⟫ worker, Mrs ⟦p|Nsimba⟧. Seen ⟦h|Beni⟧ alone in his bedroom: he talked about football, his new trainers and his cousin ⟦p|Junior⟧ in ⟦pl|Kinshasa⟧. He said home is "good now" and he is not scared at church any more.
⟦h|Merveille⟧ (4 months) smiling and feeding well; the HV weighed her last week at 6.4kg.
The family now go to a different church. They came from ⟦pl|Lubumbashi⟧, ⟪Congo⟫, through ⟪Uganda⟫. ⟦h|Patrick⟧ has cut his hours to do the school run. Mum said having both children home and well "is a ⟪blessing⟫".
School attendance 96%. Dad's NI number for the ⟪Healthy Start⟫ form: ⟦ni|ws384201c⟧. Next visit ⟦d|5th March⟧.
""")

N("cd", "voice", """
voice note ⟦d|10 march⟧ visit to ⟦h|grace⟧ and ⟦h|patrick⟧'s flat ⟦h|merveille⟧ 20 weeks weight 6.9 kilos ⟪50th centile⟫ bloodspot came back sickle cell carrier like her brother explained again what that means mum asked if she can still have the ⟪rotavirus⟫ no too late for that one ⟦h|béni⟧ home with a cold told me he's stopped having bad dreams mum laughing about ⟦h|patrick⟧ learning to cook she wants to do ⟪ESOL⟫ level 2 at ⟦s|Irwell Valley College⟧ in ⟪september⟫ new number for mum ⟦ph|07700 900 806⟧ and dad's brother in ⟦pl|brussels⟧ is ⟦ph|+32 470 21 84 96⟧ if we can't get hold of them end
""")

# ==========================================================================
# Hong Kong Chinese
N("hk", "nursery", """
Nursery welfare concern form: ⟦s|Willen Lake Day Nursery⟧
Child: ⟦h|Hei Tung Leung⟧ (known as ⟦h|Hayley⟧), 3y 2m   Date: ⟦d|Thursday 16 October 2025⟧   Time: 08:35
Staff: ⟦p|Carys Penhaligon⟧ (key person)
Seen: a bruise, about 3cm, purple-yellow, in the middle of her forehead. Dad (⟦h|Kelvin⟧) said at drop-off that she fell off her scooter at the weekend, in ⟪Cantonese⟫ to her and in English to me; ⟦h|Hayley⟧ said "scooter, bang".
She still says very few words at nursery in either language.
Action: body map; logged for the DSL (Mrs ⟦p|Wong⟧), who judged it consistent with the explanation; no referral. Mum ⟦h|Wing Yan⟧ told at pick-up and agreed. Log kept for pattern.
""")

N("hk", "message", """
WhatsApp messages (work phones) between HV ⟦p|Martha Kwok⟧ and nursery SENCo ⟦p|Daisy Prowse⟧, ⟦d|22/10/2025⟧, copied to the record
⟦p|Daisy⟧ 10:02: Hi ⟦p|Martha⟧, ⟦h|Hei Tung⟧'s mum asked if you could come to the SEN support meeting on ⟦d|5 Nov⟧? Parents want a ⟪Cantonese⟫ interpreter, not ⟪Mandarin⟫ please.
⟦p|Martha⟧ 10:15: Yes, booked. I'll bring the ⟪ASQ⟫ from her 2-year review. Has she had her hearing checked?
⟦p|Daisy⟧ 10:20: Not since the newborn screen I think. Also FYI mum follows our page and posts a lot about her, her IG is ⟦hd|@wingyan.mk⟧. Nothing worrying, just lots of photos with school uniform in!
⟦p|Martha⟧ 10:24: Thanks, I'll mention privacy gently. Mum's new mobile for your records: ⟦ph|07700 900 219⟧. ⟪Por Por⟫ is back in ⟪Hong Kong⟫ now, so mum has less help at home.
""")

N("hk", "gp_letter", """
⟦hs|Larkfield Medical Centre⟧
Dr ⟦p|Amit Deshpande⟧ to Community Paediatrics and Audiology
⟦d|30 October 2025⟧
Re: ⟦h|Hei Tung LEUNG⟧ (⟦h|Hayley⟧), DOB ⟦d|08/08/2022⟧, NHS «nhs»
⟦a|12 Tolcarne Avenue⟧, ⟦pl|Milton Keynes⟧ ⟦pc|MK8 0JH⟧
Dear colleagues,
Please see this 3-year-old with delayed speech. She has about 20 words in ⟪Cantonese⟫ and a few in English, and does not yet join two words. Her ⟪ASQ⟫ communication score at the 2-year review was below the cut-off. She has had frequent colds and her hearing has not been tested since the newborn screen; I wonder about glue ear. Play and understanding seem good.
The family came from ⟪Hong Kong⟫ on the BN(O) route. Parents: mother ⟦h|Chan Wing Yan⟧ and father ⟦h|Leung Ka Ho⟧ (⟦h|Kelvin⟧). Please use a ⟪Cantonese⟫ interpreter. Contact ⟦ph|01632 960 835⟧.
Yours sincerely,
Dr ⟦p|A. Deshpande⟧
""")

N("hk", "ae", """
ADULT ED ATTENDANCE: NOTIFICATION (PARENT WITH A DEPENDENT CHILD)
Patient: ⟦h|Wing Yan Chan⟧, 34, DOB ⟦d|3/2/1991⟧
Attended ⟦hs|Oakgrove General Hospital⟧ ⟦d|Sun 30 Nov 2025⟧ at 23:50 by ambulance, having taken 24 x 500mg ⟪paracetamol⟫ at about 21:00. Acetylcysteine started; admitted overnight to the medical ⟪wing⟫ (Ward 7).
Psychiatric liaison: low mood for months, lonely since her mother went back to ⟪Hong Kong⟫, visa and money worries, "I felt like a burden". Regrets the overdose; no plan to repeat. Referred to the crisis team; given ⟪Samaritans⟫ details.
Dependant: ⟦h|Hei Tung⟧ (3) at home with her father ⟦h|Ka Ho Leung⟧, whose number on file is still his ⟪Hong Kong⟫ mobile, ⟦ph|+852 9168 4073⟧.
Informed: HV (⟦p|Martha Kwok⟧) and GP (⟦hs|Larkfield Medical Centre⟧). ⟪Cantonese⟫ interpreter used for the liaison assessment.
""")

# ==========================================================================
# Japanese
N("jp", "handover", """
HV handover: ⟦h|Tanaka⟧ family, ⟦d|16/05/2025⟧ (⟦p|Pilot Hargreaves⟧ to ⟦p|Nadia Emery⟧)
⟦h|Yuki Tanaka⟧ (33) and ⟦h|Kenji Tanaka⟧ (36); baby ⟦h|Haruto⟧, born ⟦d|28 March 2025⟧, NHS «nhs0».
Address: ⟦a|6 Harbour Walk⟧, ⟦pl|Sunderland⟧ ⟦pc|SR1 3FG⟧. Home ⟦ph|0191 498 0614⟧; mum ⟦ph|07700 900 484⟧.
Dad is an engineer at the car plant on a 3-year secondment from ⟦pl|Nagoya⟧. ⟪Japanese⟫ at home; mum's English is basic and she is shy to use it; ⟪Japanese⟫ interpreter booked for every contact.
⟦h|Haruto⟧: 6-8 week review done ⟦d|12/05⟧: 5.1kg (⟪50th centile⟫), hips and eyes normal, smiling. Breastfed. Dad gives one bottle of expressed milk at night.
Mum: quiet, polite, ⟪EPDS⟫ 10 (interpreter), says she is "fine". Her mother (⟪obaachan⟫ to the baby) arrives from ⟪Japan⟫ in ⟪June⟫ for two months.
Next: listening visit in ⟪2/52⟫; introduce the ⟪Family Hub⟫ baby massage group.
""")

N("jp", "ae", """
Paediatric ED → HV liaison
Child: ⟦h|Haruto Tanaka⟧, 4 months   DOB: ⟦d|28.03.2025⟧
Attended ⟦hs|Roker Vale Children's Emergency Department⟧ ⟦d|Saturday 2nd August 2025⟧, 03:20. Two days of cough and poor feeding; parents saw him "stop breathing and go pale" for a few seconds. RSV positive bronchiolitis; sats 91%. Admitted to HDU for high-flow oxygen, NG feeds.
Parents present and appropriate; ⟪Japanese⟫ interpreter by telephone. Grandmother ⟦p|Michiko Sato⟧ with them.
Safeguarding: no concerns. Discharged ⟦d|7/8/25⟧ feeding well.
For HV follow-up: mum very frightened; please check how she is. Mum's Japanese mobile, active while her mother is here: ⟦ph|+81 90-4127-8853⟧.
""")

N("jp", "supervision", """
Supervision reflection, ⟦d|September 2025⟧: ⟦p|Nadia Emery⟧ (HV)
I have visited ⟦h|Yuki⟧ since ⟪May⟫. I wrote "quiet, polite, says she is fine" in my first note, and ⟦p|Pilot⟧ had written almost the same words before me. After ⟦h|Haruto⟧'s admission I asked the interpreter to put the question another way, and ⟦h|Yuki⟧-san said she has not slept more than two hours together since the hospital and checks his breathing all night.
I realised I had read her politeness as coping. My supervisor asked what "fine" means in ⟪Japanese⟫; the interpreter told me afterwards that the word she used can mean "please don't worry about me".
Next: offer ⟪Japanese⟫-speaking peer support; GP review for anxiety (⟪GAD-7⟫ 14); ask ⟦h|Kenji⟧ to be at the next visit, since he is the one who has been sleeping.
""")

N("jp", "voice", """
voice note nine month review ⟦h|haruto tanaka⟧ ⟦d|19th january⟧ seen at home mum and dad both there interpreter on speaker weight 8.6 kilos 50th ⟪centile⟫ commando crawling pincer grip coming eats rice porridge fish and ⟪berry⟫ puree mum proud ⟪obaachan⟫ went home in ⟪october⟫ mum says she is much better ⟪gad-7⟫ 6 now she goes to a ⟪Japanese⟫ mums group on saturdays in ⟦pl|newcastle⟧ dad says the secondment may be extended a year they might move to ⟦a|22 cresswell gardens⟧ first dental check booked at ⟦hs|Fawcett Street Dental Practice⟧ end of note
""")

# ==========================================================================
# Korean
N("kr", "fnp", """
FNP visit record: infancy visit 2, ⟦d|Wed 14 May 2025⟧
Client: ⟦h|Ji-woo Park⟧ (19), second-year student. Baby: ⟦h|Seo-yeon⟧, 6 weeks. FOB ⟦h|Min-jun Park⟧ (22, master's student) at a lecture.
Feeding: breastfeeding, about 15 ⟪min⟫ each side, 8-10 feeds a day. Weight 4.6kg (⟪50th centile⟫).
Sleep: ⟪Next2Me⟫ crib; baby sometimes sleeps on client's chest on the sofa "when I'm so tired": talked through the risk and a safer plan for night feeds.
Client walks to the ⟪park⟫ with the pram most days, which she says saves her. Her mother (⟪halmeoni⟫ to the baby) arrives from ⟦pl|Busan⟧ in ⟪July⟫ for the Korean postnatal rest tradition.
Visa: client is a dependant on ⟦h|Min-jun⟧'s student visa; worried about money and ⟪NRPF⟫.
Goals: return to her course in ⟪September⟫; finish her ⟪Korean⟫ to English translation module.
She has watched the ⟪Lullaby Trust⟫ video we sent, ⟦u|bit.ly/safesleep-kr⟧, in ⟪Korean⟫.
Contact ⟦ph|07700 900 931⟧; her Korean mobile ⟦ph|+82 10-4827-3391⟧. Next visit ⟦d|28/05⟧.
""")

N("kr", "marac", """
MARAC ⟦d|Tuesday 9 December 2025⟧, ⟦pl|Lancaster⟧
Victim: ⟦h|Jiwoo Park⟧ (name written without the hyphen on police systems), 19. DOB ⟦d|2006-03-02⟧.
Perpetrator: ⟦h|Min-jun Park⟧, 22, husband.
Child: ⟦h|Seo-yeon⟧ (8 months).
Concerns: coercive control. He holds both passports and the BRP cards, gives her £20 a week, reads her ⟪KakaoTalk⟫ messages and has told her she will be sent back to ⟪Korea⟫ without the baby if she leaves. On ⟦d|28 November⟧ he locked her and the baby out on the balcony in the cold for an hour (neighbour called police, ref ⟦r|LAN-2811-0452⟧).
Her visa depends on his. ⟪Korean⟫ interpreter, female, not from the university community.
Actions: ⟪IDVA⟫; immigration advice for the ⟪DDVC⟫; university welfare team; HV ⟦p|Sonia Marsh⟧; police to apply for a ⟪DVPO⟫.
""")

N("kr", "social_work", """
Social work case note, ⟦d|16/12/2025⟧. Case ⟦r|LCC-CIN-55820⟧. SW ⟦p|Bethany Okonjo⟧
Seen ⟦h|Ji-woo⟧ and ⟦h|Seo-yeon⟧ at the refuge in ⟦pl|Preston⟧ with a ⟪Korean⟫ interpreter by video. ⟦h|Seo-yeon⟧ crawling, cheerful, 8.4kg; mum feeding her rice porridge and ⟪Cow & Gate⟫.
⟦h|Min-jun⟧ was served a ⟪DVPN⟫ on ⟦d|10/12⟧ and a 28-day ⟪DVPO⟫ granted; he has been texting from a new number (⟦ph|07700 900 570⟧) in breach, reported to police.
Mum has her passport back via the police. Her mother flew from ⟦pl|Seoul⟧ and is staying nearby.
Plan: Child in Need; housing application; ⟪Home-Start⟫ volunteer who speaks ⟪Korean⟫ (Mrs ⟦p|Kang⟧).
""")

N("kr", "nursery", """
WELFARE CONCERN: ⟦s|Bailrigg Kindergarten⟧ (university nursery)
Child: ⟦h|Seo-yeon Park⟧, 2y 2m   Date: ⟦d|12/06/2027⟧   Recorded by: ⟦p|Olive Pemberton⟧
What I saw: at 17:05 in the car ⟪park⟫ dad (⟦h|Min-jun⟧) shouted at mum in ⟪Korean⟫ and took the car seat from her hands; ⟦h|Seo-yeon⟧ was crying. Mum came back inside and asked us to call her SW. Dad drove off in a black Kia, ⟦v|PE71 LKO⟧.
Context we know: there is a child arrangements order; dad's contact is meant to be at the ⟪Family Hub⟫.
Action: called SW ⟦p|Bethany Okonjo⟧ on ⟦ph|01632 960 194⟧ and police (log ⟦r|LAN-1206-1177⟧). Mum and ⟦h|Seo⟧ waited in the office until a taxi came.
""")

# ==========================================================================
# English families whose names are also words
N("e1", "strategy", """
Strategy discussion: ⟦d|Thursday 6 March 2025⟧, 15:00, ⟦pl|Stoke-on-Trent⟧ ⟪MASH⟫
Children: ⟦h|Sonny Fisher⟧ (4), ⟦h|Wren Fisher⟧ (7 weeks)
Present: ⟦p|Abdul Rahman⟧ (SW, chair); DS ⟦p|Kate Hollins⟧ (police); ⟦p|Bianca Ferro⟧ (HV); Mrs ⟦p|Ebrahim⟧ (nursery manager, ⟦s|Little Oaks Nursery⟧).
Information:
- Nursery, ⟦d|05/03⟧: ⟦h|Sonny⟧ said "⟦h|Jet⟧ hit mummy with the remote and she cried".
- HV, ⟦d|4 March⟧: bruise to ⟦h|Hazel⟧'s left cheek; she said she slipped on the ⟪stone⟫ step out the back.
- Police: ⟦h|Jet Stone⟧ (27), ⟦h|Wren⟧'s father, has three domestic incidents with a previous partner and a conviction for ABH. He runs a ⟪jet⟫ wash from the yard behind the flats and drives a black Golf, ⟦v|VU15 HXT⟧.
- ⟦h|Wren⟧: 4.3kg, ⟪25th centile⟫, seen well cared for.
Decision: threshold met, joint s47. ⟦h|Sonny⟧ to be spoken to at nursery by SW and police; HV to see ⟦h|Hazel⟧ alone; MARAC referral by police today.
""")

N("e1", "marac", """
MARAC: ⟦d|20/03/2025⟧ (⟦pl|Stoke-on-Trent⟧)
Victim: ⟦h|Hazel Fisher⟧, 24, DOB ⟦d|14/11/2000⟧, NI ⟦ni|WL 55 20 63 B⟧
Perpetrator: ⟦h|Jet Stone⟧, 27, partner
Children: ⟦h|Sonny⟧ (4; his father, ⟦p|Liam Cartwright⟧, has no contact) and ⟦h|Wren⟧ (2 months, ⟦h|Jet⟧'s daughter)
Address: ⟦a|17 Kiln Bank Road⟧, ⟦pl|Longton⟧ ⟦pc|ST3 1QY⟧
Risk: ⟪DASH⟫ 17. Strangulation disclosed at the HV's visit alone; he checks her phone; she has lost a ⟪stone⟫ in weight since ⟪Christmas⟫. He posts about her on TikTok as ⟦hd|@jetstone_official⟧.
Safety: she could go to her mum's in ⟦pl|Stone⟧, but he knows the address; refuge preferred.
Actions: police (crime ref ⟦r|SP-25-031187⟧, arrest planned); ⟪IDVA⟫; refuge referral out of area; HV (⟦p|Bianca Ferro⟧) to share the new address with nobody; nursery told who may collect ⟦h|Sonny⟧.
""")

N("e1", "message", """
From: ⟦p|Bianca Ferro⟧ <⟦e|bianca.ferro@example.org⟧>
To: ⟦p|Candice Okoye⟧ (IDVA) <⟦e|idva.team@example.org⟧>
Date: ⟦d|Mon 24/03/2025⟧ 12:48
Subject: ⟦h|H.F.⟧

Hi ⟦p|Candice⟧,
Saw ⟦h|Hazel⟧ and the children at the refuge this morning. ⟦h|Wren⟧ 4.9kg, feeding well, ⟪Vitamin D⟫ started. ⟦h|Sonny⟧ is unsettled and misses his ⟪Fisher-Price⟫ garage, which was left at the flat; is there any way the refuge can find him one?
⟦h|Jet⟧ has been messaging her from a new Facebook page, ⟦u|https://www.facebook.com/jet.stone.5591⟧, and a new number, ⟦ph|07700 900 692⟧; she has screenshots. Her own new number is ⟦ph|07700 900 133⟧: please don't put it on anything he could see.
She has said yes to the ⟪Freedom Programme⟫ and asked about ⟪Home-Start⟫.
Thanks,
⟦p|Bianca⟧
""")

N("e1", "supervision", """
Supervision reflection: ⟦p|Bianca Ferro⟧ (HV), with ⟦p|Ruth Ansell⟧, ⟦d|April 2025⟧
What I keep coming back to is the new birth visit. ⟦h|Jet⟧ was charming, made me tea, talked about the ⟪wren⟫ nesting in the hedge and said that was why they chose the name ⟦h|Wren⟧. I wrote "dad very involved".
⟦h|Hazel⟧ said almost nothing and I put it down to tiredness. ⟪Stone⟫ steps and doors, ⟦p|Ruth⟧ said, are the explanations we hear most, and I heard one three weeks later and nearly wrote it down as fact.
It was ⟦h|Sonny⟧ who told. A four-year-old did what I didn't.
What I will take forward: routine enquiry at every contact, alone, even when it is awkward; and to notice when I like a father, and ask myself why.
""")

N("e2", "fnp", """
FNP visit record: infancy visit 6, ⟦d|Tue 8 July 2025⟧, home
Client: ⟦h|Clover Hunter⟧ (19). Baby: ⟦h|Meadow⟧, 10 weeks. ⟦h|Flint⟧ (FOB, 24) was there with his son ⟦h|Bear⟧ (3), who stays at weekends and in the holidays.
Weight 5.5kg, ⟪50th centile⟫. Breastfeeding plus one bottle of ⟪Kendamil⟫ at night.
Topic: baby's cues. We went through early signs of ⟪hunger⟫ and tired cues, with the video.
⟪Bear⟫ in mind for next time: ⟦h|Bear⟧ has been climbing into the crib with his teddy ⟪bear⟫ to "give ⟦h|Meadow⟧ a cuddle". Talked about a clear cot and a stair gate.
⟦h|Flint⟧ smokes outside; smoke-free home plan renewed.
Client walks most days in the ⟪meadow⟫ behind the estate. Her nan gave her a four-leaf ⟪clover⟫ keyring "for luck", which she showed me.
Address ⟦a|2 Foxglove Close⟧, ⟦pl|Shrewsbury⟧ ⟦pc|SY1 4NP⟧. Mobile ⟦ph|07700 900 381⟧.
Family Nurse: ⟦p|Tallulah Quince⟧. Next visit ⟦d|22/07⟧.
""")

N("e2", "ae", """
Paediatric ED safeguarding liaison: ⟦d|24/08/2026⟧
Child: ⟦h|Bear Archer⟧ (4)   DOB ⟦d|2022-06-19⟧   NHS «nhs»
Brought by ambulance at 15:10 from ⟦a|2 Foxglove Close⟧: drowsy, unsteady, pupils dilated. His dad, ⟦h|Flint Archer⟧, found him with an open packet of sweets shaped like gummy ⟪bears⟫ which turned out to be cannabis edibles. Urine toxicology THC positive. Observed for 8 hours; recovered fully.
Safeguarding: cannabis edibles left within reach of a 4-year-old. ⟪MASH⟫ referral ref ⟦r|MASH-26-11875⟧. Police informed (PC ⟦p|Haddon⟧).
Others in the home: ⟦h|Meadow⟧ (15 months) and her mother ⟦h|Clover Hunter⟧.
⟦h|Bear⟧'s mother, ⟦p|Kayleigh Dunn⟧, was contacted on ⟦ph|07700 900 746⟧ and came in.
""")

N("e2", "conference", """
Initial Child Protection Conference: ⟦d|Friday 11 September 2026⟧
Children: ⟦h|Meadow Hunter-Archer⟧ (16 months), ⟦h|Bear Archer⟧ (4)
Chair: ⟦p|Gwyneth Oduya⟧. Present: Ms ⟦h|Hunter⟧ and Mr ⟦h|Archer⟧; ⟦p|Kayleigh Dunn⟧ (⟦h|Bear⟧'s mother); ⟦p|Lewis Mabbott⟧ (SW); ⟦p|Tallulah Quince⟧ (FN); PC ⟦p|Haddon⟧.
⟪Major⟫ concerns: ⟦h|Bear⟧ ate cannabis edibles at the flat on ⟦d|24/08⟧; the home was found with dog mess on the floor and little food; ⟦h|Meadow⟧ has decay in her front teeth from juice in bottles, and has missed her 1-year immunisations.
⟦h|Flint⟧ said the edibles were his and that he is "gutted"; he has started with the drug and alcohol service. ⟦h|Clover⟧ said she had felt on her own since the FNP ended and "let things slide".
Decision: Child Protection Plan, category ⟪neglect⟫, for both children. ⟦h|Bear⟧ to stay with his mum until the review. Dental referral for ⟦h|Meadow⟧.
""")

N("e2", "voice", """
voice note ⟦d|wednesday 30 september⟧ first visit since conference ⟦h|clover⟧ and ⟦h|flint⟧ at home flat much cleaner windows open dog outside a ⟪fox⟫ had been at the bins again ⟦h|meadow⟧ walking well 10.4 kilos ⟪50th centile⟫ dentist took out two front teeth she's fine about it ⟦h|flint⟧ says he's stopped the weed and goes to his group on ⟪mondays⟫ ⟦h|clover⟧ had the radio on listening to the ⟪archers⟫ which made me smile ⟦h|bear⟧ was at his mum's for the week after the court thing ⟦h|meadow⟧ walked me along the old ⟪flint⟫ wall holding my hand next visit ⟦d|14th october⟧ core group the week after end
""")

N("e3", "fnp", """
Family Nurse Partnership: infancy visit 3, ⟦d|03/03/2025⟧, at her mum's house
Client: ⟦h|Honey Parker⟧ (17). Baby: ⟦h|Promise⟧, 5 weeks. ⟦h|Deacon⟧ (FOB, 19) came for the last 20 minutes.
Client has a cough and sore throat. ⟪Honey⟫ and lemon in hot water suggested; ⟪paracetamol⟫ is fine while breastfeeding.
Baby: 4.2kg (⟪25th centile⟫), breastfeeding going well. Nan has been dipping the dummy in ⟪honey⟫: explained why not under 12 months, and no ⟪sugar⟫ or juice in bottles.
Her mum ⟦h|Goldie⟧ (38) is a great support but "takes over"; client said "I ⟪promise⟫ I'm trying".
⟪Money⟫: Child Benefit claimed; ⟪Healthy Start⟫ applied for. Client wants to go back to ⟦s|Oldbury Vale College⟧ in ⟪September⟫ (Care to Learn forms).
Relationship: ⟦h|Deacon⟧ goes through her phone and her snapchat (⟦hd|honeyp_x⟧); she says "it's cos he loves me". Used the healthy relationships materials; she went quiet.
Address: ⟦a|45 Tividale Row⟧, ⟦pl|Oldbury⟧ ⟦pc|B69 2JP⟧. Home ⟦ph|0121 496 0573⟧.
""")

N("e3", "social_work", """
Case note ⟦d|12/05/2025⟧. SW: ⟦p|Taylor Boateng⟧. Case ⟦r|SMBC-CIN-60331⟧.
Home visit. Seen ⟦h|Honey⟧ (17), ⟦h|Promise⟧ (3 months) and ⟦h|Goldie⟧. ⟦h|Honey⟧ is a child in need in her own right as well as a young mum: she is also a young ⟪carer⟫ for her mum, who has MS.
⟦h|Promise⟧: bright, smiley, 5.9kg; ⟦h|Honey⟧'s care of her is warm and attentive.
Worries: ⟦h|Deacon Carter⟧ (19) is controlling: he takes her ⟪money⟫, tracks her location, and she has stopped seeing friends. His own mum, a ⟪deacon⟫ at her church, rang me to say she is worried too.
⟦h|Honey⟧ signed the plan with her grandad's old ⟪Parker⟫ pen "for luck" and asked if ⟦h|Deacon⟧ would see it. I said the plan is shared with parents, and we talked about what that means.
⟦h|Honey⟧'s NI number (⟦ni|TM 83 11 47 D⟧) has come through, so she can claim in her own name. Plan: referral to the young people's violence advocate (YPVA); Child in Need plan for both; next visit ⟦d|Monday 2nd June⟧.
""")

N("e3", "marac", """
MARAC: ⟦d|17 July 2025⟧ (⟦pl|West Bromwich⟧)
Victim: ⟦h|Honey Parker⟧, 17, DOB ⟦d|2/9/2007⟧. Child: ⟦h|Promise⟧, 5 months.
Perpetrator: ⟦h|Deacon Carter⟧, 19, father of ⟦h|Promise⟧.
Incident on ⟦d|11/07/2025⟧: he grabbed the baby from ⟦h|Honey⟧'s arms during an argument and drove off with her, unrestrained, in a red Fiesta, ⟦v|BX14 OPL⟧; police found them two hours later (crime ref ⟦r|WMP-25-092244⟧). He threatened ⟦h|Goldie Parker⟧ when she tried to stop him.
He messages ⟦h|Honey⟧ constantly; on snapchat he is ⟦hd|deacon.c04⟧ and he has made a second account.
Risk: ⟪DASH⟫ 18, high. YPVA ⟦p|Jo Mallender⟧.
Actions: police bail conditions; ⟪Early Help⟫ stepped up to CSC; nursery and GP flagged; ⟦h|Goldie⟧'s number for contact: ⟦ph|07700 900 827⟧.
""")

N("e3", "nursery", """
NURSERY WELFARE CONCERN: ⟦s|Rainbow Corner Nursery⟧
Child: ⟦h|Promise Parker⟧, 2y   Date: ⟦d|14 January 2027⟧   Time: 15:20
Recorded by: ⟦p|Kelsey Marsh⟧ (deputy manager)
What happened: dad, ⟦h|Deacon⟧ (⟦h|Deac⟧, as mum calls him), arrived to collect ⟦h|Promise⟧. He is not on the collection list and mum has told us there is a court order. We did not release her. He shouted in reception, kicked the door and said he would "be back with the police". ⟦h|Promise⟧ saw part of this from the window and cried "Daddy".
Mum had made us ⟪promise⟫ at the start of term never to let him take her.
Action: manager rang police (log ⟦r|WMP-1401-1188⟧) and mum. Nan ⟦h|Goldie⟧ collected ⟦h|Promise⟧ at 16:00. Social worker ⟦p|T. Boateng⟧ emailed at ⟦e|t.boateng@example.org⟧.
""")

N("e4", "gp_letter", """
⟦hs|Sneinton Dale Medical Centre⟧, ⟦pl|Nottingham⟧. Tel ⟦ph|0115 496 0642⟧
⟦d|19/08/2025⟧
Dear Ms ⟦p|Adeleke⟧ (Health Visitor),
Re: ⟦h|Treasure King-Baker⟧, DOB ⟦d|05/05/2025⟧, NHS «nhs-»; mother ⟦h|Precious King⟧
I saw ⟦h|Treasure⟧ with her mother on ⟦d|Monday 18th August⟧. Her weight is 5.4kg, down from the 50th to the ⟪9th centile⟫ over six weeks. Examination is otherwise normal, including her mouth and palate.
Mum says she is getting ⟪precious⟫ little sleep and that ⟦h|Treasure⟧ "feeds for hours" (breast and ⟪SMA⟫ top-ups). Her own mood is low: ⟪PHQ-9⟫ 16. I have started ⟪sertraline⟫ 50mg and referred to the perinatal team.
⟦h|Precious⟧ mentioned that her partner ⟦h|Duke⟧ works nights at the ⟪Royal Mail⟫ sorting office and that ⟦h|Royal⟧ (6) has been "playing up" at school.
I would be grateful if you could visit this week and weigh her again in ⟪1/52⟫. Mum's mobile: ⟦ph|07700 900 358⟧.
Yours sincerely,
Dr ⟦p|Eamon Tierney⟧
""")

N("e4", "strategy", """
Strategy discussion: ⟦d|Wed 1 October 2025⟧ 13:00 (Teams)
Children: ⟦h|Royal Baker⟧ (6), ⟦h|Treasure King-Baker⟧ (5 months)
Present: ⟦p|Martin Oyelowo⟧ (SW, chair), DC ⟦p|Harper Lyons⟧, ⟦p|Femi Adeleke⟧ (HV), Mrs ⟦p|Quarshie⟧ (DSL, ⟦s|Sneinton St Christopher's Primary⟧).
Information: on ⟦d|30/09⟧ ⟦h|Royal⟧ showed his teacher three bruises on his upper arm and said "⟦h|Duke⟧ did it with his slipper cos I woke the baby". School photographed the marks. ⟦h|Duke Baker⟧ (33) is ⟦h|Royal⟧'s stepfather and ⟦h|Treasure⟧'s father; police hold one ⟪previous⟫ common assault (2019, ex-partner).
HV: ⟦h|Treasure⟧'s weight recovering (⟪25th centile⟫); mum on ⟪sertraline⟫; the family of four all sleep in one ⟪King⟫ size bed because ⟦h|Royal⟧'s room is damp.
Decision: joint s47. ⟦h|Royal⟧ to be medically examined today; ⟦h|Duke⟧ to stay at his mother's above the ⟪baker's⟫ on ⟦a|Hermitage Row⟧ while enquiries continue (police ref ⟦r|NOT-25-19412⟧).
""")

N("e4", "conference", """
INITIAL CHILD PROTECTION CONFERENCE: ⟦d|22/10/2025⟧
Chair: ⟦p|Rosalind Achebe⟧. Children: ⟦h|Royal Baker⟧ (6) and ⟦h|Treasure King-Baker⟧ (5 months).
Present: ⟦h|Precious King⟧ (mother); ⟦h|Duke Baker⟧ (father of ⟦h|Treasure⟧); ⟦p|Martin Oyelowo⟧ (SW); ⟦p|Femi Adeleke⟧ (HV); Mrs ⟦p|Quarshie⟧ (school).
Police: ⟦h|Duke⟧ admitted smacking ⟦h|Royal⟧ with a slipper and received a conditional caution.
⟦h|Precious⟧ said she "didn't know it had got that bad" and that she had been "in a fog". Her ⟪PHQ-9⟫ is now 9.
⟦h|Royal⟧'s voice, through his SW: "I want ⟦h|Duke⟧ to be kind. I want my own room that's not wet."
Housing: damp and mould report sent to the landlord; ⟪Shelter⟫ and environmental health involved.
Safe sleep: ⟦h|Treasure⟧ now in her own cot; no more bed-sharing in the ⟪King⟫ size bed.
Chronology:
⟦d|05/05/2025⟧ ⟦h|Treasure⟧ born, 3.3kg.
⟦d|18/08/2025⟧ GP: weight down to the ⟪9th centile⟫; mum ⟪PHQ-9⟫ 16.
⟦d|30/09/2025⟧ ⟦h|Royal⟧ shows his teacher bruises; strategy discussion next day.
⟦d|02/10/2025⟧ ⟦h|Duke⟧ interviewed, conditional caution.
Decision: Child Protection Plan for ⟦h|Royal⟧ (⟪physical abuse⟫) and for ⟦h|Treasure⟧ (⟪neglect⟫). Review ⟦d|21 January 2026⟧.
""")

N("e4", "social_work", """
Case note: ⟦d|Thursday 13th November 2025⟧, ⟦p|Martin Oyelowo⟧ (SW). Case ⟦r|NCC-CP-40718⟧
Home visit, announced. Flat warmer; landlord has treated the mould in ⟦h|Royal⟧'s room and he is sleeping there again. He showed me his bed and his ⟪treasure⟫ box of Pokémon cards.
⟦h|Treasure⟧, 6 months: sitting with support, playing with a ⟪treasure⟫ basket the ⟪Family Hub⟫ gave mum (wooden spoon, fir cone, a ⟪stone⟫). Weight back on the 50th.
⟦h|Prec⟧ (she signs texts this way) says she feels "more like me" and that a quiet night is "⟪heaven⟫". ⟦h|Duke⟧ is doing the "Caring Dads" course and visits daily, supervised by mum until the review. He had ⟦h|Treasure⟧ on his knee and was gentle with her.
⟦h|Royal⟧ told me he "isn't scared any more but doesn't like shouting". He is proud to be a ⟪King⟫ in the school nativity.
Next: core group ⟦d|27/11⟧.
""")


# ==========================================================================
# checks


def strip_marks(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


PARTICLES = {"de", "al", "van", "der", "le", "la"}


def name_tokens(household):
    toks = set()
    for m in household:
        for n in [m["name"]] + m["aliases"]:
            for t in re.split(r"[\s\-]+", n):
                if t.lower() in PARTICLES or len(t) < 2:
                    continue
                toks.add(t.lower())
                toks.add(strip_marks(t).lower())
    return toks


def lev1(a, b):
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


# words one edit from a household name that are ordinary English here
EDIT_OK = set()
# common words that begin a household name (She/Shehu, The/Théo): not short forms
COMMON = {"she", "the", "her", "tho"}


def byte_to_char(text):
    m, b = {}, 0
    for i, ch in enumerate(text):
        m[b] = i
        b += len(ch.encode("utf-8"))
    m[b] = len(text)
    return m


def check(records, strict_lint=True):
    errors, warnings = [], []
    ids = [r.get("id") for r in records]
    want = [f"t{i:03d}" for i in range(1, len(records) + 1)]
    if ids != want:
        errors.append("ids are not t001.. in order")
    for r in records:
        rid = r.get("id")
        if set(r) != {"id", "text", "household", "identifiers", "keep"}:
            errors.append(f"{rid}: fields {sorted(r)}")
            continue
        text = r["text"]
        tb = text.encode("utf-8")
        b2c = byte_to_char(text)
        for m in r["household"]:
            if set(m) != {"name", "role", "aliases"} or m["role"] not in ROLES:
                errors.append(f"{rid}: bad household member {m}")
        spans = []
        for lab in r["identifiers"]:
            if set(lab) != {"start", "end", "kind", "text"}:
                errors.append(f"{rid}: label fields {sorted(lab)}")
                continue
            s, e, k, t = lab["start"], lab["end"], lab["kind"], lab["text"]
            if k not in KINDS:
                errors.append(f"{rid}: kind {k}")
            if not (0 <= s < e <= len(tb)) or s not in b2c or e not in b2c:
                errors.append(f"{rid}: span {s}-{e} not on characters")
                continue
            if tb[s:e].decode("utf-8") != t:
                errors.append(f"{rid}: span {s}-{e} decodes to {tb[s:e]!r}, not {t!r}")
            if t != t.strip():
                errors.append(f"{rid}: label {t!r} has outer spaces")
            spans.append((b2c[s], b2c[e], k, t))
            if k == "nhs_number":
                d = re.sub(r"\D", "", t)
                if not nhs_ok(d):
                    errors.append(f"{rid}: NHS number {t} fails modulus 11")
            if k == "ni_number" and not ni_ok(t):
                errors.append(f"{rid}: NI number {t} breaks HMRC prefix rules")
            if k == "reference" and (not re.search(r"[A-Za-z]", t)
                                     or len(re.sub(r"\D", "", t)) >= 9):
                errors.append(f"{rid}: reference {t} needs letters and fewer than 9 digits")
            if k == "postcode" and not postcode_ok(t):
                errors.append(f"{rid}: postcode {t} has a bad shape")
            if k == "phone":
                d = re.sub(r"\D", "", t)
                if len(d) < 7:
                    errors.append(f"{rid}: phone {t} too short")
                for i in range(len(d) - 9):
                    if nhs_ok(d[i:i + 10]):
                        errors.append(f"{rid}: phone {t} holds a valid NHS number {d[i:i+10]}")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{rid}: labels overlap {a[3]!r} / {b[3]!r}")

        def outside(cs, ce):
            return all(ce <= s or cs >= e for s, e, _, _ in spans)
        for k in r["keep"]:
            found = False
            for m in re.finditer(r"(?<![\w])" + re.escape(k) + r"(?![\w])", text):
                if outside(m.start(), m.end()):
                    found = True
                    break
            if not found:
                errors.append(f"{rid}: keep {k!r} not a whole word outside the labels")

        # lint: household name words outside labels must be keep-words
        toks = name_tokens(r["household"])
        keep_spans = []
        for k in r["keep"]:
            for m in re.finditer(r"(?<![\w])" + re.escape(k) + r"(?![\w])", text):
                keep_spans.append((m.start(), m.end()))
        long_toks = {t for t in toks if len(t) >= 5}
        for m in re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text):
            w = m.group(0)
            wl = re.sub(r"['’]s$", "", w).lower()
            if not outside(m.start(), m.end()):
                continue
            in_keep = any(ks <= m.start() and m.end() <= ke for ks, ke in keep_spans)
            if (wl in toks or strip_marks(wl) in toks) and not in_keep:
                errors.append(f"{rid}: household name word {w!r} unlabelled and not kept")
            if not in_keep and wl not in EDIT_OK and any(lev1(strip_marks(wl), t) for t in long_toks):
                (errors if strict_lint else warnings).append(
                    f"{rid}: {w!r} is one edit from a household name")
            if (w[:1].isupper() and len(w) >= 3 and not in_keep and wl not in COMMON
                    and any(t.startswith(wl) and t != wl for t in toks)):
                warnings.append(f"{rid}: capitalised {w!r} may read as a short form")
    return errors, warnings


def stats(records):
    from collections import Counter
    kinds = Counter(l["kind"] for r in records for l in r["identifiers"])
    keep = sum(len(r["keep"]) for r in records)
    return kinds, keep


def build():
    rng = random.Random(SEED)
    records = []
    for n, (fam, style, src) in enumerate(NOTES, 1):
        _, members = HOUSEHOLDS[fam]
        hh = [{"name": nm, "role": role, "aliases": list(al)} for nm, role, al in members]
        text, labels, keep = render(src, rng)
        records.append(to_record(f"t{n:03d}", text, labels, keep, hh))
    return records


def main():
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            lines = f.read().splitlines()
        records = []
        for i, line in enumerate(lines, 1):
            try:
                records.append(json.loads(line))
            except ValueError as e:
                print(f"line {i}: not JSON ({e})")
                sys.exit(1)
    else:
        records = build()
        with open(OUT, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errors, warnings = check(records)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    kinds, keep = stats(records)
    print(f"{len(records)} notes, {sum(kinds.values())} identifiers, {keep} keep entries")
    for k, v in kinds.most_common():
        print(f"  {k:15} {v}")
    if not "--check" in sys.argv[1:]:
        from collections import Counter
        print("styles:", dict(Counter(s for _, s, _ in NOTES)))
        print("families:", dict(Counter(f for f, _, _ in NOTES)))
    if errors:
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
