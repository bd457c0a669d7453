"""Writes the anonymiser's labelled evaluation corpus: tests/anonymise/corpus.jsonl.

Every note is synthetic: invented families, invented friends and professionals, identifiers in
ranges set aside for drama and testing (Ofcom 07700 900xxx and 0161 496 0xxx, example.* domains)
or made up with valid check digits. Notes are written the way hurried notes are: lower-case
names, nicknames, possessives, typos, run-on sentences, shorthand.

Each line: {"id", "text", "household": [{"name", "role", "aliases"}],
            "identifiers": [{"start", "end", "kind", "text"}], "keep": ["word", ...]}
Spans are byte offsets into the UTF-8 text. Kinds: household (a household name), person,
nhs_number, ni_number, postcode, phone, email, url, handle, date, address, vehicle, school,
health_service, reference, place.

Run: python3 tests/anonymise/make_corpus.py  (deterministic: a fixed seed)
"""

import json
import random
from pathlib import Path

R = random.Random(20261127)
OUT = Path(__file__).with_name("corpus.jsonl")

# --------------------------------------------------------------------------- people
MOTHERS = [
    ("Kayleigh", "Brennan", ["Kay"]), ("Shannon", "Doyle", ["Shan"]), ("Jade", "Whitlock", []),
    ("Siobhán", "O'Dwyer", ["Shiv"]), ("Amina", "Yusuf", []), ("Chantelle", "Barraclough", ["Telle"]),
    ("Megan", "Pryce-Jones", ["Meg"]), ("Zofia", "Kowalczyk", ["Zosia"]), ("Hope", "Marsden", []),
    ("Summer", "Ridley", []), ("Natasha", "Greenhalgh", ["Tash"]), ("Rebecca", "Thornley", ["Becky"]),
    ("Leanne", "Ashworth", []), ("Fatima", "Begum", []), ("Gemma", "Holroyd", ["Gem"]),
    ("Roxanne", "Mellor", ["Roxy"]), ("Aoife", "Gallagher", []), ("Priya", "Chauhan", []),
    ("Danielle", "Kershaw", ["Dani"]), ("Tamsin", "Fairclough", ["Tam"]), ("Rose", "Entwistle", []),
    ("Amber", "Hargreaves", []), ("Courtney", "Lomax", []), ("Jodie", "Birtwistle", ["Jo"]),
    ("Jacqueline", "Pemberton", []), ("Anastasia", "Popescu", []), ("Bernadette", "Quigley", []),
]
FATHERS = [
    ("Dean", "Whitlock", ["Deano"]), ("Daniel", "Coyle", ["Danny"]), ("Mohammed", "Iqbal", ["Mo"]),
    ("Will", "Sutcliffe", []), ("Callum", "Royle", ["Cal"]), ("Kyle", "Hampson", []),
    ("Jordan", "Makin", ["Jord"]), ("Liam", "Fitzpatrick", []), ("Reece", "Openshaw", []),
    ("Mark", "Tattersall", []), ("Bartosz", "Nowak", ["Bart"]), ("Tyrone", "Ellis-Grant", ["Ty"]),
    ("Connor", "Duckworth", []), ("Ryan", "Schofield", []), ("Jamie", "Lees", []),
    ("Kieran", "Brogan", []), ("Nathan", "Cropper", ["Nate"]), ("Aaron", "Whittaker", []),
    ("Oluwadamilare", "Adeyemi", []), ("Sebastian", "Kaczmarek", []), ("Jonathan", "Ramsbottom", []),
]
BABIES = ["Ellie-Mae", "Alfie", "Hope", "Isla", "Oscar", "Summer", "Nevaeh", "Kai", "Willow",
          "Freddie", "Ruby", "Leo", "Maisie", "Teddy", "Aria", "Jaxon", "Lacey", "Archie", "Poppy", "Reggie"]
SIBLINGS = ["Tyler", "Kenzie", "Brooke", "Riley", "Caiden", "Lexi", "Harley", "Skye", "Mason", "Destiny",
            "Blossom", "Will", "Jade", "Maximilian"]
GRANDPARENTS = [("Pauline", ["Nana Pauline"]), ("Maureen", ["Mo"]), ("Carol", []), ("Brian", ["Grandad Bri"]),
                ("Sandra", ["San"]), ("Denise", [])]
