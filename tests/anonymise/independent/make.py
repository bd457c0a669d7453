#!/usr/bin/env python3
"""Independent held-out corpus for the Doorstep anonymiser.

Written from docs/anonymiser.md alone (no code, data lists or existing corpus
were read).  Standard library only, fixed seed: running it again writes the
same corpus.jsonl byte for byte.

    python3 make.py            # write corpus.jsonl next to this file and check it
    python3 make.py --check    # only re-check an existing corpus.jsonl

Every person, street, number and address here is invented.  Phone numbers are
in Ofcom's drama ranges (07700 900xxx, 01632 960xxx, 020 7946 0xxx) or made-up
foreign numbers (North American ones in the 555-01xx fiction block); NHS numbers
carry a valid modulus-11 check digit; NI numbers follow HMRC's prefix rules.
"""

import collections
import json
import os
import random
import re
import sys
import unicodedata

SEED = 47_2025
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")
N_NOTES = 240

rng = random.Random(SEED)


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def fold(s):
    """lower case, accents off (the direction the docs claim is matched)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").lower()


def has_accent(s):
    return fold(s) != s.lower()


def strip_accents(s):
    out = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in out if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out).replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")


def one_edit(a, b):
    """True when a and b are exactly one insertion, deletion or substitution apart."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        return sum(x != y for x, y in zip(a, b)) == 1
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def pick(seq):
    return rng.choice(list(seq))


# --------------------------------------------------------------------------
# identifiers that are numbers
# --------------------------------------------------------------------------