OTHERS_FIRST = ["Jade", "Tasha", "Kirsty", "Dylan", "Craig", "Stacey", "Lauren", "Wayne", "Nicola",
                "Jordan", "Bradley", "Sinead", "Gareth", "Kelly", "Marcus", "Toni", "Jaxxon", "Kezziah",
                "Dwayne", "Leigh", "Lisa", "Paul", "Ashleigh", "Rhiannon", "Oksana", "Tariq", "Imogen"]
OTHERS_LAST = ["Wilson", "Pickup", "Haworth", "Rigby", "Okafor", "Lindqvist", "Clegg", "Maddox",
               "Pilkington", "Hussain", "Brierley", "Kowalski", "Nuttall", "Greaves", "Holt"]
PROS = [("health visitor", "Sarah", "Liversidge"), ("social worker", "Gill", "Ormerod"),
        ("midwife", "Janet", "Crowther"), ("GP", "Dr", "Mahmood"), ("paediatrician", "Dr", "Fenwick"),
        ("family support worker", "Kerry", "Dobson"), ("police officer", "PC", "Barlow"),
        ("housing officer", "Andrea", "Sowerby")]

SCHOOLS = ["Oakfield Primary", "St Anne's nursery", "Hillside Academy", "Moorside Infants",
           "Little Acorns Nursery", "Brookdale Primary School", "St Wilfrid's RC Primary", "Thornfield Academy"]
HEALTH = ["Grange Surgery", "Royal Oldham Hospital", "Park Lane Medical Centre", "Birchwood Health Centre",
          "St Mary's Hospital", "Ladybarn Surgery", "Millbrook Medical Practice", "Fairfield General Hospital"]
CENTRES = ["Greenway Children's Centre", "Moss Side family hub", "Ashton Family Centre", "Riverside community centre"]
TOWNS = ["Oldham", "Rochdale", "Bolton", "Manchester", "Leeds", "Bradford", "Stockport", "Wigan", "Milton Keynes",
         "Blackpool", "Preston", "Salford", "Sheffield", "Liverpool"]
STREETS = ["Acacia Avenue", "Mill Lane", "Rosewood Close", "Victoria Street", "Hollins Road", "Beech Grove",
           "Cotton Street", "Kestrel Drive", "Albion Terrace", "Peel Crescent", "Holly Mews", "Bank Street"]
POSTCODE_AREAS = ["OL", "M", "BL", "SK", "LS", "BD", "WN", "PR", "FY", "S", "L", "MK", "WA", "HX"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# --------------------------------------------------------------------------- identifiers


def nhs_number():
    while True:
        d = [R.randint(4, 7)] + [R.randint(0, 9) for _ in range(8)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        d.append(c)
        t = "".join(map(str, d))
        fmt = R.choice(["spaced", "plain", "dashed"])
        return {"spaced": f"{t[:3]} {t[3:6]} {t[6:]}", "plain": t, "dashed": f"{t[:3]}-{t[3:6]}-{t[6:]}"}[fmt]


def ni_number():
    first = R.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    digits = "".join(str(R.randint(0, 9)) for _ in range(6))
    suffix = R.choice("ABCD")
    s = R.choice([f"{first}{second}{digits}{suffix}", f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"])
    return s.lower() if R.random() < 0.25 else s


def postcode():
    area = R.choice(POSTCODE_AREAS)
    district = str(R.randint(1, 19))
    inward = f"{R.randint(0, 9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    s = f"{area}{district}{R.choice([' ', ' ', ''])}{inward}"
    return s.lower() if R.random() < 0.3 else s


def phone():
    kind = R.choice(["mobile", "mobile", "manc", "london", "leeds", "intl"])
    n = R.randint(0, 999)
    if kind == "mobile":
        return R.choice([f"07700 900{n:03d}", f"07700900{n:03d}", f"07700-900-{n:03d}", f"077009 00{n:03d}"])
    if kind == "manc":
        return R.choice([f"0161 496 0{n:03d}", f"(0161) 496 0{n:03d}", f"01614960{n:03d}"])
    if kind == "london":
        return f"020 7946 0{n:03d}"
    if kind == "leeds":
        return f"0113 496 0{n:03d}"
    return f"+44 7700 900{n:03d}"


def email(first, last):
    return R.choice([f"{first.lower()}.{last.lower()}@example.com", f"{first.lower()}{R.randint(10, 99)}@example.co.uk",
                     f"{last.lower()}_{first[0].lower()}@example.org"])


def date():
    d = R.randint(1, 28)
    m = R.randint(1, 12)
    y = R.choice([2024, 2025, 2026])
    ords = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}
    o = ords.get(d, "th")
    mon = MONTHS[m - 1]
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{d}.{m}.{str(y)[2:]}", f"{d}{o} {mon}",
                     f"{d}{o} {mon.lower()[:3]}", f"{mon} {d}{o} {y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}"])


def address():
    n = R.randint(1, 180)
    street = R.choice(STREETS)
    if R.random() < 0.3:
        street = street.lower()
    if R.random() < 0.2:
        return f"flat {R.randint(1, 12)}{R.choice(['', 'a', 'b'])}, {n} {street}"
    return f"{n} {street}"


def vehicle():
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    return R.choice([f"{R.choice(L)}{R.choice(L)}{R.randint(10, 73)} {R.choice(L)}{R.choice(L)}{R.choice(L)}",
                     f"{R.choice(L)}{R.randint(1, 999)} {R.choice(L)}{R.choice(L)}{R.choice(L)}"])


def reference():
    return R.choice([f"{R.randint(2023, 2026)}/{R.randint(10000, 99999)}", f"CR/{R.randint(100000, 999999)}/25",
                     f"MOS{R.randint(100000, 999999)}", f"LA-{R.randint(1000, 9999)}-{R.randint(10, 99)}"])


def handle(first):
    return R.choice([f"@{first.lower()}_{R.randint(1, 99)}", f"@{first.lower()}x{R.randint(100, 999)}",
                     f"@the_real_{first.lower()}"])


def typo(name):
    if len(name) < 5 or R.random() > 0.5:
        return name
    i = R.randint(1, len(name) - 3)
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]