def nhs_check_ok(d):
    if len(d) != 10 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def new_nhs_digits():
    while True:
        body = str(rng.randint(4, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        s = sum(int(body[i]) * (10 - i) for i in range(9))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        d = body + str(c)
        assert nhs_check_ok(d)
        return d


def nhs_text(style=None):
    d = new_nhs_digits()
    style = style or pick(["space", "space", "run", "dash", "space"])
    if style == "space":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "dash":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == "run":
        return d
    if style == "split":          # disguise: grouped oddly
        return f"{d[:9]} {d[9]}"
    if style == "dots":
        return f"{d[:3]}.{d[3:6]}.{d[6:]}"
    raise ValueError(style)


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_text():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in NI_BAD:
            break
    d = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suf = pick("ABCD")
    style = pick(["pairs", "pairs", "run", "pairs_nosuffix_space"])
    if style == "pairs":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    if style == "run":
        return f"{p}{d}{suf}"
    return f"{p}{d[:2]} {d[2:4]} {d[4:]}{suf}"


def digits_of(s):
    return "".join(c for c in s if c.isdigit())


def phone_safe(s):
    """No run of ten digits inside a phone may pass the NHS check (the docs
    say such ten digits stay an NHS number)."""
    d = digits_of(s)
    return not any(nhs_check_ok(d[i:i + 10]) for i in range(0, max(1, len(d) - 9)))


def _mob():
    return f"{rng.randint(0, 999):03d}"


def phone_uk():
    while True:
        x = _mob()
        y = f"{rng.randint(0, 999):03d}"
        z = f"{rng.randint(0, 999):03d}"
        style = pick([
            "07700 900{x}", "07700900{x}", "07700 900 {x}", "+44 7700 900{x}",
            "+44 (0)7700 900{x}", "0044 7700 900{x}", "(07700) 900{x}", "07700-900-{x}",
            "01632 960{y}", "(01632) 960{y}", "01632960{y}", "+44 1632 960{y}", "01632 960 {y}",
            "020 7946 0{z}", "0207 946 0{z}", "(020) 7946 0{z}", "+44 20 7946 0{z}",
            "+44 (0)20 7946 0{z}",
        ])
        s = style.format(x=x, y=y, z=z)
        if phone_safe(s):
            return s


def phone_odd():
    """UK numbers with unusual spacing or separators (docs: spacing; dots,
    dashes, underscores, odd spaces read as spaces)."""
    while True:
        x = _mob()
        style = pick([
            "0 7700 900 {x}", "07 700 900 {x}", "077 00 900 {x}", "07700  900{x}",
            "0770 0900 {x}", "07700.900.{x}", "07700_900_{x}", "+44 77 00 900 {x}",
            "07700\u00a0900{x}", "01632 96 0{x}", "0 1632 960 {x}", "+44-7700-900-{x}",
        ])
        s = style.format(x=x)
        if phone_safe(s):
            return s


def phone_local():
    """6-8 digits run together, only a phone because 'ring', 'call', 'phone' comes before."""
    return pick(["960", "9460", "79460"]) + f"{rng.randint(0, 999):03d}"


FOREIGN_PHONE = {
    "polish": ["+48 512 900 {a}", "0048 601 900 {a}", "+48 22 900 {b} {c}"],
    "romanian": ["+40 721 900 {a}", "0040 745 900 {a}", "+40 21 900 {b} {c}"],
    "nigerian": ["+234 803 900 {d}", "+234 (0)805 900 {d}", "00234 812 900 {d}"],
    "pakistani": ["+92 300 900{a}1", "+92 321 9000{a}", "0092 42 3590 {d}"],
    "somali": ["+252 61 590 {d}", "+252 63 900 {a}", "00252 61 900 {a}"],
    "vietnamese": ["+84 91 900 {d}", "+84 (0)90 590 {d}", "0084 24 3900 {d}"],
    "chinese": ["+86 138 0900 {d}", "+852 5900 {d}", "0086 20 8900 {d}"],
    "arabic": ["+963 944 900 {a}", "+961 3 900 {a}", "00962 79 900 {d}"],
    "irish": ["+353 87 900 {d}", "00353 1 590 {d}", "+353 (0)86 900 {d}"],
    "scottish": ["(541) 555-01{b}", "905-555-01{b}", "905.555.01{b}"],
    "welsh": ["+33 6 12 90 {b} {c}", "06 90 {b} {c} 12", "+61 4 9000 {d}"],
    "english": ["(541) 555-01{b}", "905-555-01{b}", "+1 604 555 01{b}", "06 90 {b} {c} 12"],
}


def phone_foreign(bg):
    while True:
        style = pick(FOREIGN_PHONE[bg])
        s = style.format(a=f"{rng.randint(0, 999):03d}", b=f"{rng.randint(0, 99):02d}",
                         c=f"{rng.randint(0, 99):02d}", d=f"{rng.randint(0, 9999):04d}")
        if phone_safe(s):
            return s


PC_AREAS = ["CF24", "CF14", "CF5", "CF62", "LL57", "LL55", "LL11", "SA1", "SA15", "SA31", "NP20",
            "NP19", "BT9", "BT12", "BT7", "G12", "G42", "G31", "EH6", "EH11", "DD1", "AB24",
            "IV2", "M14", "M8", "B11", "B19", "LS8", "BD7", "L8", "S3", "LU1", "LE2", "OL9",
            "SW1A", "E17", "N4", "W3", "SE15", "NW10", "EC1V", "W1D", "SY23", "CH7"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(style=None):
    out = pick(PC_AREAS)
    inw = f"{rng.randint(0, 9)}{pick(PC_LETTERS)}{pick(PC_LETTERS)}"
    style = style or pick(["caps"] * 7 + ["lower", "nospace"])
    if style == "caps":
        return f"{out} {inw}"
    if style == "lower":
        return f"{out} {inw}".lower()
    if style == "nospace":
        return f"{out}{inw}"
    if style == "dash":
        return f"{out}-{inw}"
    raise ValueError(style)


REG_L = "ABCDEFGHJKLMNOPRSTUVWXY"


def vehicle(lower=False):
    style = pick(["cur", "cur", "cur", "prefix", "suffix"])
    if style == "cur":
        s = f"{pick(REG_L)}{pick(REG_L)}{pick(['14', '16', '19', '21', '23', '65', '68', '70', '72'])} " \
            f"{pick(REG_L)}{pick(REG_L)}{pick(REG_L)}"
    elif style == "prefix":
        s = f"{pick('BCFGHJKLMNPRSTVWXY')}{rng.randint(10, 999)} {pick(REG_L)}{pick(REG_L)}{pick(REG_L)}"
    else:
        s = f"{pick(REG_L)}{pick(REG_L)}{pick(REG_L)} {rng.randint(10, 999)}{pick('ABCDEFGHJKLMNPRSTVWXY')}"
    return s.lower() if lower else s


def reference():
    style = pick(["CP/{d5}/{y}", "HV-{d4}-{L}", "MR{d5}", "SC/{d4}/{L}{L}", "PN{d4}{L}",
                  "WSP/{d5}/{y}", "LA-{d5}-{L}{L}", "ECH{d4}", "DVA/{d4}/{L}"])
    return re.sub(r"\{(\w+)\}", lambda m: {
        "d5": f"{rng.randint(10000, 99999)}", "d4": f"{rng.randint(1000, 9999)}",
        "y": pick(["24", "25", "26"]), "L": pick("ABCDEFGHJKLMNPRSTWXY")}[m.group(1)], style)


def rand_slug(n):
    return "".join(pick("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def date_text(style=None):
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = pick([2024, 2025, 2025, 2026])
    style = style or pick(["dmy", "dmy", "dmyy", "dots", "longy", "ordm", "mord", "ordofm",
                           "dayord", "iso", "dmon"])
    mon = MONTHS[m - 1]
    return {
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "dmyy": f"{d}/{m}/{y % 100:02d}",
        "dots": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "longy": f"{d} {mon} {y}",
        "ordm": f"{ordinal(d)} {mon}",
        "mord": f"{mon} {ordinal(d)}",
        "ordofm": f"{ordinal(d)} of {mon}",
        "dayord": f"{pick(DAYS)} {ordinal(d)}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dmon": f"{d} {mon[:3]}",
        "noyear": f"{d:02d}/{m:02d}",
        "ord": ordinal(d),
    }[style]


# --------------------------------------------------------------------------
# venues, streets, people outside the household
# --------------------------------------------------------------------------

VENUE_WORDS = ["Pantglas", "Maesycoed", "Ashgrove", "Larchfield", "Heathbrook", "Penllyn",
               "Rowanbank", "Glenview", "Thornleigh", "Millbrae", "Ferncliffe", "Oakwood",
               "Beechwood", "Brynheulog", "Tirnanog", "Fernhill", "Meadowside", "Cwmderi",
               "Kilbrannan", "Ardmore", "Drumkeen", "Copperfield", "Hazelmere",
               "Greenacre", "Ynysfach", "Castlebrae", "Springvale", "Moorcroft"]
SAINTS = ["Brannoc", "Petroc", "Elwyn", "Teilo", "Aeddan", "Columba", "Kentigern", "Brigid"]


def health_service():
    w = pick(VENUE_WORDS)
    return pick([f"{w} Surgery", f"{w} Medical Centre", f"{w} Health Centre", f"{w} Hospital",
                 f"{w} General Hospital", f"St {pick(SAINTS)}'s Hospital", f"{w} Clinic",
                 f"{w} Children's Centre", f"{w} Family Centre", f"Royal {w} Infirmary"])


def gp_surgery():
    w = pick(VENUE_WORDS)
    return pick([f"{w} Surgery", f"{w} Medical Centre", f"{w} Health Centre"])


def hospital():
    w = pick(VENUE_WORDS)
    return pick([f"{w} Hospital", f"{w} General Hospital", f"St {pick(SAINTS)}'s Hospital",
                 f"Royal {w} Infirmary"])


def centre():
    w = pick(VENUE_WORDS)
    return pick([f"{w} Children's Centre", f"{w} Family Centre", f"{w} Clinic"])


def school():
    w = pick(VENUE_WORDS)
    return pick([f"{w} Primary", f"{w} Primary School", f"{w} Infants", f"{w} Nursery",
                 f"{w} Nursery School", f"{w} Academy", f"{w} High School",
                 f"St {pick(SAINTS)}'s RC Primary", f"Little {w} Nursery"])


STREETS = ["Tudor", "Maple", "Alder", "Hawthorn", "Larkspur", "Glanmor", "Pengam", "Kelvindale",
           "Ormeau", "Wellfield", "Cedar", "Brynmor", "Holmfirth", "Ravenhill", "Aspen",
           "Dyfrig", "Carnforth", "Willowbrook", "Tegid", "Ladywell"]
STREET_TYPES = ["Road", "Street", "Avenue", "Close", "Crescent", "Drive", "Lane", "Way",
                "Terrace", "Gardens", "Court", "Place"]


def address():
    s = pick(STREETS)
    t = pick(STREET_TYPES)
    style = pick(["num", "num", "num", "flat", "flatb", "flatnum", "named"])
    if style == "num":
        return f"{rng.randint(1, 140)} {s} {t}"
    if style == "flat":
        return f"Flat {rng.randint(1, 30)}, {s} House"
    if style == "flatb":
        return f"flat {rng.randint(1, 12)}{pick('abc')} {s} Court"
    if style == "flatnum":
        return f"Flat {rng.randint(1, 9)}, {rng.randint(1, 90)} {s} {t}"
    return f"{s} {t}"


UK_PLACES = ["Cardiff", "Swansea", "Newport", "Wrexham", "Bangor", "Aberystwyth", "Llanelli",
             "Caerphilly", "Pontypridd", "Bridgend", "Belfast", "Glasgow", "Dundee", "Aberdeen",
             "Inverness", "Stornoway", "Manchester", "Birmingham", "Leeds", "Bradford", "Luton",
             "Leicester", "Bristol", "Liverpool", "Sheffield", "Coventry", "Slough", "Nottingham",
             "Oldham", "Rochdale", "Merthyr Tydfil"]

OUT_FIRST_F = ["Rhian", "Lowri", "Bethan", "Sioned", "Catrin", "Gemma", "Leanne", "Stacey", "Natalie",
               "Priya", "Shabnam", "Nasrin", "Farhana", "Beata", "Monika", "Alina", "Folake",
               "Yetunde", "Chiamaka", "Shona", "Kirsteen", "Fiona", "Rebecca", "Sharon", "Michelle",
               "Tracey", "Nadia", "Samantha", "Claire", "Sinead", "Orla", "Deepa", "Ifeoma", "Sabiha",
               "Mirela", "Thuy", "Siew", "Fardowsa", "Dorota", "Lorna", "Eilish", "Dervla", "Gráinne",
               "Zoë", "Agata"]
OUT_FIRST_M = ["Dariusz", "Grzegorz", "Florin", "Emeka", "Kwame", "Aled", "Huw", "Iwan", "Rhys",
               "Kamran", "Vasile", "Quang", "Hamdi", "Mariusz", "Gavin", "Darren", "Owain", "Emrys",
               "Sandeep", "Obinna", "Radu", "Sorin", "Karim", "Callum", "Niall", "Harpreet"]
OUT_LAST = ["Pritchard", "Whitlock", "Okonjo", "Mensah", "Sandhu", "Chowdhury", "Nwosu", "Abernethy",
            "McAllister", "Quigley", "Tregear", "Pengelly", "Ferreira", "Olawale", "Haidari",
            "Yilmaz", "Kaczmarek", "Thackeray", "Vaughan", "Jenkins", "Llewellyn", "Hendry",
            "Cathcart", "Donnelly", "Brennan", "Ashworth", "Pemberton", "Oduya", "Rahman",
            "Petrescu", "Nistor", "Wójcik", "Zając", "Lăcătuș", "Ní Bhriain", "Prothero",
            "Cadwaladr", "Macaulay", "Osei", "Tahir", "Siddiqui", "Ellingham"]

NON_ENGLISH_KEEP = set()   # filled from the keep words actually written (capitalised brands etc.)


# --------------------------------------------------------------------------
# households
# --------------------------------------------------------------------------

class Member:
    def __init__(self, full, role, call=None, sur=None, aliases=(), nicks=(), shorts=(),
                 typo=None):
        self.full = full
        self.role = role
        words = full.split()
        self.call = call or words[0]
        self.sur = sur if sur is not None else words[-1]
        self.aliases = list(aliases)   # recorded on the household (given to the anonymiser)
        self.nicks = list(nicks)       # docs: nickname list (Gosia, Tomek, Dai, Ianto, ...)
        self.shorts = list(shorts)     # docs: short forms (Jacq, Seb, Sebby, Jono, Bazza, Dami)
        self.typo = typo               # one edit from a name of 5+ letters
        if typo:
            assert len(fold(self.call)) >= 5 and one_edit(fold(typo), fold(self.call)), (typo, self.call)

    def words(self):
        ws = set()
        for n in [self.full] + self.aliases + self.nicks + self.shorts:
            for w in re.split(r"[\s\-'’]+", n):
                if w:
                    ws.add(fold(w))
        return ws


def sur_forms(m):
    """The surname as the docs say it may be written: as recorded, without
    accents, with a curly or no apostrophe, one part of a hyphenated name."""
    sur = m.sur
    out = [sur]
    if "'" in sur:
        out += [sur.replace("'", "’"), sur.replace("'", "")]
    if "-" in sur:
        out += sur.split("-")
    if has_accent(sur):
        out.append(strip_accents(sur))
    return out


def spelling_variants(m):
    """Whole-name spellings other than the one recorded."""
    out = []
    if has_accent(m.call):
        out.append(strip_accents(m.call))
    if has_accent(m.full):
        out.append(strip_accents(m.full))
    if "'" in m.full:
        out += [m.full.replace("'", "’"), m.full.replace("'", "")]
    return out


class Household:
    def __init__(self, hid, bg, members):
        self.hid = hid
        self.bg = bg
        self.members = members

    def by_role(self, role):
        return [m for m in self.members if m.role == role]

    def words(self):
        ws = set()
        for m in self.members:
            ws |= m.words()
        return ws


M_ = Member
HOUSEHOLDS = [
    # ---- Welsh
    ("welsh", [M_("Angharad Pryce", "mother", typo="Angharrad"),
               M_("Dafydd Pryce", "father", nicks=["Dai"]),
               M_("Eira Pryce", "baby"),
               M_("Ieuan Pryce", "sibling", nicks=["Ianto"]),
               M_("Gwenllian Hughes", "grandparent", shorts=["Gwen"], typo="Gwenlian")]),
    ("welsh", [M_("Ffion Llywelyn-Jones", "mother", sur="Llywelyn-Jones"),
               M_("Rhodri Bowen", "partner"),
               M_("Tomos Bowen", "baby"),
               M_("Cerys Bowen", "sibling", typo="Ceris")]),
    ("welsh", [M_("Siân Rees", "mother"),
               M_("Hope Rees", "baby"),
               M_("Gethin Rees", "father", typo="Gethyn")]),
    ("welsh", [M_("Nia Wyn Parry", "mother"),
               M_("Osian Parry", "baby"),
               M_("Summer Parry", "sibling"),
               M_("Gareth Parry", "grandparent", typo="Garath")]),
    ("welsh", [M_("Carys Gruffydd", "mother", typo="Caris"),
               M_("Mark Lloyd", "partner"),
               M_("Elis Gruffydd-Lloyd", "baby", sur="Gruffydd-Lloyd")]),
    # ---- Irish
    ("irish", [M_("Siobhán O'Brien", "mother", typo="Shiobhan"),
               M_("Cian O'Brien", "father"),
               M_("Grace O'Brien", "baby"),
               M_("Oisín O'Brien", "sibling")]),
    ("irish", [M_("Aoife Murphy", "mother"),
               M_("Seán Kavanagh", "partner"),
               M_("Róisín Kavanagh", "baby", typo="Roisinn"),
               M_("Patrick Kavanagh", "sibling", aliases=["Paddy"])]),
    ("irish", [M_("Niamh Gallagher", "mother", typo="Niamhe"),
               M_("Ciarán Gallagher", "baby"),
               M_("Bridget Gallagher", "grandparent", typo="Bridgit"),
               M_("Will Gallagher", "sibling")]),
    ("irish", [M_("Caoimhe Byrne", "mother"),
               M_("Declan Byrne", "father", typo="Declen"),
               M_("Saoirse Byrne", "baby"),
               M_("Eoghan Byrne", "other_adult")]),
    ("irish", [M_("Dawn Fitzgerald", "mother"),
               M_("Tadhg Fitzgerald", "baby"),
               M_("Ronan Doyle", "partner")]),
    # ---- Scottish Gaelic
    ("scottish", [M_("Eilidh MacLeod", "mother", typo="Eilid"),
                  M_("Ruairidh MacLeod", "father", aliases=["Rory"]),
                  M_("Iona MacLeod", "baby"),
                  M_("Catriona MacLeod", "sibling", typo="Catrina")]),
    ("scottish", [M_("Seonaid Macdonald", "mother"),
                  M_("Lachlan Macdonald", "baby", shorts=["Lachie"]),
                  M_("Calum Stewart", "partner")]),
    ("scottish", [M_("Morag Mackenzie", "mother", typo="Moragh"),
                  M_("Ruby Mackenzie", "baby"),
                  M_("Murdo Mackenzie", "grandparent")]),
    ("scottish", [M_("Ealasaid Campbell", "mother", aliases=["Elspeth"]),
                  M_("Alasdair Campbell", "baby", typo="Alisdair"),
                  M_("Fionnlagh Campbell", "father", aliases=["Finlay"])]),
    ("scottish", [M_("Mhairi Fraser", "mother", typo="Mhari"),
                  M_("William Fraser", "partner", call="Bill", aliases=["Bill"]),
                  M_("Isla Fraser", "baby")]),
    # ---- Somali
    ("somali", [M_("Hodan Abdi Warsame", "mother"),
                M_("Abdirahman Warsame", "father", shorts=["Abdi"], typo="Abdirahmaan"),
                M_("Ayaan Warsame", "baby"),
                M_("Liban Warsame", "sibling")]),
    ("somali", [M_("Faadumo Hassan", "mother", aliases=["Fadumo"]),
                M_("Sagal Hassan", "baby"),
                M_("Khadra Hassan", "other_adult", typo="Kadra")]),
    ("somali", [M_("Ubah Mohamed Ali", "mother", sur="Ali"),
                M_("Guled Farah", "partner"),
                M_("Hibaaq Farah", "baby", typo="Hibaq"),
                M_("Mustafe Farah", "sibling")]),
    ("somali", [M_("Sahra Yusuf", "mother"),
                M_("Ilhan Yusuf", "baby"),
                M_("Halimo Yusuf", "grandparent", typo="Halima")]),
    ("somali", [M_("Idil Jama", "mother"),
                M_("Bashiir Jama", "father", typo="Bashir"),
                M_("Nimco Jama", "baby")]),
    # ---- Arabic
    ("arabic", [M_("Rania Al-Khatib", "mother", sur="Al-Khatib"),
                M_("Yousef Al-Khatib", "father", sur="Al-Khatib", typo="Yousif"),
                M_("Lina Al-Khatib", "baby", sur="Al-Khatib"),
                M_("Omar Al-Khatib", "sibling", sur="Al-Khatib")]),
    ("arabic", [M_("Noor Haddad", "mother"),
                M_("Zaid Haddad", "baby"),
                M_("Samira Haddad", "grandparent", typo="Samera")]),
    ("arabic", [M_("Fatimah Saleh", "mother", typo="Fatima"),
                M_("Khaled Saleh", "partner"),
                M_("Maryam Saleh", "baby"),
                M_("Yahya Saleh", "other_child")]),
    ("arabic", [M_("Hanan Darwish", "mother"),
                M_("Amira Darwish", "baby", typo="Ameira"),
                M_("Tariq Darwish", "father")]),
    ("arabic", [M_("Layla Nasser", "mother", typo="Leyla"),
                M_("Adam Nasser", "baby"),
                M_("Joud Nasser", "sibling")]),
    # ---- Polish
    ("polish", [M_("Małgorzata Kowalczyk", "mother", nicks=["Gosia"]),
                M_("Tomasz Kowalczyk", "father", nicks=["Tomek"]),
                M_("Zofia Kowalczyk", "baby", aliases=["Zosia"]),
                M_("Halina Kowalczyk", "grandparent", typo="Halinka")]),
    ("polish", [M_("Agnieszka Wiśniewska", "mother", typo="Agnieska"),
                M_("Jakub Wiśniewski", "baby", aliases=["Kuba"]),
                M_("Łukasz Nowak", "partner")]),
    ("polish", [M_("Ewa Zielińska", "mother"),
                M_("Antoni Zieliński", "baby", typo="Antony"),
                M_("Maja Zielińska", "sibling")]),
    ("polish", [M_("Katarzyna Lewandowska", "mother", aliases=["Kasia"], typo="Katarzina"),
                M_("Filip Lewandowski", "baby"),
                M_("Marek Lewandowski", "father")]),
    ("polish", [M_("Joanna Dąbrowska", "mother", typo="Joana"),
                M_("Julia Dąbrowska", "baby"),
                M_("Piotr Dąbrowski", "other_adult")]),
    # ---- Romanian
    ("romanian", [M_("Ioana Popescu", "mother"),
                  M_("Ionel Popescu", "father", nicks=["Nelu"]),
                  M_("Ștefan Popescu", "baby"),
                  M_("Bianca Popescu", "sibling", typo="Bianka")]),
    ("romanian", [M_("Andreea Stoica", "mother", typo="Andreia"),
                  M_("Mihai Stoica", "baby"),
                  M_("Florica Stoica", "grandparent")]),
    ("romanian", [M_("Alexandra Munteanu", "mother", shorts=["Alex"], typo="Alexandrea"),
                  M_("Cristian Dumitru", "partner"),
                  M_("Daria Dumitru", "baby")]),
    ("romanian", [M_("Elena Marinescu", "mother"),
                  M_("Luca Marinescu", "baby"),
                  M_("Bogdan Marinescu", "father", typo="Bogden")]),
    ("romanian", [M_("Roxana Țurcanu", "mother", shorts=["Roxy"], typo="Roxanna"),
                  M_("Sofia Țurcanu", "baby"),
                  M_("Denis Țurcanu", "other_child")]),
    # ---- Chinese
    ("chinese", [M_("Siu Ling Wong", "mother", call="Siu Ling", aliases=["Linda"]),
                 M_("Ethan Wong", "baby"),
                 M_("Lai Ying Chan", "grandparent", call="Lai Ying")]),
    ("chinese", [M_("Xiaomei Zhang", "mother", typo="Xiaomai"),
                 M_("Wei Liu", "partner"),
                 M_("Yutong Liu", "baby", typo="Yutung")]),
    ("chinese", [M_("Yan Ting Lau", "mother", call="Yan Ting"),
                 M_("Chloe Lau", "baby"),
                 M_("Ka Wai Lau", "father", call="Ka Wai")]),
    ("chinese", [M_("Hui Min Zhou", "mother", call="Hui Min"),
                 M_("Jun Hao Zhou", "baby", call="Jun Hao"),
                 M_("Joy Zhou", "sibling")]),
    ("chinese", [M_("Xue Fang Chen", "mother", call="Xue Fang"),
                 M_("Ruyi Chen", "baby"),
                 M_("Bo Chen", "father")]),
    # ---- Vietnamese
    ("vietnamese", [M_("Nguyễn Thị Hương", "mother", call="Hương", sur="Nguyễn"),
                    M_("Nguyễn Minh Anh", "baby", call="Minh Anh", sur="Nguyễn"),
                    M_("Trần Văn Hùng", "father", call="Hùng", sur="Trần")]),
    ("vietnamese", [M_("Phạm Thu Trang", "mother", call="Trang", sur="Phạm"),
                    M_("Phạm Bảo Long", "baby", call="Long", sur="Phạm")]),
    ("vietnamese", [M_("Lê Thị Mai", "mother", call="Mai", sur="Lê"),
                    M_("Trịnh Quang Huy", "partner", call="Huy", sur="Trịnh"),
                    M_("Trịnh Gia Hân", "baby", call="Hân", sur="Trịnh")]),
    ("vietnamese", [M_("Vu Thi Hoa", "mother", call="Hoa", sur="Vu"),
                    M_("Vu Minh Khoa", "baby", call="Khoa", sur="Vu"),
                    M_("Vu Ngoc Bich", "sibling", call="Bich", sur="Vu")]),
    ("vietnamese", [M_("Hoàng Thị Ngọc", "mother", call="Ngọc", sur="Hoàng"),
                    M_("Hoàng Nam", "baby", call="Nam", sur="Hoàng")]),
    # ---- Nigerian / Yoruba
    ("nigerian", [M_("Patience Adeyemi", "mother", typo="Patiense"),
                  M_("Babatunde Adeyemi", "father", nicks=["Tunde"], typo="Babatunda"),
                  M_("Precious Adeyemi", "baby"),
                  M_("Favour Adeyemi", "sibling")]),
    ("nigerian", [M_("Adebola Ogunleye", "mother", nicks=["Bola"], typo="Adebolla"),
                  M_("Oluwadamilare Ogunleye", "baby", shorts=["Dami"], typo="Oluwadamilere"),
                  M_("Blessing Ogunleye", "sibling")]),
    ("nigerian", [M_("Comfort Adebayo", "mother"),
                  M_("Gift Adebayo", "baby"),
                  M_("Olumide Bakare", "partner", typo="Olumida")]),
    ("nigerian", [M_("Funmilayo Oyelaran", "mother", shorts=["Funmi"], typo="Funmilaya"),
                  M_("Peace Oyelaran", "baby"),
                  M_("Mercy Oyelaran", "grandparent")]),
    ("nigerian", [M_("Joy Okafor", "mother"),
                  M_("Chinedu Okafor", "father", typo="Chinedo"),
                  M_("Faith Okafor", "baby")]),
    # ---- Pakistani / Urdu
    ("pakistani", [M_("Ayesha Bibi Khan", "mother", typo="Aysha"),
                   M_("Naveed Khan", "father", nicks=["Nav"]),
                   M_("Zara Khan", "baby"),
                   M_("Shamim Khan", "grandparent")]),
    ("pakistani", [M_("Saima Akhtar", "mother"),
                   M_("Imran Hussain", "partner", typo="Imraan"),
                   M_("Hamza Hussain", "baby"),
                   M_("Sunny Hussain", "sibling")]),
    ("pakistani", [M_("Rabia Mahmood", "mother"),
                   M_("Inaya Mahmood", "baby"),
                   M_("Tariq Mahmood", "father"),
                   M_("Nabeela Mahmood", "other_adult", typo="Nabela")]),
    ("pakistani", [M_("Sadia Iqbal", "mother"),
                   M_("Muhammad Ayaan Iqbal", "baby", call="Ayaan"),
                   M_("Parveen Iqbal", "grandparent", typo="Parven")]),
    ("pakistani", [M_("Mehwish Raza", "mother", typo="Mehwesh"),
                   M_("Eshal Raza", "baby"),
                   M_("Bilal Raza", "partner")]),
    # ---- English
    ("english", [M_("Jade Carter", "mother"),
                 M_("Will Hartley", "partner"),
                 M_("Summer Hartley", "baby"),
                 M_("Mark Carter", "sibling")]),
    ("english", [M_("Kayleigh Marsh", "mother", typo="Kaylegh"),
                 M_("William Marsh", "father", call="Bill", aliases=["Bill"]),
                 M_("Rose Marsh", "baby"),
                 M_("Jacob Marsh", "sibling", aliases=["Jake"])]),
    ("english", [M_("Amber Rowley", "mother"),
                 M_("Robin Rowley", "baby"),
                 M_("Pauline Rowley", "grandparent", typo="Paulene"),
                 M_("Barry Tate", "partner", shorts=["Bazza"])]),
    ("english", [M_("Jacqueline Dunn", "mother", shorts=["Jacq"], typo="Jaqueline"),
                 M_("Sebastian Cole", "partner", shorts=["Seb", "Sebby"]),
                 M_("Poppy Cole", "baby"),
                 M_("Jonathan Dunn", "sibling", shorts=["Jono"])]),
    ("english", [M_("Penny Holt", "mother"),
                 M_("June Holt", "baby"),
                 M_("Frank Holt", "father"),
                 M_("Miles Holt", "sibling")]),
]
assert len(HOUSEHOLDS) == 60

BG = {
    "welsh": dict(lang=["Welsh"], country=[], kin=["nan", "grandad", "auntie"],
                  abroad=["Bristol", "Liverpool"], home=["Cardiff", "Bangor", "Wrexham", "Llanelli",
                                                         "Aberystwyth", "Swansea", "Caerphilly"]),
    "irish": dict(lang=[], country=[], kin=["nan", "grandad", "auntie"],
                  abroad=["Cork", "Galway", "Dublin"], home=["Belfast", "Liverpool", "Manchester",
                                                            "Coventry", "Newport"]),
    "scottish": dict(lang=["Gaelic"], country=[], kin=["nan", "grandad", "auntie"],
                     abroad=["Stornoway", "Inverness"], home=["Glasgow", "Dundee", "Aberdeen",
                                                             "Inverness"]),
    "somali": dict(lang=["Somali"], country=["Somalia"], kin=["auntie"],
                   abroad=["Mogadishu", "Hargeisa"], home=["Cardiff", "Bristol", "Leicester",
                                                          "Sheffield", "Birmingham"]),
    "arabic": dict(lang=["Arabic"], country=["Syria"], kin=["auntie"],
                   abroad=["Aleppo", "Damascus"], home=["Swansea", "Manchester", "Glasgow",
                                                       "Coventry", "Newport"]),
    "polish": dict(lang=["Polish"], country=["Poland"], kin=["Babcia"],
                   abroad=["Warsaw", "Kraków", "Gdańsk"], home=["Wrexham", "Slough", "Luton",
                                                               "Nottingham", "Bridgend"]),
    "romanian": dict(lang=["Romanian"], country=["Romania"], kin=["auntie", "grandad"],
                     abroad=["Bucharest", "Iași", "Cluj"], home=["Luton", "Leicester", "Newport",
                                                                 "Oldham"]),
    "chinese": dict(lang=["Cantonese", "Mandarin"], country=["China"], kin=["Por Por"],
                    abroad=["Hong Kong", "Guangzhou"], home=["Manchester", "Cardiff", "Glasgow",
                                                            "Liverpool"]),
    "vietnamese": dict(lang=["Vietnamese"], country=["Vietnam"], kin=["auntie"],
                       abroad=["Hanoi"], home=["Birmingham", "Leeds", "Cardiff", "Nottingham"]),
    "nigerian": dict(lang=["Yoruba"], country=["Nigeria"], kin=["auntie", "grandad"],
                     abroad=["Lagos", "Ibadan"], home=["Manchester", "Leeds", "Swansea",
                                                      "Rochdale", "Coventry"]),
    "pakistani": dict(lang=["Urdu"], country=["Pakistan"], kin=["Nani"],
                      abroad=["Karachi", "Lahore"], home=["Bradford", "Oldham", "Rochdale",
                                                         "Birmingham", "Newport"]),
    "english": dict(lang=[], country=[], kin=["nan", "grandad", "auntie"],
                    abroad=["Sheffield", "Bristol"], home=["Leeds", "Sheffield", "Merthyr Tydfil",
                                                          "Pontypridd", "Bradford"]),
}

# --------------------------------------------------------------------------
# ordinary-sense frames for household names that are English words
# (each [[word]] is the word used in its ordinary sense: a keep entry)
# --------------------------------------------------------------------------

COLLIDE = {
    "grace": ["landlord has given a [[grace]] period on the arrears",
              "council allowing a [[grace]] period on the rent for now"],
    "hope": ["they [[hope]] to move nearer family by the spring",
             "not much [[hope]] of a bigger flat this year she thinks",
             "i [[hope]] the housing letter comes soon"],
    "summer": ["flat gets very hot in the [[summer]] so discussed room temp",
               "planning a trip home over the [[summer]] holidays"],
    "mark": ["small red [[mark]] on left forearm, says from the cot bars, no other concerns seen",
             "faint [[mark]] on the tummy from the nappy elastic"],
    "will": ["referral [[will]] be sent today", "gp [[will]] be in touch about the bloods"],
    "bill": ["gas [[bill]] in arrears, fuel bank voucher given",
             "the electric [[bill]] has doubled since the winter"],
    "rose": ["temp [[rose]] to 38.1 overnight, settled with fluids",
             "weight [[rose]] nicely since the last check"],
    "joy": ["no [[joy]] getting a gp appt this week", "no [[joy]] with the housing list yet"],
    "faith": ["has lost [[faith]] in the housing office", "goes to a [[faith]] group weekly"],
    "patience": ["says her [[patience]] is wearing thin at bedtimes",
                 "running out of [[patience]] with the toddler tantrums"],
    "precious": ["getting [[precious]] little sleep at the moment",
                 "says these early weeks are [[precious]] to her"],
    "favour": ["neighbour doing her a [[favour]] with the shopping",
               "church friend did them a [[favour]] and lent a pram"],
    "gift": ["got a [[gift]] card for the baby shop from church",
             "a [[gift]] of a second hand cot from a neighbour"],
    "comfort": ["feeding for [[comfort]] overnight more than hunger",
                "uses a dummy for [[comfort]] at naps"],
    "peace": ["needs some [[peace]] and quiet in the evenings",
              "booked a check for her [[peace]] of mind"],
    "mercy": ["feels at the [[mercy]] of the landlord over the damp"],
    "dawn": ["up before [[dawn]] most days with feeds"],
    "ruby": ["grandparents had their [[ruby]] wedding party at the weekend"],
    "robin": ["baby watches a [[robin]] on the feeder from the window"],
    "amber": ["housing has them on [[amber]] priority for a move"],
    "poppy": ["a paper [[poppy]] the older kids made is on the fridge"],
    "penny": ["not a [[penny]] left after rent this month", "every [[penny]] goes on nappies"],
    "june": ["due back at work in [[June]]", "moving flats in [[June]] hopefully"],
    "frank": ["had a [[frank]] chat about drinking at home"],
    "miles": ["family live [[miles]] away and cannot help", "walks [[miles]] with the pram daily"],
    "sunny": ["a nice [[sunny]] flat but stairs hard with the pram"],
    "long": ["a [[long]] wait for the housing panel", "asked how [[long]] the waiting list is"],
}

# --------------------------------------------------------------------------
# frames.  {M} mother, {F} father or partner, {B} baby, {S} sibling,
# {G} grandparent, {A} other adult, {C} other child, {K} any child.
# modifiers: .lc lower-case name (only where the docs say the words around
# mean a person), .poss possessive, .full, .sur, .first, .fam (plural family)
# {p1.full} {p1.fn} {p1.sur}: people outside the household.
# [[...]] marks words to keep.
# --------------------------------------------------------------------------

EVERYDAY = [
    "{M} v tired, {B} up x3 a night, advised re [[safe sleep]] and [[Moses basket]] by the bed",
    "{B} wt {wt}kg today, following the [[{cent} centile]]",
    "{M} says {B} has bad [[colic]] most evenings, tried [[Gaviscon]] from gp not much better",
    "{F} on nights [[Monday]] to [[Friday]] so {M} on her own a lot",
    "{S} (age {n}) climbing all over the sofa while {M} fed {B}, discussed supervision",
    "{M.poss} sister staying for a few weeks, sleeps on the settee",
    "[[Calpol]] given once for teething pain, {B} settled after",
    "{B} on [[Dr Brown's]] bottles {ml}ml x{n} a day, burping well",
    "discussed [[Healthy Start]] vouchers, {M} not applied yet will do tonight",
    "{M} says {F.poss} mum comes round at weekends to help",
    "spoke to {M.lc} about [[reflux]] and positioning after feeds",
    "{B} rolling both ways, reaching for toys, [[Bookstart]] pack given",
    "house warm and tidy, {S} home today off school with a cough",
    "{M} speaks [[{lang}]] at home, good English, no interpreter needed",
    "{F} smokes in the garden he says, advised re smoke free home and car",
    "small [[bruise]] on {S.poss} shin from football, seen by {M} at the time",
    "{M} tearful at points, [[EPDS]] {epds}, [[Whooley]] qs both yes, to see gp",
    "{B} using [[Tommee Tippee]] anti colic bottles now",
    "{M} asked about [[Flying Start]] childcare for {S}",
    "weaning started, {B} likes [[Ella's Kitchen]] pouches, {M} mashing veg too",
    "{F} holding {B} most of the visit, lovely eye contact and chat",
    "{F} out of work, appt at the [[Job Centre]] on [[Thursday]]",
    "{B.poss} cord fell off day {n}, skin looks fine",
    "{M} asked {F} to pick up [[Gaviscon]] from the chemist",
    "{M} and {F} arguing about money lately, no violence disclosed",
    "{B} imms up to date, next set due in [[{month}]]",
    "{M} coping, {F} doing the night feed at weekends",
    "discussed [[vitamin D]] drops for {B} and {M}",
    "{M} on maternity pay till [[{month}]] then unsure",
    "{F} says {M} worries too much, {M} agrees a bit",
    "{M} wants {B} weighed at the clinic every fortnight",
    "{B} feeding {n} hourly, lots of wet nappies, stools yellow",
    "{S} jealous of {B}, hitting out, gave ideas for special time",
    "{M} walked into town with {B} in the sling, getting out daily",
    "{M} keen on baby massage, {B} loves bath time",
    "{B} had [[colic]] again last night, {F} walked the floor with the baby for hours",
    "{F.poss} hours cut at work, money tight",
    "{M} doing skin to skin with {B}, latch better",
    "{B} smiling and cooing, good head control",
    "{M} says {S} wetting the bed again since {B} came home",
    "{M} using [[Language Line]] for gp calls, prefers [[{lang}]]",
    "{G} helps with the school run most days",
    "[[{kin}]] comes every day to help with {B}",
    "{M} and {B} both well, no concerns raised",
    "{M} still in pain from stitches, advised to mention to gp",
    "{B} sleeping in a [[Moses basket]] in their room, room temp ok",
    "{M} breastfeeding, {F} very supportive, does the nappies",
    "{S} off to nursery soon, {M} worried about settling",
    "family moved from [[{country}]] two years ago",
    "{M} would like to join a [[Cylch Ti a Fi]] group with {B}",
    "{A} lives with them too, works shifts, good with {B}",
    "{C} (age {n}) stays here most weekends",
    "{M} asked for [[Bookstart]] books in [[{lang}]] too",
    "{B} has oral thrush, {M} to see gp",
    "{B} on the [[{cent} centile]] for length, head on the {cent2} centile",
    "on [[Tuesday]] {M} took {B} to the park with {S}",
    "{M} says {F} is great with the kids",
    "{M} not sleeping well, {F} taking {S} out on [[Saturday]] mornings to help",
    "{B} spitting up after most feeds, no weight concerns",
    "{M.poss} mum rings every day from home",
    "her friend {p2f.fn} popped in during the visit",
    "{M.poss} neighbour {p2.full} keeps an eye on them",
    "{F.nick} does bath time most nights",
    "the {M.fam} moved into the flat last year",
    "letter sent to Ms {M.sur} about the clinic change",
    "Mr {F.sur} at work during the visit",
    "discussed with the {F.fam} together, both keen",
    "[[{kin}]] worried about {B.poss} weight, reassured",
    "[[{kin}]] has been staying since the birth, a big help",
    "[[Language Line]] sent a [[Tigrinya]] interpreter by mistake, family speak [[{lang}]]",
    "[[MASH]] checks came back, no further action",
    "{M} goes to [[Cylch Ti a Fi]] on [[Fridays]] with {B}",
]

PROFESSIONAL = [
    "{p1.full} (social worker) visited, {M} engaged well",
    "sw {p1.full} to arrange a [[strategy meeting]] this week",
    "[[MASH]] referral made re {S}, awaiting outcome",
    "[[Section 47]] started, {p1.fn} is lead sw, {M} aware",
    "[[core group]] on [[Wednesday]] at {hs}, {M} and {F} invited",
    "seen by Dr {p1.sur} at {gp}, [[reflux]] meds started for {B}",
    "midwife {p1f.fn} discharged {M} today",
    "[[child protection]] plan under neglect, {p1.full} is the key worker",
    "{B} under Dr {p1.sur} at {hosp} for hip scan",
    "{p1.full} the [[IDVA]] has spoken to {M} twice",
    "Mrs {p1f.sur} next door picks {S} up from school",
    "{M.poss} friend {p1f.fn} drives her to appts",
    "a man called {p1m.fn} has been staying over according to {S}",
    "{M.poss} ex {p1m.fn} not to have contact, non mol in place",
    "referred to {hs} for baby massage",
    "nursery nurse {p1.fn} from {school} rang about {S.poss} attendance",
    "spoke to {p1.full} at {school}, {S} late most mornings",
    "paeds appt at {hosp} re faltering growth",
    "{p1.full} from the perinatal team at {hosp} following {M}",
    "housing officer {p1.full} says no move before [[{month}]]",
    "Auntie {p1f.fn} from church brings food round",
    "SALT {p1.full} at {hs} seeing {S} for speech delay",
    "{M} saw Dr {p1.sur} at {gp} re low mood",
    "{p1.full} from [[Flying Start]] to visit on [[{day}]]",
    "[[ICON]] discussed with {F}, {p1.fn} from the Family [[Nurse Partnership]] also aware",
    "discussed in safeguarding supervision with {p1.full}",
    "school nurse {p1.full} at {school} aware of home situation",
    "{F} has a probation officer, {p1.full}, who sees him fortnightly",
    "family support worker {p1.full} doing sessions on routines",
    "interpreter {p1.full} booked for next visit",
    "Dr {p1.sur} gp and {p2.full} sw both at the meeting",
    "her friend {p1f.fn} came to the visit, {M} happy for her to stay",
    "{p1.full} (health visitor student) shadowed today",
    "Mr {p1m.sur} the landlord says damp is being fixed",
    "dietitian {p1.full} at {hs} reviewing {B.poss} feeds",
    "{M.poss} cousin {p1.fn} helps with {S} after school",
    "[[MARAC]] referral done, {p1.full} (police) aware",
    "[[child protection]] conference outcome: plan continues, chair {p1.full}",
    "{B} seen in A&E at {hosp}, no concerns noted by Dr {p1.sur}",
    "[[Sure Start]] maternity grant form done with {p1.fn} from the council",
]

CONTACT = [
    "{M} new mob {phone}",
    "{F} can be reached on {phone} after 6",
    "email {email} for the appt letter",
    "{M.poss} NHS no {nhs}",
    "{B.poss} NHS number {nhs}, not on the system yet",
    "NI number {ni} for the grant form",
    "moved to {addr}, {pc}",
    "new address {addr}, {place} {pc}",
    "{M} is on insta as {handle}",
    "sent {M} the link {url} for the [[Healthy Start]] form",
    "police ref {ref} re incident at {addr}",
    "{F} drives a black golf reg {reg}",
    "sw contact {phone} or {email}",
    "{gp} tel {phone}",
    "family back in {abroad}, {G.poss} number {phone_f}",
    "case no {ref}",
    "{M} set up a facebook page {url}",
    "snapchat {handle_plain}, {M} says friends message her there",
    "{F.poss} NI no. {ni}",
    "{M} needs her NI number for the claim, found it: {ni}",
    "{M} emails from {email}",
    "car {reg_lc} seen outside most days",
    "ring {phone_local} (landline) if mob off",
    "{M} asked me to call her on {phone} not the old number",
    "{B} nhs {nhs}, dob {dob}",
    "{M} dob {dob}, NI {ni}",
    "postcode {pc} on the gp system is old",
    "{M.poss} sister at {addr}, {pc}, has a spare room",
    "new flat is {addr} {pc}, second floor no lift",
    "living at {addr} with {G}",
    "relatives in {abroad} can be called on {phone_f}",
    "case ref {ref} (children's services)",
    "{F} on tiktok {handle}",
    "info sent via {url}",
    "{M.poss} work email {email}",
    "van reg {reg} parked on the drive",
    "GP {gp} fax/email {email}",
    "{M} uses whatsapp {phone}",
    "crime ref {ref}",
    "refuge number {phone} (do not share)",
    "{M} on insta {handle_plain} and snapchat {handle_plain}",
    "follow-up messages via instagram {handle}",
    "old address {addr} on the system, now at {addr}",
    "{G} lives at {addr}, {pc}, 10 mins walk",
    "{p1.full} sw mob {phone}",
    "{M.poss} NHS number is {nhs} and {B.poss} is {nhs}",
    "temporary accommodation at {addr} until the council decides",
    "{F} has a new car, reg {reg}",
    "housing ref {ref}, {M} to ring them on {phone}",
]

HARD = [
    "{K.first} was unsettled overnight per {M}",
    "{M.first} asked about [[Healthy Start]] again",
    "{p1.full} (social worker) rang on [[{day}]]",
    "next visit on {date_ny}",
    "leaflet at {short_url}",
    "{M} new number {phone_odd}",
    "spoke to {K.lc} about their new bedroom",
    "asked {K.lc} about school, seems happy",
    "recommended by {M.lc}, {F} now using the app",
    "referred {K.lc} to audiology",
    "{K.lc} (age {n}) says she likes nursery",
    "{K.lc} said he is sleeping ok",
    "{K.lc} uses an inhaler at night",
    "{K.lc} starts nursery after half term",
    "{K.lc} was asleep for most of the visit",
    "{B} fell from the [[50th]] to the [[9th centile]], reweigh on the {ord}",
    "back on the [[75th centile]], wt {wt}kg, see again on the {ord}",
    "2nd visit this month, {B} now on the [[25th centile]]",
    "nhs no given as {nhs_disg}",
    "email given as {email_disg}",
    "postcode written {pc_odd} on the form",
    "mob written down as {phone_disg}",
    "the {M.fam} have been here since [[{month}]]",
    "{M} (mum) and {F} (dad) both present",
    "Mrs {M.sur} did not want {S} at the visit",
    "[[Section 47]] strategy on {date_ny}, {p1.full} (social worker) chairing",
    "went to {cc} on {dayth} with {B}",
    "{M} said {will} hit him when he is cross",
    "{p1.full} (family support) came with {M.lc}",
    "seen at home with {K.lc}",
    "{B} referred by {M.lc} to the clinic",
    "short link {short_url} for the video on [[safe sleep]]",
    "wt check on the {ord} at {hs}",
    "{M} admits {will} shouts at the kids",
    "{F.nick} back from work early, {M} relieved",
    "{M.nick} says she is fine, looked tired",
    "{K.nick} wants to hold the baby all the time",
]

# frames that put the same household member after "said"/"admits" need a Will
WILL_FRAMES = {"{M} said {will} hit him when he is cross", "{M} admits {will} shouts at the kids"}

# places and dates sprinkled into any kind of note
SPRINKLE = [
    "lives in {place} now, near the shops",
    "{M} grew up in {place}",
    "visited {date}",
    "HV visit {date}",
    "next review {date}",
    "dob {dob}",
    "{B} born {dob} at {hosp}",
    "{M} going to {place} to see family on {date}",
    "moved from {abroad} in [[{month}]]",
    "gp appt on {date} at {gp}",
    "{S} goes to {school}",
    "{S} at {school} since [[September]]",
    "baby group at {cc} on [[{day}]] mornings",
    "clinic weigh at {hs} on {date}",
    "{F} works in {place} and commutes",
    "{M} back from {place} on {date}",
    "[[{kin}]] visiting from {abroad} until {date}",
    "next imms {date} at {gp}",
    "{B} on waiting list at {school} from {date}",
    "plan: review on {date}, sooner if needed",
    "{M} would like {S} to move to {school}",
    "{B} due 6-8 wk check with gp on {date}",
    "follow up at {hosp} on {date}",
    "{M} to register {B} at {gp}",
    "dad's family in {place}",
    "shopping trip to {place} on [[{day}]]",
]


# --------------------------------------------------------------------------
# the note builder
# --------------------------------------------------------------------------

class Reject(Exception):
    pass


class Note:
    def __init__(self, hh):
        self.hh = hh
        self.parts = []
        self.s = ""
        self.blen = 0
        self.labels = []
        self.keep = []
        self.people = {}
        self.keep_spans = []
        self.gender = {}
        self.used_people = set()

    def add(self, text, kind=None):
        if not text:
            return
        start = self.blen
        self.parts.append(text)
        self.s += text
        self.blen += len(text.encode("utf-8"))
        if kind:
            self.labels.append({"start": start, "end": self.blen, "kind": kind, "text": text})

    # ---- household names
    def member_for(self, role_key, binding):
        if role_key in binding:
            return binding[role_key]
        hh = self.hh
        if role_key == "M":
            c = hh.by_role("mother")
        elif role_key == "F":
            c = hh.by_role("father") + hh.by_role("partner")
        elif role_key == "B":
            c = hh.by_role("baby")
        elif role_key == "S":
            c = hh.by_role("sibling")
        elif role_key == "G":
            c = hh.by_role("grandparent")
        elif role_key == "A":
            c = hh.by_role("other_adult")
        elif role_key == "C":
            c = hh.by_role("other_child")
        elif role_key == "K":
            c = hh.by_role("baby") + hh.by_role("sibling") + hh.by_role("other_child")
            words = [m for m in c if m.call.lower() in COLLIDE]
            if words and rng.random() < 0.6:
                c = words
        else:
            raise KeyError(role_key)
        if not c:
            raise Reject(f"no {role_key}")
        m = rng.choice(c)
        binding[role_key] = m
        return m

    def household_form(self, m, mod):
        """Returns the written form for a household member mention."""
        if mod == "lc":
            return m.call.split()[0].lower() if " " not in m.call else m.call.lower()
        if mod == "first":
            return m.call
        if mod == "full":
            return m.full if rng.random() < 0.7 or not has_accent(m.full) else strip_accents(m.full)
        if mod == "sur":
            return min(sur_forms(m), key=lambda x: (FORMS_USED[x], rng.random()))
        if mod == "nick":
            forms = m.nicks + m.shorts
            if not forms:
                raise Reject("no nickname")
            return min(forms, key=lambda x: (FORMS_USED[x], rng.random()))
        if mod == "fam":
            return self.household_form(m, "sur") + "s"
        # default: a random spelling the docs say is matched; every nickname
        # and short form the docs name is written somewhere in the corpus
        unused = [x for x in m.nicks + m.shorts if not FORMS_USED[x]]
        if unused and rng.random() < 0.6:
            return unused[0]
        unused = [x for x in spelling_variants(m) if not FORMS_USED[x]]
        if unused and rng.random() < 0.7:
            return unused[0]
        choices = [("call", 40)]
        if m.full != m.call:
            choices.append(("full", 12))
        if m.aliases:
            choices.append(("alias", 12))
        if m.nicks:
            choices.append(("nick", 25))
        if m.shorts:
            choices.append(("short", 25))
        if m.typo:
            choices.append(("typo", 7))
        if has_accent(m.call):
            choices.append(("noacc", 18))
        tot = sum(w for _, w in choices)
        r = rng.uniform(0, tot)
        for kind, w in choices:
            r -= w
            if r <= 0:
                break
        if kind == "call":
            return m.call
        if kind == "full":
            return self.household_form(m, "full")
        if kind == "alias":
            return rng.choice(m.aliases)
        if kind == "nick":
            return rng.choice(m.nicks)
        if kind == "short":
            return rng.choice(m.shorts)
        if kind == "typo":
            return m.typo
        return strip_accents(m.call)

    # ---- other people
    def person(self, key, mod, gender=""):
        if key not in self.people:
            hw = self.hh.words()
            for _ in range(200):
                fn = pick({"m": OUT_FIRST_M, "f": OUT_FIRST_F}.get(gender, OUT_FIRST_F + OUT_FIRST_M))
                sn = pick(OUT_LAST)
                bad = False
                for w in (fn, sn):
                    for part in re.split(r"[\s\-]+", w):
                        f = fold(part)
                        if any(f == h or (len(h) >= 5 and one_edit(f, h)) or
                               (len(f) >= 3 and h.startswith(f)) or f.startswith(h) for h in hw):
                            bad = True
                if fn in self.used_people or sn in self.used_people:
                    bad = True
                if not bad:
                    break
            else:
                raise Reject("no person")
            self.used_people |= {fn, sn}
            self.people[key] = (fn, sn)
            self.gender[key] = gender or ("m" if fn in OUT_FIRST_M else "f")
        fn, sn = self.people[key]
        return {"fn": fn, "sur": sn, "full": f"{fn} {sn}"}[mod]

    # ---- render one frame
    def render(self, frame, cap=False, binding=None):
        binding = {} if binding is None else binding
        toks = re.findall(r"\{[^}]+\}|\[\[|\]\]|[^{\[\]]+", frame)
        keep_start = None
        first = True
        for t in toks:
            if t == "[[":
                keep_start = len(self.s)
                keep_start_b = self.blen
                first = False
                continue
            if t == "]]":
                k = self.s[keep_start:]
                self.keep_spans.append((keep_start_b, self.blen))
                if k not in self.keep:
                    self.keep.append(k)
                keep_start = None
                continue
            if t.startswith("{"):
                self.slot(t[1:-1], binding, in_keep=keep_start is not None)
                first = False
                continue
            if first and cap and t[:1].islower():
                t = t[0].upper() + t[1:]
            first = False
            self.add(t)

    def slot(self, name, binding, in_keep=False):
        hh = self.hh
        bg = BG[hh.bg]
        base, _, mod = name.partition(".")
        if base in ("M", "F", "B", "S", "G", "A", "C", "K"):
            m = self.member_for(base, binding)
            if mod == "poss":
                self.add(self.household_form(m, ""), "household")
                self.add(rng.choice(["'s", "'s", "'s", "’s"]))
                return
            self.add(self.household_form(m, mod), "household")
            return
        if base == "will":
            ws = [m for m in hh.members if m.call == "Will"]
            if not ws:
                raise Reject("no will")
            self.add("will", "household")
            return
        if base in ("p1", "p2", "p1m", "p1f", "p2m", "p2f"):
            mod = mod or "full"
            gender = base[2:]
            base = base[:2]
            if base not in binding:
                # a new person for each frame, or (forename only) someone
                # already named in this note: "Jade Wilson" ... "Jade"
                old = [k for k in sorted(self.people) if not gender or self.gender[k] == gender]
                if old and mod == "fn" and rng.random() < 0.4:
                    binding[base] = rng.choice(old)
                else:
                    binding[base] = f"P{len(self.people) + 1}"
            self.add(self.person(binding[base], mod, gender), "person")
            return
        simple = {
            "date": lambda: (date_text(), "date"),
            "dob": lambda: (date_text(pick(["dmy", "dmy", "dmyy", "longy", "dots"])), "date"),
            "date_ny": lambda: (date_text("noyear"), "date"),
            "dayth": lambda: (date_text("dayord"), "date"),
            "ord": lambda: (date_text("ord"), "date"),
            "place": lambda: (pick(UK_PLACES + bg["home"] * 2), "place"),
            "abroad": lambda: (pick(bg["abroad"]), "place"),
            "hs": lambda: (health_service(), "health_service"),
            "gp": lambda: (gp_surgery(), "health_service"),
            "hosp": lambda: (hospital(), "health_service"),
            "cc": lambda: (centre(), "health_service"),
            "school": lambda: (school(), "school"),
            "addr": lambda: (address(), "address"),
            "pc": lambda: (postcode(), "postcode"),
            "pc_odd": lambda: (postcode(pick(["dash", "nospace", "lower"])), "postcode"),
            "phone": lambda: (phone_uk() if rng.random() < 0.8 else phone_foreign(hh.bg), "phone"),
            "phone_f": lambda: (phone_foreign(hh.bg), "phone"),
            "phone_odd": lambda: (phone_odd(), "phone"),
            "phone_disg": lambda: (phone_odd(), "phone"),
            "phone_local": lambda: (phone_local(), "phone"),
            "email": lambda: (self.email(), "email"),
            "email_disg": lambda: (self.email(disguise=True), "email"),
            "url": lambda: (self.url(), "url"),
            "short_url": lambda: (self.url(short=True), "url"),
            "handle": lambda: ("@" + self.handle_name(), "handle"),
            "handle_plain": lambda: (self.handle_name(), "handle"),
            "ni": lambda: (ni_text(), "ni_number"),
            "nhs": lambda: (nhs_text(), "nhs_number"),
            "nhs_disg": lambda: (nhs_text(pick(["split", "dots"])), "nhs_number"),
            "ref": lambda: (reference(), "reference"),
            "reg": lambda: (vehicle(), "vehicle"),
            "reg_lc": lambda: (vehicle(lower=True), "vehicle"),
        }
        if base in simple:
            text, kind = simple[base]()
            self.add(text, kind)
            return
        plain = {
            "wt": lambda: f"{rng.uniform(3.1, 9.8):.2f}",
            "cent": lambda: pick(["0.4th", "2nd", "9th", "25th", "50th", "75th", "91st", "98th"]),
            "cent2": lambda: pick(["9th", "25th", "50th", "75th"]),
            "n": lambda: str(rng.randint(2, 6)),
            "ml": lambda: str(rng.choice([90, 120, 150, 180, 210])),
            "epds": lambda: str(rng.randint(8, 19)),
            "lang": lambda: pick(bg["lang"]) if bg["lang"] else Reject,
            "country": lambda: pick(bg["country"]) if bg["country"] else Reject,
            "kin": lambda: pick(bg["kin"]),
            "day": lambda: pick(DAYS),
            "month": lambda: pick(MONTHS),
        }
        if base in plain:
            v = plain[base]()
            if v is Reject:
                raise Reject(base)
            self.add(v)
            return
        raise KeyError(name)

    # ---- contact identifiers
    def _user(self):
        m = rng.choice(self.hh.members)
        a = fold(strip_accents(m.call.split()[0])).replace("'", "")
        b = fold(strip_accents(m.sur)).replace("'", "").replace("-", "").replace(" ", "")
        return pick([f"{a}.{b}{rng.randint(1, 99)}", f"{a}{b[:1]}{rng.randint(80, 99)}",
                     f"{b}.family", f"mama.{a}", f"{a}_{b}", f"{a[:1]}{b}{rng.randint(1, 9)}"])

    def email(self, disguise=False):
        dom = pick(["example.com", "example.co.uk", "example.org", "example.net",
                    "mail.example.com", "post.example.ie", "example.wales"])
        if rng.random() < 0.25 and not disguise:
            user = pick(["hv.team", "duty.sw", "frontdoor", "flyingstart.admin", "reception"])
            dom = pick(["example.gov.uk", "example.nhs.uk", "example.nhs.wales", "example.gov.scot"])
        else:
            user = self._user()
        if disguise:
            base, dot, tld = dom.partition(".")
            return pick([f"{user}(at){base}(dot){tld}", f"{user} (at) {base} (dot) {tld}",
                         f"{user}＠{dom}"])
        return f"{user}@{dom}"

    def url(self, short=False):
        if short:
            return pick([f"bit.ly/{rand_slug(rng.randint(1, 7))}", f"https://bit.ly/{rand_slug(7)}",
                         f"tinyurl.com/{rand_slug(6).lower()}", f"t.ly/{rand_slug(5)}"])
        slug = fold(strip_accents(self.hh.members[0].sur)).replace("'", "").replace(" ", "")
        return pick([
            f"https://www.example.org/help-with-rent",
            f"www.example.co.uk/baby-{rand_slug(4).lower()}",
            f"https://forms.example.gov.uk/apply/{rand_slug(6)}",
            f"facebook.com/groups/{slug}family{rng.randint(1, 99)}",
            f"https://www.gofundme.com/f/help-the-{slug}s",
            f"bit.ly/{rand_slug(7)}",
            f"https://example.wales/flying-start/{rand_slug(5).lower()}",
            f"http://www.example.com/hv?ref={rand_slug(6)}",
        ])

    def handle_name(self):
        a = fold(strip_accents(rng.choice(self.hh.members).call.split()[0]))
        return pick([f"{a}_mama{rng.randint(1, 99)}", f"{a}.{pick(['bakes', 'nails', 'lashes', 'life'])}",
                     f"the_{a}_{rng.randint(80, 99)}", f"{a}x{rng.randint(1, 9)}x",
                     f"{rand_slug(3).lower()}_{a}"])


# --------------------------------------------------------------------------
# lint: a note must not test behaviour the docs do not claim
# --------------------------------------------------------------------------

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def outside_labels(note_text, labels):
    b = note_text.encode("utf-8")
    spans = sorted((l["start"], l["end"]) for l in labels)
    for m in WORD_RE.finditer(note_text):
        s = len(note_text[:m.start()].encode("utf-8"))
        e = s + len(m.group(0).encode("utf-8"))
        if any(not (e <= ls or s >= le) for ls, le in spans):
            continue
        yield m.group(0), s, e


def lint(note):
    hw = note.hh.words()
    keep_lc = {fold(k) for k in note.keep}
    for w, s, e in outside_labels(note.s, note.labels):
        w0 = re.sub(r"['’]s$", "", w)
        f = fold(w0)
        for h in hw:
            if f == h and not any(a <= s and e <= b for a, b in note.keep_spans):
                raise Reject(f"name word {w!r} used as a word")
            if len(h) >= 5 and one_edit(f, h):
                raise Reject(f"{w!r} one edit from {h!r}")
            if w0[:1].isupper() and len(f) >= 3 and f != h and h.startswith(f) and f not in keep_lc \
                    and f not in COMMON_CAPS:
                raise Reject(f"{w!r} looks like a short form of {h!r}")
            if w0[:1].isupper() and len(f) >= 4 and len(h) >= 8 and f in h and f != h \
                    and f not in COMMON_CAPS:
                raise Reject(f"{w!r} looks like a short form of {h!r}")


# English words that may open a sentence; never a short form (they are words)
COMMON_CAPS = {"mum", "dad", "the", "seen", "spoke", "asked", "house", "next", "plan", "info",
               "case", "crime", "car", "van", "ring", "email", "new", "moved", "living", "small",
               "family", "weaning", "sent", "police", "refuge", "postcode", "discussed", "referred",
               "referral", "recommended", "went", "leaflet", "short", "back", "mob", "auntie",
               "school", "nursery", "midwife", "housing", "core", "child", "interpreter", "her",
               "mrs", "mr", "dr", "a", "on", "wt", "snapchat", "relatives", "sw", "gp", "hv", "dob",
               "lives", "visited", "clinic", "baby", "follow", "shopping", "language", "line",
               "start", "section", "healthy", "flying", "sure", "job", "centre", "kitchen"}


# --------------------------------------------------------------------------
# composing notes to the planted counts
# --------------------------------------------------------------------------

TARGET = {"household": 900, "person": 300, "date": 150, "place": 80, "health_service": 60,
          "address": 60, "phone": 80, "school": 40, "handle": 30, "ni_number": 30,
          "reference": 30, "vehicle": 20, "url": 30, "postcode": 40, "email": 30,
          "nhs_number": 30}

SLOT_KIND = {"M": "household", "F": "household", "B": "household", "S": "household",
             "G": "household", "A": "household", "C": "household", "K": "household",
             "will": "household", "p1": "person", "p2": "person", "date": "date", "dob": "date",
             "date_ny": "date", "dayth": "date", "ord": "date", "place": "place", "abroad": "place",
             "hs": "health_service", "gp": "health_service", "hosp": "health_service",
             "cc": "health_service", "school": "school", "addr": "address", "pc": "postcode",
             "pc_odd": "postcode", "phone": "phone", "phone_f": "phone", "phone_odd": "phone",
             "phone_disg": "phone", "phone_local": "phone", "email": "email",
             "email_disg": "email", "url": "url", "short_url": "url", "handle": "handle",
             "handle_plain": "handle", "ni": "ni_number", "nhs": "nhs_number",
             "nhs_disg": "nhs_number", "ref": "reference", "reg": "vehicle", "reg_lc": "vehicle"}


def frame_kinds(frame):
    out = collections.Counter()
    for s in re.findall(r"\{([^}.]+)", frame):
        s = s[:2] if s[:2] in ("p1", "p2") else s
        if s in SLOT_KIND:
            out[SLOT_KIND[s]] += 1
    return out


def weighted_pick(frames, counts, done, share, hh=None):
    if hh is not None:
        frames = [f for f in frames if "Cylch" not in f or hh.bg == "welsh"]
        if not any(m.call == "Will" for m in hh.members):
            frames = [f for f in frames if f not in WILL_FRAMES]
    ws = []
    for f in frames:
        k = frame_kinds(f)
        w = 1.0
        for kind, n in k.items():
            need = TARGET[kind] * share - counts[kind]
            w += n * max(0.0, need) / TARGET[kind] * 12
            if need < -TARGET[kind] * 0.02:
                w *= 0.1
        if f in done:
            w *= 0.05
        w /= 1 + USED[f]
        ws.append(w)
    return rng.choices(frames, weights=ws)[0]


USED = collections.Counter()
FORMS_USED = collections.Counter()   # frames used so far in the corpus (for variety)

SEPS = [". ", ". ", ". ", ", ", " ", " - ", "; ", ".. ", ".\n", " / "]


def build_note(idx, hh, cat, counts, progress):
    pool = {"everyday": EVERYDAY, "professional": PROFESSIONAL, "contact": CONTACT,
            "hard": HARD}[cat]
    n_main = {"everyday": (3, 5), "professional": (3, 4), "contact": (5, 7), "hard": (2, 3)}[cat]
    for attempt in range(400):
        note = Note(hh)
        frames = []
        k = rng.randint(*n_main)
        done = set()
        for _ in range(k):
            f = weighted_pick(pool, counts, done, progress, hh)
            done.add(f)
            frames.append(f)
        if any(m.call == "Will" for m in hh.members) and (cat == "hard" or rng.random() < 0.5):
            frames.append(min(sorted(WILL_FRAMES), key=lambda f: USED[f]))
        if hh.bg == "welsh" and cat == "everyday" and rng.random() < 0.4:
            frames.append(pick([f for f in EVERYDAY if "Cylch" in f]))
        if cat != "everyday":
            for _ in range(rng.randint(0, 1) if cat == "contact" else 1):
                frames.append(weighted_pick(EVERYDAY, counts, done, progress, hh))
        if rng.random() < 0.75:
            frames.append(weighted_pick(SPRINKLE, counts, done, progress, hh))
        if cat == "hard" and rng.random() < 0.5:
            frames.append(weighted_pick(SPRINKLE, counts, done, progress, hh))
        # ordinary-sense use of a household name that is also a word
        cw = [m.call.lower() for m in hh.members if m.call.lower() in COLLIDE]
        if cw:
            rng.shuffle(cw)
            for w in cw[:2 if rng.random() < 0.35 else 1]:
                frames.insert(rng.randint(1, len(frames)), pick(COLLIDE[w]))
        try:
            for i, f in enumerate(frames):
                if i:
                    sep = pick(SEPS)
                    note.add(sep)
                    cap = sep.strip() in (".", "..") and rng.random() < 0.45
                else:
                    cap = rng.random() < 0.3
                note.render(f, cap=cap)
            lint(note)
        except Reject:
            continue
        if rng.random() < 0.3:
            note.add(pick([".", "", " ", ".."]))
        USED.update(frames)
        FORMS_USED.update(l["text"] for l in note.labels if l["kind"] == "household")
        return note
    raise SystemExit(f"could not build note {idx} for {hh.hid}")


def make():
    households = [Household(f"h{i + 1:02d}", bg, ms) for i, (bg, ms) in enumerate(HOUSEHOLDS)]
    cats = (["everyday"] * 96 + ["professional"] * 72 + ["contact"] * 48 + ["hard"] * 24)
    rng.shuffle(cats)
    order = []
    for _ in range(4):
        hs = households[:]
        rng.shuffle(hs)
        order += hs
    counts = collections.Counter()
    rows = []
    for i in range(N_NOTES):
        hh = order[i]
        note = build_note(i, hh, cats[i], counts, (i + 1) / N_NOTES)
        for l in note.labels:
            counts[l["kind"]] += 1
        text = note.s
        enc = text.encode("utf-8")
        for l in note.labels:
            assert enc[l["start"]:l["end"]].decode("utf-8") == l["text"], l
        rows.append({
            "id": f"i{i + 1:03d}",
            "text": text,
            "household": [{"name": m.full, "role": m.role, "aliases": m.aliases} for m in hh.members],
            "identifiers": note.labels,
            "keep": note.keep,
            "_cat": cats[i],
        })
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


# --------------------------------------------------------------------------
# checking (reads the written file back, knows nothing of the generator)
# --------------------------------------------------------------------------

KINDS = set(TARGET)
ROLES = {"mother", "father", "partner", "baby", "sibling", "grandparent", "other_adult",
         "other_child"}


def whole_word_positions(text, phrase):
    out = []
    for m in re.finditer(re.escape(phrase), text):
        a, b = m.start(), m.end()
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if (before.isalnum() or before == "_") or (after.isalnum() or after == "_"):
            continue
        out.append((len(text[:a].encode("utf-8")), len(text[:b].encode("utf-8"))))
    return out


def check(path=OUT):
    counts = collections.Counter()
    n_keep = 0
    n_collide = 0
    ids = set()
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    assert len(lines) == N_NOTES, len(lines)
    for ln, line in enumerate(lines, 1):
        row = json.loads(line)
        assert set(row) == {"id", "text", "household", "identifiers", "keep"}, ln
        assert row["id"] not in ids
        ids.add(row["id"])
        text = row["text"]
        enc = text.encode("utf-8")
        for h in row["household"]:
            assert h["role"] in ROLES and isinstance(h["aliases"], list), (ln, h)
        spans = []
        for l in row["identifiers"]:
            assert l["kind"] in KINDS, (ln, l)
            got = enc[l["start"]:l["end"]].decode("utf-8")
            assert got == l["text"], (ln, l, got)
            assert got == got.strip() and got, (ln, l)
            spans.append((l["start"], l["end"]))
            counts[l["kind"]] += 1
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (ln, "overlap", (a, b), (c, d))
        hwords = set()
        for h in row["household"]:
            for n in [h["name"]] + h["aliases"]:
                hwords |= {fold(w) for w in re.split(r"[\s\-'’]+", n) if w}
        for k in row["keep"]:
            pos = whole_word_positions(text, k)
            free = [p for p in pos if all(p[1] <= a or p[0] >= b for a, b in spans)]
            assert free, (ln, "keep word not found outside labels", k)
            n_keep += 1
            if fold(k) in hwords:
                n_collide += 1
    return counts, n_keep, n_collide


def main():
    if "--check" not in sys.argv:
        make()
    counts, n_keep, n_collide = check()
    print(f"{N_NOTES} notes, {sum(counts.values())} labelled identifiers")
    for k in TARGET:
        print(f"  {k:15s} {counts[k]:4d}  (planned about {TARGET[k]})")
    print(f"keep entries: {n_keep}; of them household names used as ordinary words: {n_collide}")


if __name__ == "__main__":
    main()