# --------------------------------------------------------------------------- note builder
class Note:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.keep = set()
        self.length = 0

    def add(self, text, kind=None):
        b = text.encode("utf-8")
        if kind:
            self.spans.append({"start": self.length, "end": self.length + len(b), "kind": kind, "text": text})
        self.parts.append(text)
        self.length += len(b)

    def keepword(self, text):
        self.keep.add(text)
        self.add(text)


def say(note, template, slots):
    """Writes a template: {name} slots take (text, kind) pairs; [word] marks a keep-word."""
    i = 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            text, kind = slots[template[i + 1:j]]
            note.add(text, kind)
            i = j + 1
        elif template[i] == "[":
            j = template.index("]", i)
            note.keepword(template[i + 1:j])
            i = j + 1
        else:
            j = i
            while j < len(template) and template[j] not in "{[":
                j += 1
            note.add(template[i:j])
            i = j
    return note


SENTENCES = [
    "{mum} was at home with {baby}, who was asleep in the [Moses basket] in the living room",
    "{dad} not present again, {mum} says he works nights",
    "saw {baby} awake and alert, weighed [3.9kg] which is on the [25th centile]",
    "{mum} reports {baby} sleeps in the [cot] in their room most nights but sometimes on the [sofa] with {dad}",
    "discussed [bed-sharing] and [safe sleep], {mum} said she understood",
    "{mum}'s friend {friend} was there and smoked outside the back door",
    "{dad}'s mum {nan} helps with night feeds on weekends",
    "{mum} admits {dad} uses [cannabis] in the evenings but 'never near the baby'",
    "{sib} was at {school} so not spoken to, plan to see him after school on [Thursday]",
    "{baby} was [born at 34 weeks] and is now [8 weeks old], feeding well",
    "appt at {health} on {date} was missed, {mum} says the bus didnt come",
    "{mum} gave her new number {phone} and asked for texts not letters",
    "NHS no {nhs} checked against the red book",
    "moved to {address}, {postcode} last week, kitchen had no food apart from formula",
    "{mum} said a man called {man} has been staying over, she would not give his surname",
    "her ex {ex} turned up in his car {vehicle} during the visit and left when he saw me",
    "case ref {ref} shared with the [social worker] {sw}",
    "{mum} on [Universal Credit], NI number {ni}, sanctioned last month",
    "email from {email} re the [core group] meeting on [Tuesday]",
    "{mum} follows {handle} on instagram and says the page is where she gets baby advice",
    "{mum} wants to move back to {town} to be near her sister {aunt}",
    "attended [A&E] at {health} with {baby} on {date} with a cough, discharged same day",
    "[GP] at {health} has referred {baby} to the [paediatrician] for reflux",
    "{sib} said '{baby} cries all the time and mummy shouts' when I asked about the new baby",
    "{mum} was tearful, low mood, has not seen the [GP] about it yet",
    "spoke with {dad} on the phone {phone}, he said he would try to be in next time",
    "{nan} came round during visit, very supportive, lives in {town}",
    "{mum} booked into {centre} baby massage on [Wednesday]",
    "{baby} has a bruise on left cheek, {mum} said {sib} hit him with a toy",
    "{dad} and {mum} argued on the doorstep, {mum} later said 'its fine hes just stressed'",
    "{mum} keeps {baby}'s sleeping bag on the radiator, advised about room temp [16-20C]",
    "went through [ICON] with {mum} and {dad}, {dad} rolled his eyes",
    "{friend} has been looking after {baby} when {mum} goes to work, no idea who {friend} is really",
    "{mum} had a [health visitor] before, {oldhv}, who she trusted",
    "website {url} recommended by {mum} for sleep tips, not an NHS site",
    "dob {dob} for {baby}, red book up to date",
    "{sib} starts at {school} in sept, {mum} worried about the school run",
    "{mum} and {baby} were staying at {nan}'s house at {address} over the weekend",
    "police attended on {date} following a call from a neighbour at {address}",
    "{dad} was asleep upstairs at 11am, {mum} said he had been out the night before",
    # Words a supervisor needs that look like names or dates (issue 18): plurals and
    # possessives, ordinals in clinical use, a reporting verb before a name, named tools.
    "{mum} works [Mondays] and [Thursdays] at the shop, the [man's] van outside belongs next door",
    "weight has dropped from the [50th] to the [9th centile] since {date}, [GP] to review",
    "{mum} [said] {friend}'s dog sleeps in the same room as {baby}",
    "[Whooley questions] asked, {mum} said yes to both, [EPDS] booked for next visit",
    "{dad} [asked] about [nursery] places for {sib} on [Tuesdays]",
    "on the [2nd] visit {baby} was back on the [75th centile], [Apgar] scores fine at birth",
    # Household names a hurried hand writes in lower case where the words around them say
    # "a person" (issue 18): after spoke to, asked, by; before (age n), said, was at nursery.
    "spoke to {sib_lower} (age 4) on her own about home, [said] she likes her room",
    "asked {sib_lower} about school, {sib_lower} said the teacher is nice",
    "{baby_lower} was at nursery [today] so only {mum} seen, [Friday] visit to see both",
    "leaflet on [coping with crying] recommended by {mum_lower} to her sister too",
    "{sib_lower} (age 6) showed me his room, [bunk beds], no concerns",
]

FILLERS = ["no concerns noted re feeding", "home warm and tidy", "dog in the house, kept in the kitchen",
           "[smoke] alarm fitted", "advised about [car seat] use, no more than [2 hours]",
           "plan: review in [2 weeks]", "will discuss at supervision", "baby [gaining weight]",
           "house cold, heating broken", "[core group] next month"]


WORDS = {w.strip() for w in (Path(__file__).parents[2] / "data/anonymise/words.txt").open()
         if w.strip() and not w.startswith("#")}


def short_form(first):
    """A short form cut from a long name that no nickname list has (issue 18): its first four
    letters ("Jacq", "Sebe"), a syllable from inside a long name ("Dami"), or its first three
    with a diminutive ending ("Jono", "Sebie"). Never an English word: a short form that is one
    ("Sum" for Summer) is not how a note would write it."""
    plain = first.lower()
    for _ in range(8):
        roll = R.random()
        if len(plain) >= 10 and roll < 0.4:
            at = R.randint(2, len(plain) - 6)
            cut = plain[at:at + 4]
        elif roll < 0.7:
            cut = plain[:4]
        else:
            cut = plain[:3] + R.choice(["o", "ie", "y"])
        if cut not in WORDS:
            return cut.capitalize()
    return first


def household_name(person, style):
    first, last, aliases = person
    if style == "full":
        return f"{first} {last}"
    if style == "nick" and aliases:
        return R.choice(aliases)
    if style == "short" and len(first) >= 6:
        return short_form(first)
    if style == "lower":
        return first.lower()
    if style == "typo":
        return typo(first)
    return first


def build(n):
    mother = R.choice(MOTHERS)
    father = R.choice(FATHERS)
    baby = R.choice(BABIES)
    sib = R.choice(SIBLINGS)
    gp = R.choice(GRANDPARENTS)
    surname = mother[1] if R.random() < 0.6 else father[1]
    household = [
        {"name": f"{mother[0]} {mother[1]}", "role": "mother", "aliases": mother[2]},
        {"name": f"{father[0]} {father[1]}", "role": R.choice(["father", "partner"]), "aliases": father[2]},
        {"name": f"{baby} {surname}", "role": "baby", "aliases": []},
    ]
    has_sib = R.random() < 0.6
    has_gp = R.random() < 0.5
    if has_sib:
        household.append({"name": f"{sib} {surname}", "role": "sibling", "aliases": []})
    if has_gp:
        household.append({"name": gp[0], "role": "grandparent", "aliases": gp[1]})
    note = Note()
    k = R.randint(2, 4)
    chosen = R.sample(SENTENCES, k)
    for si, template in enumerate(chosen):
        friend_first = R.choice(OTHERS_FIRST)
        pro = R.choice(PROS)
        style_m = R.choice(["first", "first", "full", "nick", "lower", "typo", "short"])
        style_d = R.choice(["first", "first", "full", "nick", "lower", "short"])
        other_last = R.choice(OTHERS_LAST)
        friend_text = friend_first if R.random() < 0.6 else f"{friend_first} {other_last}"
        if R.random() < 0.25:
            friend_text = friend_text.lower()
        slots = {
            "mum": (household_name(mother, style_m), "household"),
            "dad": (household_name(father, style_d), "household"),
            "baby": (baby if R.random() < 0.8 else baby.lower(), "household"),
            "sib": (sib if R.random() < 0.8 else sib.lower(), "household" if has_sib else "person"),
            # In lower case only for someone in the household: the household makes it decidable.
            "sib_lower": (sib.lower() if has_sib else baby.lower(), "household"),
            "baby_lower": (baby.lower(), "household"),
            "mum_lower": (mother[0].lower(), "household"),
            "nan": ((R.choice(gp[1]) if gp[1] and R.random() < 0.5 and has_gp else gp[0]),
                    "household" if has_gp else "person"),
            "friend": (friend_text, "person"),
            "man": (R.choice(OTHERS_FIRST), "person"),
            "ex": (R.choice(OTHERS_FIRST), "person"),
            "aunt": (R.choice(OTHERS_FIRST), "person"),
            "sw": (f"{pro[1]} {pro[2]}" if pro[1] not in ("Dr", "PC") else pro[2], "person"),
            "oldhv": (R.choice(OTHERS_FIRST), "person"),
            "school": (R.choice(SCHOOLS), "school"),
            "health": (R.choice(HEALTH), "health_service"),
            "centre": (R.choice(CENTRES), "place"),
            "town": (R.choice(TOWNS), "place"),
            "date": (date(), "date"),
            "dob": (date(), "date"),
            "phone": (phone(), "phone"),
            "nhs": (nhs_number(), "nhs_number"),
            "ni": (ni_number(), "ni_number"),
            "postcode": (postcode(), "postcode"),
            "address": (address(), "address"),
            "vehicle": (vehicle(), "vehicle"),
            "ref": (reference(), "reference"),
            "email": (email(R.choice(OTHERS_FIRST), R.choice(OTHERS_LAST)), "email"),
            "url": (R.choice(["www.example-sleep.co.uk/tips", "https://example.org/baby-forum", "www.example.com/mums"]), "url"),
            "handle": (handle(R.choice(OTHERS_FIRST)), "handle"),
        }
        # Hurried writing: sometimes a capital at the start, sometimes none; joined by ". ", ", " or " & ".
        if si > 0:
            note.add(R.choice([". ", ". ", ", ", " - ", " & ", "\n"]))
        say(note, template, slots)
        if R.random() < 0.35:
            note.add(R.choice([". ", ", "]))
            say(note, R.choice(FILLERS), {})
    note.add(R.choice([".", "", " ..", "."]))
    text = "".join(note.parts)
    return {
        "id": f"n{n:03d}",
        "text": text,
        "household": household,
        "identifiers": note.spans,
        "keep": sorted(note.keep),
    }


def main():
    notes = [build(i + 1) for i in range(320)]
    with OUT.open("w", encoding="utf-8") as f:
        for note in notes:
            f.write(json.dumps(note, ensure_ascii=False) + "\n")
    kinds = {}
    for note in notes:
        for s in note["identifiers"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print(f"{len(notes)} notes written to {OUT}")
    for k in sorted(kinds):
        print(f"  {k}: {kinds[k]}")


if __name__ == "__main__":
    main()
