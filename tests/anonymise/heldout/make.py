#!/usr/bin/env python3
"""Held-out test corpus for the anonymiser (see README.md next to this file).

Standard library only, fixed seed: `python3 make.py` writes corpus.jsonl next to this
file and checks it; `python3 make.py --check` only re-checks an existing corpus.jsonl.

Notes are written in a small markup and rendered to plain text here, so that no byte
offset is ever typed by hand:

    ⟦kind|text⟧   a labelled identifier of that kind
    ⟪text⟫        a word or phrase that must survive (a keep entry)
"""
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"
SEED = 16032025

KINDS = {
    "household", "person", "place", "address", "postcode", "phone", "email", "url",
    "handle", "date", "nhs_number", "ni_number", "reference", "school",
    "health_service", "vehicle",
}
ROLES = {"mother", "father", "partner", "baby", "sibling", "grandparent",
         "other_adult", "other_child"}


def lab(kind, s):
    assert kind in KINDS, kind
    return f"⟦{kind}|{s}⟧"


def H(s):
    return lab("household", s)


def P(s):
    return lab("person", s)


def PL(s):
    return lab("place", s)


def K(s):
    return f"⟪{s}⟫"


def cap(s):
    return s[:1].upper() + s[1:]


def nodiac(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    d = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in d if not unicodedata.combining(ch))


def has_diac(s):
    return nodiac(s) != s


# ---------------------------------------------------------------------------
# Households
# ---------------------------------------------------------------------------

class M:
    """A household member. Properties return markup (a household label)."""

    def __init__(self, full, role, sex, age=None, first=None, sur=None, short=(),
                 alias=(), typo=None):
        assert role in ROLES
        self.full_name = full
        self.role = role
        self.sex = sex
        self.age = age
        parts = full.split()
        self.first_name = first or parts[0]
        self.surname = sur or parts[-1]
        self.shorts = list(short)
        self.aliases = list(alias)
        self.typo = typo
        self.rng = None  # set per note

    # --- name forms -------------------------------------------------------
    @property
    def first(self):
        return H(self.first_name)

    @property
    def g1(self):
        return H(self.first_name.split()[0])

    @property
    def full(self):
        return H(self.full_name)

    @property
    def sur(self):
        return H(self.surname)

    @property
    def lc(self):
        # hurried typing: accents are often dropped as well as capitals
        t = self.first_name.lower()
        if has_diac(t) and self.rng.random() < 0.6:
            t = nodiac(t)
        return H(t)

    @property
    def pos(self):
        return H(self.first_name) + "'s"

    @property
    def posc(self):
        return H(self.first_name) + "’s"

    @property
    def posn(self):
        if self.first_name.endswith("s"):
            return H(self.first_name) + "'"
        return H(self.first_name + "s")

    @property
    def sh(self):
        forms = self.shorts + self.aliases
        return H(self.rng.choice(forms)) if forms else H(self.first_name)

    @property
    def nd(self):
        return H(nodiac(self.first_name))

    @property
    def ndsur(self):
        return H(nodiac(self.surname))

    @property
    def ndfull(self):
        return H(nodiac(self.full_name))

    @property
    def ty(self):
        return H(self.typo) if self.typo else H(self.first_name)

    @property
    def any(self):
        r = self.rng.random()
        if r < 0.25 and (self.shorts or self.aliases):
            return self.sh
        if 0.25 <= r < 0.42 and has_diac(self.first_name):
            return self.nd
        if 0.42 <= r < 0.57 and self.typo:
            return self.ty
        return self.first

    # --- pronouns ---------------------------------------------------------
    @property
    def he(self):
        return "he" if self.sex == "m" else "she"

    @property
    def He(self):
        return cap(self.he)

    @property
    def his(self):
        return "his" if self.sex == "m" else "her"

    @property
    def His(self):
        return cap(self.his)

    @property
    def him(self):
        return "him" if self.sex == "m" else "her"

    @property
    def boy(self):
        return "boy" if self.sex == "m" else "girl"

    def forms(self):
        """Every spelling of this member the notes may use (for the leak checks)."""
        out = set()
        for s in [self.full_name, self.first_name, self.surname, *self.shorts,
                  *self.aliases, self.typo or ""]:
            for w in re.split(r"[\s\-]+", s):
                if w:
                    out.add(w)
                    out.add(nodiac(w))
        return out


class Fam:
    def __init__(self, key, bg, town, pca, members, origin=None, country=None,
                 lang=None, cc=None, aw=None, kw=None, kin=None, bgs=(), ords=(),
                 interp=None, custom=()):
        self.key = key
        self.bg = bg
        self.town = town
        self.pca = pca
        self.members = members
        self.origin = origin
        self.country = country
        self.lang = lang
        self.cc = cc
        self.kin = kin
        self.bgs = list(bgs)
        self.ords = list(ords)
        self.interp = interp  # interpreter's name, when the family uses one
        self.custom = list(custom)
        by = {}
        for m in members:
            by.setdefault(m.role, []).append(m)
        self.mum = by["mother"][0]
        self.adult = (by.get("father") or by.get("partner") or by.get("other_adult"))[0]
        self.baby = by["baby"][0]
        self.kid = (by.get("sibling") or by.get("other_child"))[0]
        self.gran = (by.get("grandparent") or [None])[0]
        default_aw = {"father": "dad", "partner": "partner"}
        self.aw = aw or default_aw.get(self.adult.role, "aunt")
        if kw:
            self.kw = kw
        else:
            self.kw = "brother" if self.kid.sex == "m" else "sister"

    def household_json(self):
        return [{"name": m.full_name, "role": m.role, "aliases": m.aliases}
                for m in self.members]

    def name_words(self):
        out = set()
        for m in self.members:
            out |= m.forms()
        return out


FAMS = [
    # ---------------------------------------------------------------- Igbo
    Fam("igbo_a", "Igbo (Nigerian)", "Peterborough", "PE", [
        M("Adaeze Okonkwo", "mother", "f", 31, short=["Ada"], typo="Adaze"),
        M("Chukwuemeka Okonkwo", "father", "m", 35, short=["Emeka"], typo="Chukwuemka"),
        M("Chiamaka Okonkwo", "baby", "f", short=["Amaka"], typo="Chiamka"),
        M("Obinna Okonkwo", "sibling", "m", 5, short=["Obi"], typo="Obina"),
    ], origin="Enugu", country="Nigeria", lang="Igbo", cc="ng",
        bgs=["Family came from {origin} in ⟪Nigeria⟫ four years ago on a health and care visa; {m.first} works as a care assistant. ⟪English⟫ and ⟪Igbo⟫ spoken at home, no interpreter needed.",
             "Church is a big support: {m.sh} says the women's fellowship brought food every day for the first fortnight."]),
    Fam("igbo_b", "Igbo (Nigerian)", "Chatham", "ME", [
        M("Ngozi Eze-Nwosu", "mother", "f", 27, typo="Ngozie"),
        M("Ikenna Nwosu", "partner", "m", 30, short=["Ike"], typo="Ikena"),
        M("Chidera Nwosu", "baby", "m", short=["Chi"], typo="Chidra"),
        M("Ifeoma Eze", "sibling", "f", 6, alias=["Ify"], typo="Ifeomah"),
    ], origin="Onitsha", country="Nigeria", lang="Igbo", cc="ng",
        bgs=["{m.first} grew up in {origin} and came to the UK as a student; {a.first} joined her on a dependant visa, so ⟪No Recourse to Public Funds⟫ applies.",
             "{m.first} uses her double-barrelled surname; {k.first} has her first husband's surname, ⟦household|Eze⟧."]),
    # ---------------------------------------------------------------- Akan
    Fam("akan_a", "Ghanaian (Akan)", "Croydon", "CR", [
        M("Akosua Mensah", "mother", "f", 26, short=["Akos"], typo="Akossua"),
        M("Kwabena Owusu", "partner", "m", 29, alias=["Kobby"], typo="Kwabina"),
        M("Ama Owusu", "baby", "f"),
        M("Kofi Owusu", "sibling", "m", 4),
        M("Afua Mensah", "grandparent", "f"),
    ], origin="Kumasi", country="Ghana", lang="Twi", cc="gh", kin="Nana",
        bgs=["Maternal grandmother (⟪Nana⟫ {g.first}) is over from {origin} in ⟪Ghana⟫ on a visitor visa for six months to help with the baby.",
             "{m.first} speaks ⟪Twi⟫ with her mother and ⟪English⟫ with the children."]),
    Fam("akan_b", "Ghanaian (Akan)", "Reading", "RG", [
        M("Abena Boateng", "mother", "f", 33, typo="Abenah"),
        M("Yaw Asante", "father", "m", 36),
        M("Kwadwo Asante", "baby", "m", alias=["Kojo"], typo="Kwadow"),
        M("Adwoa Boateng", "other_child", "f", 7, typo="Adwoah"),
    ], origin="Accra", country="Ghana", lang="Twi", cc="gh", kw="niece",
        bgs=["{k.first} is {m.posc} niece, cared for under a private arrangement since her mother stayed in {origin}; private fostering notification made.",
             "Family are Ghanaian, {a.first} drives for a delivery firm and is away long hours."]),
    # ---------------------------------------------------------------- Bangladeshi
    Fam("bangla_a", "Bangladeshi (Sylheti/Bengali)", "Oldham", "OL", [
        M("Rumana Begum", "mother", "f", 24, typo="Rumena"),
        M("Shahidul Islam", "father", "m", 30, short=["Shahid"], typo="Shahidal"),
        M("Ayaan Islam", "baby", "m", typo="Ayan"),
        M("Tasnim Islam", "sibling", "f", 3, typo="Tasnem"),
        M("Rokeya Khatun", "grandparent", "f", typo="Rokeyah"),
    ], origin="Sylhet", country="Bangladesh", lang="Sylheti", cc="bd", kin="Nani",
        interp=("Shirin", "Chowdhury"),
        bgs=["{m.first} came from {origin} in ⟪Bangladesh⟫ after marriage; she understands some ⟪English⟫ but prefers ⟪Sylheti⟫ for anything medical.",
             "Maternal grandmother ({g.first}, ⟪Nani⟫ to the children) lives with the family and does most of the cooking."]),
    Fam("bangla_b", "Bangladeshi (Bengali)", "Luton", "LU", [
        M("Nasrin Akhter", "mother", "f", 28, typo="Nasrim"),
        M("Mohammed Abdul Karim", "partner", "m", 34, first="Abdul", sur="Karim", typo="Abdull"),
        M("Inaya Karim", "baby", "f", typo="Inayah"),
        M("Rafi Karim", "sibling", "m", 6),
    ], origin="Moulvibazar", country="Bangladesh", lang="Bengali", cc="bd",
        interp=("Anwara", "Hussain"),
        bgs=["{m.first} is from {origin}; she reads ⟪Bengali⟫ and was given the leaflets in ⟪Bengali⟫.",
             "{a.first} works in a restaurant six nights a week and sends money home to ⟪Bangladesh⟫."]),
    # ---------------------------------------------------------------- Punjabi
    Fam("punjabi_a", "Punjabi (Sikh)", "Slough", "SL", [
        M("Harpreet Kaur Sandhu", "mother", "f", 29, first="Harpreet", typo="Harpeet"),
        M("Gurpreet Singh Sandhu", "father", "m", 32, first="Gurpreet", short=["Guri"], typo="Gurpret"),
        M("Jasleen Kaur Sandhu", "baby", "f", first="Jasleen", typo="Jaslen"),
        M("Arjan Singh Sandhu", "sibling", "m", 4, first="Arjan", typo="Arjun"),
        M("Surinder Kaur", "grandparent", "f", typo="Surinda"),
    ], origin="Jalandhar", country="India", lang="Punjabi", cc="in", kin="Dadi",
        bgs=["Paternal grandmother {g.first} (⟪Dadi⟫) lives with them; the family moved from {origin} in the ⟪Punjab⟫ when {a.first} was a boy.",
             "⟪Punjabi⟫ and ⟪English⟫ spoken at home; {m.first} happy to talk in ⟪English⟫."]),
    Fam("punjabi_b", "Punjabi (Sikh)", "Derby", "DE", [
        M("Manpreet Gill", "mother", "f", 26, short=["Mani"], typo="Manpret"),
        M("Jaspal Singh Dhillon", "partner", "m", 28, first="Jaspal", short=["Jas"], typo="Jaspaul"),
        M("Ekam Dhillon", "baby", "m"),
        M("Navneet Dhillon", "sibling", "f", 8, short=["Nav"], typo="Navnet"),
    ], origin="Ludhiana", country="India", lang="Punjabi", cc="in",
        bgs=["{m.first} moved from {origin} in ⟪India⟫ on a spousal visa last year and has no family here.",
             "{a.first} has a daughter, {k.first}, from his first marriage who lives with them."]),
    # ---------------------------------------------------------------- Gujarati
    Fam("gujarati_a", "Gujarati", "Leicester", "LE", [
        M("Hetal Patel", "mother", "f", 30, typo="Hetel"),
        M("Kalpesh Patel", "father", "m", 33, short=["Kal"], typo="Kalpes"),
        M("Dhruv Patel", "baby", "m", typo="Druv"),
        M("Riya Patel", "sibling", "f", 5),
        M("Kokilaben Patel", "grandparent", "f", short=["Kokila"], typo="Kokilaban"),
    ], origin="Vadodara", country="India", lang="Gujarati", cc="in",
        bgs=["Three generations in the house; paternal grandmother {g.first} speaks ⟪Gujarati⟫ only and {m.first} interprets for her.",
             "{a.first} runs the family's shop; his parents came from {origin} via ⟪Uganda⟫."]),
    Fam("gujarati_b", "Gujarati", "Bolton", "BL", [
        M("Nisha Mistry", "mother", "f", 27),
        M("Viral Mistry", "partner", "m", 31),
        M("Aarav Mistry", "baby", "m", typo="Arav"),
        M("Diya Mistry", "sibling", "f", 3),
    ], origin="Ahmedabad", country="India", lang="Gujarati", cc="in",
        bgs=["{a.first} came from {origin} to study and stayed; {m.first} was born here.",
             "⟪Gujarati⟫ spoken with the grandparents, ⟪English⟫ at home."],
        ords=["⟪Viral⟫ rash on the trunk last week, blanching, now fading.",
              "GP thinks it was a ⟪viral⟫ illness and nothing more.",
              "{k.first} lit a ⟪diya⟫ for ⟪Diwali⟫ and showed me the rangoli."],
        custom=["guj_viral"]),
    # ---------------------------------------------------------------- Lithuanian
    Fam("lith_a", "Lithuanian", "Boston", "PE", [
        M("Gintarė Kazlauskienė", "mother", "f", 32, typo="Gintara"),
        M("Tomas Kazlauskas", "partner", "m", 34, typo="Thomas"),
        M("Emilija Kazlauskaitė", "baby", "f", short=["Emi"], typo="Emilia"),
        M("Lukas Kazlauskas", "sibling", "m", 6, typo="Lucas"),
    ], origin="Kaunas", country="Lithuania", lang="Lithuanian", cc="lt",
        interp=("Ieva", "Stankevičiūtė"),
        bgs=["Family from {origin} in ⟪Lithuania⟫; {a.first} works on the farms and in the packhouse in shifts.",
             "{m.first} speaks good ⟪English⟫ but asked for a ⟪Lithuanian⟫ interpreter for the mental health questions."]),
    Fam("lith_b", "Lithuanian", "Wisbech", "PE", [
        M("Rūta Petrauskaitė", "mother", "f", 23),
        M("Žygimantas Vaitkus", "partner", "m", 27, alias=["Žygis"], typo="Žygimantus"),
        M("Adomas Vaitkus", "baby", "m", typo="Adamas"),
        M("Gabija Vaitkutė", "sibling", "f", 2, short=["Gabi"], typo="Gabia"),
    ], origin="Šiauliai", country="Lithuania", lang="Lithuanian", cc="lt",
        interp=("Ieva", "Stankevičiūtė"),
        bgs=["{m.first} came from {origin} at 18; {a.first} has been in the UK longer and speaks ⟪English⟫ for both of them.",
             "Both work agency shifts at the factory; {k.first} goes to a childminder."]),
    # ---------------------------------------------------------------- Latvian
    Fam("latv_a", "Latvian", "Corby", "NN", [
        M("Līga Bērziņa", "mother", "f", 29),
        M("Jānis Ozols", "partner", "m", 31),
        M("Roberts Ozols", "baby", "m", typo="Robert"),
        M("Elza Bērziņa", "sibling", "f", 7),
    ], origin="Riga", country="Latvia", lang="Latvian", cc="lv",
        interp=("Agnese", "Liepiņa"),
        bgs=["Family from {origin}, ⟪Latvia⟫; ⟪Latvian⟫ at home, {k.first} translates at appointments which I have discouraged.",
             "{a.first} works nights at the steelworks distribution centre."]),
    Fam("latv_b", "Latvian", "Kettering", "NN", [
        M("Kristīne Kalniņa", "mother", "f", 35, typo="Kristina"),
        M("Edgars Kalniņš", "father", "m", 38, typo="Edgar"),
        M("Marta Kalniņa", "baby", "f", typo="Martha"),
        M("Markuss Kalniņš", "sibling", "m", 9, typo="Markus"),
    ], origin="Daugavpils", country="Latvia", lang="Latvian", cc="lv",
        interp=("Agnese", "Liepiņa"),
        bgs=["Family are from {origin} in ⟪Latvia⟫ and speak ⟪Russian⟫ and ⟪Latvian⟫; {m.first} prefers ⟪Russian⟫ for appointments.",
             "{a.first} is a lorry driver and away in ⟪Poland⟫ and ⟪Germany⟫ for days at a time."]),
    # ---------------------------------------------------------------- Bulgarian
    Fam("bulg_a", "Bulgarian", "Bournemouth", "BH", [
        M("Desislava Petrova", "mother", "f", 26, short=["Desi"], typo="Dessislava"),
        M("Stoyan Georgiev", "partner", "m", 30, typo="Stoian"),
        M("Viktoria Georgieva", "baby", "f", short=["Viki"], typo="Victoria"),
        M("Nikolay Georgiev", "sibling", "m", 5, short=["Niki"], typo="Nikolai"),
    ], origin="Plovdiv", country="Bulgaria", lang="Bulgarian", cc="bg", kin="Baba",
        interp=("Milena", "Todorova"),
        bgs=["Family from {origin} in ⟪Bulgaria⟫; ⟪Baba⟫ (maternal grandmother) is coming over for the summer to help.",
             "{a.first} works in hotel kitchens; {m.first} cleaned holiday lets until the birth."]),
    Fam("bulg_b", "Bulgarian", "Northampton", "NN", [
        M("Radostina Ivanova", "mother", "f", 22, short=["Radi"], typo="Radostna"),
        M("Hristo Dimitrov", "partner", "m", 25, typo="Christo"),
        M("Boris Dimitrov", "baby", "m"),
        M("Yoana Dimitrova", "sibling", "f", 3, typo="Joana"),
    ], origin="Sliven", country="Bulgaria", lang="Bulgarian", cc="bg",
        interp=("Milena", "Todorova"),
        bgs=["Family came from {origin} two years ago and have pre-settled status; ⟪Bulgarian⟫ at home and some ⟪Turkish⟫.",
             "{a.first} does day labouring when he can get it; cash in hand."]),
    # ---------------------------------------------------------------- Portuguese / Brazilian
    Fam("port", "Portuguese (Madeiran)", "Thetford", "IP", [
        M("Ana Luísa Ferreira", "mother", "f", 28, first="Ana Luísa", sur="Ferreira", typo="Ana Luíza"),
        M("João Pedro Gonçalves", "partner", "m", 31, first="João Pedro", sur="Gonçalves"),
        M("Tiago Gonçalves", "baby", "m", typo="Thiago"),
        M("Beatriz Gonçalves", "sibling", "f", 5, alias=["Bia"], typo="Beatrix"),
    ], origin="Funchal", country="Portugal", lang="Portuguese", cc="pt", kin="Avó",
        interp=("Carla", "Mendes"),
        bgs=["Family from {origin} on Madeira (⟪Portugal⟫); ⟪Avó⟫ rings every evening on video.",
             "{a.first} works at the poultry factory, {m.first} was in the turkey plant until maternity leave."]),
    Fam("braz", "Brazilian", "Crawley", "RH", [
        M("Luciana Conceição da Silva", "mother", "f", 30, first="Luciana", sur="da Silva", short=["Luci"], typo="Lucianna"),
        M("Rafael Souza", "partner", "m", 33, typo="Raffael"),
        M("Valentina Souza", "baby", "f", short=["Tina"], typo="Valentine"),
        M("Enzo Souza", "sibling", "m", 4),
    ], origin="Goiânia", country="Brazil", lang="Portuguese", cc="br",
        interp=("Carla", "Mendes"),
        bgs=["Family from {origin} in ⟪Brazil⟫; {m.first} has an ⟪Italian⟫ passport through her grandfather.",
             "{a.first} works at the airport on early shifts; they share a house with another family."]),
    # ---------------------------------------------------------------- Turkish
    Fam("turk_a", "Turkish", "Harlow", "CM", [
        M("Elif Yıldız", "mother", "f", 27),
        M("Mehmet Yıldız", "father", "m", 31, typo="Mehmed"),
        M("Zeynep Yıldız", "baby", "f", typo="Zeyneb"),
        M("Emre Yıldız", "sibling", "m", 6),
        M("Ayşe Yıldız", "grandparent", "f"),
    ], origin="Kayseri", country="Turkey", lang="Turkish", cc="tr", kin="Babaanne",
        interp=("Serkan", "Polat"),
        bgs=["Family from {origin} in ⟪Turkey⟫; paternal grandmother {g.first} (⟪Babaanne⟫) lives with them.",
             "{a.first} runs a barber's with his cousin; {m.first} speaks some ⟪English⟫ and prefers ⟪Turkish⟫."]),
    Fam("turk_b", "Turkish", "Colchester", "CO", [
        M("Gökçe Şahin", "mother", "f", 25),
        M("Burak Aydın", "partner", "m", 29, typo="Buraq"),
        M("Deniz Aydın", "baby", "m", typo="Denis"),
        M("Çağan Aydın", "sibling", "m", 7),
    ], origin="Izmir", country="Turkey", lang="Turkish", cc="tr",
        interp=("Serkan", "Polat"),
        bgs=["{m.first} came from {origin} to marry; she kept her own surname as is usual in the family.",
             "{a.first} has a kebab van; long hours, home after midnight most nights."]),
    # ---------------------------------------------------------------- Kurdish
    Fam("kurd_a", "Kurdish (Iraq, Sorani)", "Huddersfield", "HD", [
        M("Berîvan Mustafa", "mother", "f", 26),
        M("Azad Qadir", "partner", "m", 32),
        M("Baran Qadir", "baby", "m", typo="Baren"),
        M("Hêvî Qadir", "sibling", "f", 5),
    ], origin="Erbil", country="Iraq", lang="Kurdish", cc="iq",
        interp=("Dilshad", "Hamawandi"),
        bgs=["Family are ⟪Kurdish⟫ from {origin} in ⟪Iraq⟫; {a.first} has refugee status, {m.first} joined under family reunion.",
             "⟪Kurdish⟫ (Sorani) interpreter needed for all contacts; {m.first} is learning ⟪English⟫ at college."]),
    Fam("kurd_b", "Kurdish (Turkey, Kurmanji)", "Stoke-on-Trent", "ST", [
        M("Rojda Kaya", "mother", "f", 24, typo="Rozda"),
        M("Şêrko Kaya", "partner", "m", 28),
        M("Zilan Kaya", "baby", "f", typo="Zelan"),
        M("Jiyan Kaya", "sibling", "m", 3, typo="Jian"),
    ], origin="Diyarbakır", country="Turkey", lang="Kurdish", cc="tr",
        interp=("Dilshad", "Hamawandi"),
        bgs=["Family are ⟪Kurdish⟫ from {origin} in ⟪Turkey⟫; asylum claim pending, in dispersal accommodation.",
             "{m.first} speaks ⟪Kurdish⟫ and ⟪Turkish⟫; a ⟪Turkish⟫ interpreter is acceptable to her if no ⟪Kurdish⟫ one is free."]),
    # ---------------------------------------------------------------- Eritrean
    Fam("eri_a", "Eritrean (Tigrinya)", "Coventry", "CV", [
        M("Abrehet Gebremedhin", "mother", "f", 23, typo="Abrahet"),
        M("Yonas Tesfamariam", "partner", "m", 27, typo="Jonas"),
        M("Eden Yonas", "baby", "f"),
        M("Selam Gebremedhin", "other_adult", "f", 30),
        M("Meron Tesfamariam", "other_child", "f", 15, typo="Merron"),
    ], origin="Asmara", country="Eritrea", lang="Tigrinya", cc="er",
        kw="partner's younger sister", interp=("Tesfalem", "Kahsay"),
        bgs=["Both from {origin} in ⟪Eritrea⟫; journey through ⟪Sudan⟫ and ⟪Libya⟫, arrived by small boat. Granted refugee status this year.",
             "{m.first} speaks ⟪Tigrinya⟫ and some ⟪Arabic⟫; ⟪Tigrinya⟫ interpreter used for every contact."]),
    Fam("eri_b", "Eritrean (Tigrinya)", "Leeds", "LS", [
        M("Senait Kidane", "mother", "f", 29, typo="Senayt"),
        M("Filmon Berhe", "partner", "m", 34, typo="Filimon"),
        M("Liya Filmon", "baby", "f"),
        M("Yohannes Berhe", "other_child", "m", 8, typo="Yohanes"),
    ], origin="Keren", country="Eritrea", lang="Tigrinya", cc="er",
        kw="partner's son", interp=("Tesfalem", "Kahsay"),
        bgs=["{m.first} is from {origin}; she spent three years in ⟪Ethiopia⟫ before resettlement.",
             "{k.first} is {a.posc} son from his first marriage and calls {m.first} mum."]),
    # ---------------------------------------------------------------- Afghan
    Fam("afg_a", "Afghan (Pashtun, Dari-speaking)", "Rotherham", "S", [
        M("Zarghuna Ahmadzai", "mother", "f", 30, typo="Zarghona"),
        M("Hamidullah Ahmadzai", "father", "m", 38, short=["Hamid"], typo="Hamidulla"),
        M("Maryam Ahmadzai", "baby", "f", typo="Mariam"),
        M("Farhad Ahmadzai", "sibling", "m", 9, typo="Farhaad"),
        M("Gul Bibi Ahmadzai", "grandparent", "f", first="Gul Bibi"),
    ], origin="Kabul", country="Afghanistan", lang="Dari", cc="af",
        interp=("Farid", "Sultani"),
        bgs=["Family came from {origin} under ⟪ARAP⟫; {a.first} was an interpreter for the army. Eight months in a bridging hotel before this house.",
             "{m.first} speaks ⟪Pashto⟫ and ⟪Dari⟫, no ⟪English⟫ yet; ⟪Dari⟫ interpreter used."]),
    Fam("afg_b", "Afghan (Dari)", "Swindon", "SN", [
        M("Freshta Noori", "mother", "f", 27, typo="Fereshta"),
        M("Nasir Ahmad Noori", "father", "m", 33, first="Nasir"),
        M("Sana Noori", "baby", "f"),
        M("Omid Noori", "sibling", "m", 6),
    ], origin="Herat", country="Afghanistan", lang="Dari", cc="af",
        interp=("Farid", "Sultani"),
        bgs=["Family from {origin}, resettled through the ⟪ACRS⟫ scheme; {m.first} was a teacher in ⟪Afghanistan⟫.",
             "{a.first} is doing ⟪ESOL⟫ classes and wants to retrain as an electrician."]),
    # ---------------------------------------------------------------- Jamaican
    Fam("jam_a", "Jamaican", "Birmingham", "B", [
        M("Shanice Campbell", "mother", "f", 21, typo="Shaniece"),
        M("Delroy Clarke", "partner", "m", 24, short=["Del"], typo="Delroi"),
        M("Kemani Clarke", "baby", "m", typo="Kamani"),
        M("Justice Campbell", "sibling", "m", 4),
        M("Pauline Campbell", "grandparent", "f", typo="Paulene"),
    ], origin="Spanish Town", country="Jamaica", cc="jm",
        bgs=["Maternal grandmother {g.first} came from {origin} in ⟪Jamaica⟫ as a child; she lives two streets away and is the main support.",
             "{a.first} is not living at the address but visits daily."],
        ords=["{a.first} has a ⟪youth justice⟫ worker until the end of the year.",
              "She wants ⟪justice⟫ for her cousin and talks about it a lot."]),
    Fam("jam_b", "Jamaican", "Nottingham", "NG", [
        M("Patience Brown", "mother", "f", 34, typo="Patiance"),
        M("Kemar Reid", "partner", "m", 36),
        M("Shiloh Reid", "baby", "f", typo="Shilo"),
        M("Marcus Brown", "sibling", "m", 11, typo="Markus"),
    ], origin="Montego Bay", country="Jamaica", cc="jm",
        bgs=["{m.first} moved from {origin} in ⟪Jamaica⟫ at 16; her mother is still there.",
             "{a.first} works as a bus driver; {k.first} is at secondary school."],
        ords=["Stools soft and mustard to ⟪brown⟫, no concerns.",
              "Mum said she has lost ⟪patience⟫ with the housing team.",
              "She has a ⟪brown⟫ mole on her back that she wants checking."],
        custom=["jam_patience"]),
    # ---------------------------------------------------------------- Roma
    Fam("roma", "Slovak Roma", "Sheffield", "S", [
        M("Denisa Lakatošová", "mother", "f", 20, typo="Denise"),
        M("Marek Lakatoš", "partner", "m", 23),
        M("Nikolas Lakatoš", "baby", "m", typo="Nicolas"),
        M("Vanesa Lakatošová", "sibling", "f", 2, typo="Vanessa"),
        M("Helena Duždová", "grandparent", "f", typo="Helana"),
    ], origin="Košice", country="Slovakia", lang="Slovak", cc="sk",
        interp=("Zuzana", "Horváthová"),
        bgs=["Roma family from {origin} in ⟪Slovakia⟫; ⟪Romani⟫ at home, ⟪Slovak⟫ interpreter used and {m.first} is happy with that.",
             "Maternal grandmother {g.first} lives next door and the two houses are one household in practice."]),
    # ---------------------------------------------------------------- Irish Traveller
    Fam("traveller", "Irish Traveller", "Doncaster", "DN", [
        M("Bridget Ward", "mother", "f", 22, alias=["Biddy"], typo="Bridgit"),
        M("John Joe Ward", "father", "m", 25, first="John Joe"),
        M("Margaret Ward", "baby", "f", short=["Maggie"], typo="Margret"),
        M("Patrick Ward", "sibling", "m", 3, short=["Paddy"], typo="Patrik"),
        M("Rose McDonagh", "grandparent", "f", typo="McDonough"),
    ], origin="Galway", country="Ireland",
        bgs=["Family are Irish Travellers living on the council site; {g.first} ({m.posc} mother) has the next pitch.",
             "{m.first} left school at 12 and does not read well; information given verbally and checked back."],
        ords=["Baby was on the neonatal ⟪ward⟫ for two nights for antibiotics.",
              "Temperature ⟪rose⟫ to 38.4 overnight and came down with ⟪Calpol⟫."],
        custom=["traveller_ward"]),
    # ---------------------------------------------------------------- Scottish
    Fam("scot", "Scottish", "Dundee", "DD", [
        M("Kirsty Fraser", "mother", "f", 28, typo="Kirsti"),
        M("Glen Fraser", "father", "m", 30),
        M("Isla Fraser", "baby", "f"),
        M("Ewan Fraser", "sibling", "m", 4),
    ], bgs=["Family moved down from {town2} for {a.posc} job on the rigs supply boats; {m.first} misses her mum.",
            "Paternal grandparents in ⟪Scotland⟫ visit every few months."],
        ords=["They had a day out walking up the ⟪glen⟫ at the weekend with the sling."],
        custom=["scot_ewan"]),
    # ---------------------------------------------------------------- Cornish
    Fam("corn", "Cornish", "Camborne", "TR", [
        M("Morwenna Pascoe", "mother", "f", 31, short=["Wenna"], typo="Morwena"),
        M("Jago Tregunna", "partner", "m", 33),
        M("Kerensa Tregunna", "baby", "f", typo="Kerenza"),
        M("Tamsin Pascoe", "sibling", "f", 7, typo="Tamsyn"),
        M("Loveday Pascoe", "grandparent", "f", typo="Lovedy"),
    ], bgs=["{g.first} ({m.posc} mother) lives in {town2} and has the children two days a week.",
            "{a.first} is a fisherman out of {town3}; away for days in good weather."]),
    # ---------------------------------------------------------------- English, names that are words
    Fam("e_hope", "English", "Stockport", "SK", [
        M("Hope Marsh", "mother", "f", 23),
        M("Will Dunn", "partner", "m", 26),
        M("Summer Marsh", "baby", "f", typo="Sumer"),
        M("Rocky Marsh", "sibling", "m", 3),
    ], ords=["⟪Hope⟫ to see them again before the half term.",
             "We ⟪hope⟫ the new flat comes through before winter.",
             "Next steps ⟪will⟫ be agreed at the TAF.",
             "⟪Will⟫ need a further visit if the weight drops again.",
             "Flat was very hot over the ⟪summer⟫ and they kept the windows shut because of the road.",
             "⟪Summer⟫ holidays were hard with no money for days out.",
             "It has been a ⟪rocky⟫ few weeks between the couple.",
             "The ⟪marsh⟫ behind the estate floods and mum won't push the pram that way."],
        custom=["e_hope_1", "e_hope_2"]),
    Fam("e_faith", "English", "Wigan", "WN", [
        M("Faith Hunter", "mother", "f", 32),
        M("Bill Hunter", "father", "m", 35, alias=["Billy"]),
        M("Grace Hunter", "baby", "f"),
        M("Chase Hunter", "sibling", "m", 6, typo="Chace"),
    ], ords=["Landlord has agreed a ⟪grace⟫ period on the arrears until the end of the month.",
             "⟪Grace⟫ period on the rent ends this week.",
             "Mum signed the tenancy in good ⟪faith⟫ and the deposit was never protected.",
             "The gas ⟪bill⟫ is now over £400 and they are on a prepayment meter.",
             "I will ⟪chase⟫ the dietitian referral with the GP.",
             "⟪Chase⟫ up the ⟪Healthy Start⟫ application with mum next week."],
        custom=["e_faith_1", "e_faith_2"]),
    Fam("e_dawn", "English", "Rochdale", "OL", [
        M("Dawn Fisher", "mother", "f", 38),
        M("Mark Fisher", "father", "m", 40),
        M("Ivy Fisher", "baby", "f"),
        M("Ruby Fisher", "sibling", "f", 5),
        M("Sue Fisher", "grandparent", "f"),
    ], ords=["Baby up before ⟪dawn⟫ most days, mum exhausted.",
             "Small pink ⟪mark⟫ on the nape of the neck, a stork ⟪mark⟫, fading.",
             "⟪Mark⟫ on the left thigh is the ⟪BCG⟫ scar healing well.",
             "⟪Ivy⟫ growing through the back window frame and the damp is coming in.",
             "Paternal nan had her ⟪ruby⟫ wedding anniversary party at the weekend.",
             "Dad says they could ⟪sue⟫ the letting agent over the deposit."],
        custom=["e_dawn_1", "e_dawn_2"]),
    Fam("e_autumn", "English", "Hull", "HU", [
        M("Autumn Wren", "mother", "f", 19),
        M("Robin Hale", "partner", "m", 21),
        M("Rain Hale", "baby", "f"),
        M("Blaze Wren", "sibling", "m", 2, typo="Blaise"),
    ], ords=["Starting nursery in the ⟪autumn⟫ term.",
             "⟪Autumn⟫ term dates not confirmed yet.",
             "A ⟪robin⟫ comes to the bird feeder and mum holds baby up to the window to see it.",
             "⟪Rain⟫ all week so no walks out with the pram.",
             "Heavy ⟪rain⟫ has made the damp in the back bedroom worse.",
             "Fire service visited after a chip-pan ⟪blaze⟫ next door last year and fitted smoke alarms.",
             "Grandad is ⟪hale⟫ and hearty and helps with the school run."],
        custom=["e_autumn_1", "e_autumn_2"]),
    Fam("e_penny", "English", "Barnsley", "S", [
        M("Penny Brook", "mother", "f", 27),
        M("Guy Sage", "partner", "m", 29),
        M("Daisy Brook", "baby", "f", typo="Daisey"),
        M("Poppy Brook", "sibling", "f", 4, typo="Popy"),
        M("Frank Brook", "grandparent", "m"),
    ], ords=["Not a ⟪penny⟫ left after the rent this month.",
             "We had a ⟪frank⟫ conversation about the arrears and the bailiff letter.",
             "A ⟪guy⟫ from the council came about the boiler and said it is condemned.",
             "The girls made ⟪daisy⟫ chains on the green.",
             "The ⟪brook⟫ at the end of the lane flooded again.",
             "Her nan gives ⟪sage⟫ advice about teething, mostly cold flannels."],
        custom=["e_penny_1", "e_penny_2"]),
    Fam("e_joy", "English", "Swansea", "SA", [
        M("Joy Mason", "mother", "f", 24),
        M("Dean Carter", "partner", "m", 27),
        M("Jade Mason", "baby", "f"),
        M("Rowan Mason", "sibling", "m", 5, typo="Rowen"),
    ], ords=["Still no ⟪joy⟫ with the landlord about the mould.",
             "{a.posc} brother works as a stone ⟪mason⟫ and may have work for him.",
             "A ⟪rowan⟫ tree outside the bedroom window blocks most of the light.",
             "She wears a ⟪jade⟫ bangle that was her nan's.",
             "She has asked the ⟪dean⟫ at the college about deferring her course."],
        custom=["e_joy_1", "e_joy_2"]),
    Fam("e_amber", "English", "Harrogate", "HG", [
        M("Amber Dale", "mother", "f", 30),
        M("Ash Reed", "partner", "m", 31),
        M("Lily Dale", "baby", "f"),
        M("Sunny Dale", "sibling", "m", 7),
        M("Cliff Dale", "grandparent", "m"),
    ], ords=["RAG rating ⟪amber⟫ at this visit.",
             "Cigarette ⟪ash⟫ on the carpet by the baby's play mat.",
             "A peace ⟪lily⟫ on the windowsill; advised it is harmful if a child eats the leaves.",
             "A ⟪sunny⟫ day so we walked to the park and talked there.",
             "⟪Sunny⟫ spells forecast so sun cream and shade discussed.",
             "Money: a ⟪cliff⟫ edge when the childcare element stops.",
             "⟪Reed⟫ diffusers in the bedroom; advised to remove them.",
             "They walk up the ⟪dale⟫ most weekends with the sling."],
        custom=["e_amber_1", "e_amber_2"]),
    Fam("e_star", "English", "Blackpool", "FY", [
        M("Star Hayes", "mother", "f", 19),
        M("Jay Bliss", "partner", "m", 22),
        M("River Bliss", "baby", "m"),
        M("Journey Hayes", "other_child", "f", 9),
        M("Heather Hayes", "grandparent", "f", typo="Hether"),
    ], kw="younger sister",
        ords=["⟪Star⟫ chart for toilet training is going well.",
             "The ⟪journey⟫ to the hospital is two buses.",
             "⟪Journey⟫ to clinic took an hour with the pram.",
             "Flat overlooks the ⟪river⟫ and the balcony rail is low.",
             "Leaflets from ⟪Bliss⟫ given as baby was born at 33 weeks.",
             "A ⟪jay⟫ keeps raiding the bird table, which made everyone laugh."],
        custom=["e_star_1", "e_star_2"]),
]

# second towns for the UK-born families
TOWN2 = {"scot": ("Aberdeen", "Arbroath"), "corn": ("Redruth", "Newlyn")}


# ---------------------------------------------------------------------------
# Invented identifiers
# ---------------------------------------------------------------------------

def nhs_ok(d):
    if len(d) != 10 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def phone_has_nhs(t):
    d = re.sub(r"\D", "", t)
    return any(nhs_ok(d[i:i + 10]) for i in range(len(d) - 9))


NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                   r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
PC_RE = re.compile(r"^[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])"
                   r" ?\d[ABD-HJLNP-UW-Z]{2}$")

STREET_A = ["Kestrel", "Marlowe", "Tannery", "Haverstock", "Cobden", "Linnet", "Sandpiper",
            "Rookery", "Farriers", "Millstone", "Brackenfield", "Quarry", "Osprey", "Lapwing",
            "Foundry", "Chandos", "Larkspur", "Weaver", "Coppice", "Tanners", "Pinfold",
            "Beckett", "Saddler", "Thistle", "Orchard", "Malthouse", "Ropewalk", "Kiln",
            "Heron", "Ferncliffe", "Wharf", "Gorse", "Meadowsweet", "Bramley", "Whinmoor"]
STREET_B = ["Road", "Street", "Close", "Avenue", "Way", "Crescent", "Terrace", "Lane",
            "Drive", "Gardens", "Walk", "Grove", "Court", "Mews", "Rise"]
HOUSE = ["Cobden House", "Marlowe House", "Tannery Court", "Linnet House", "Weaver Court",
         "Kiln House", "Chandos Tower", "Heron Court", "Foundry House", "Pinfold House"]
SCHOOL_N = ["Cranbrook", "Moorside", "Highfields", "Westbourne", "Fernhill", "Elmhurst",
            "Copperfield", "Halsey", "Beaumont", "Larchwood", "Greystones", "Oakridge",
            "Whitmore", "Birchgrove", "Lindley"]
SCHOOL_S = ["Primary School", "Primary", "Academy", "Infant School", "Community Primary",
            "Junior and Infant School", "Primary Academy"]
SAINTS = ["Aidan", "Bede", "Cuthbert", "Oswald", "Hilda", "Chad", "Anselm", "Brannock",
          "Ninian", "Wilfrid"]
NURSERY = ["Little Owls Nursery", "Tiny Steps Day Nursery", "Sunflower Pre-school",
           "Acorn Tree Nursery", "Ladybird Lodge Nursery", "Kingfisher Pre-school",
           "Bright Beginnings Nursery", "Hollybush Playgroup"]
GP_N = ["Castle Lane", "Northgate", "Fernlea", "Station Road", "Cedar House", "Parkview",
        "Millbrook", "Abbeyfield", "Hawthorn", "Kingsway", "Priory", "Riverside",
        "Tollgate", "Westcliffe", "Holmewood"]
GP_S = ["Surgery", "Medical Centre", "Health Centre", "Medical Practice", "Family Practice"]
HOSP = ["St Brannock's Hospital", "Kingsmere General Hospital", "Westfield Royal Infirmary",
        "Royal Harbour Hospital", "Eastgate University Hospital", "St Wilfrid's Hospital",
        "Moorfield General Hospital", "Queen Adela Hospital"]
CC_N = ["Oakwood", "Beacon", "Hillside", "Brambles", "Greenacre", "Marigold", "Foxhill",
        "Willowbank", "Ashburn", "Meadowview", "Northfield", "Longmoor"]

PROF_F = ["Karen", "Joanne", "Lorraine", "Beverley", "Gail", "Rachel", "Hannah", "Claire",
          "Fiona", "Helen", "Donna", "Michelle", "Yvonne", "Gemma", "Kelly", "Lucy", "Ruth",
          "Zainab", "Samina", "Farah", "Priya", "Meera", "Nadia", "Shona", "Kerry", "Tracey",
          "Louise", "Anita", "Bernadette", "Olwen", "Sinead", "Ngaio"]
PROF_M = ["Imran", "Stuart", "Liam", "Paul", "Gareth", "Neil", "Callum", "Tariq", "Dominic",
          "Craig", "Martin", "Kieran", "Owen", "Rhys", "Graham", "Adebayo", "Wojciech"]
PROF_S = ["Whitlock", "Pryce", "Latham", "Sutcliffe", "Greaves", "Haworth", "Bancroft",
          "Tranter", "Lindqvist", "Baird", "Okafor", "Chauhan", "Rahman", "Qureshi",
          "McAllister", "Oduya", "Tekle", "Hollis", "Mercer", "Dobson", "Pickering",
          "Threlfall", "Varga", "Nowell", "Gillespie", "Brannigan", "Hendry", "Duggan",
          "Metcalfe", "Ferris", "Lomax", "Hebden", "Achterberg", "Kaczmarek", "Oyelaran"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def lev1(a, b):
    """True when a and b are one insertion, deletion or substitution apart."""
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


def clashes(word, hh):
    """Would another person's name word be read as a household name?"""
    w = nodiac(word).lower()
    for n in hh:
        n = nodiac(n).lower()
        if w == n or lev1(w, n) or (len(w) >= 3 and n.startswith(w)) or (len(w) >= 3 and w.startswith(n) and len(n) >= 3):
            return True
        if len(n) >= 8 and len(w) >= 4 and w in n:
            return True
    return False


class Person:
    def __init__(self, first, sur):
        self.f = first
        self.s = sur

    @property
    def full(self):
        return P(f"{self.f} {self.s}")

    @property
    def first(self):
        return P(self.f)

    @property
    def sur(self):
        return P(self.s)


class Ctx:
    """Everything a note template needs: the household, a seeded rng and invented details."""

    def __init__(self, fam, rng):
        self.f = fam
        self.rng = rng
        for mem in fam.members:
            mem.rng = rng
        self.m, self.a, self.b, self.k, self.g = fam.mum, fam.adult, fam.baby, fam.kid, fam.gran
        self.used_people = set()
        self.ord_i = 0
        self.bg_i = 0
        self.y = 2025

    # ---- choices --------------------------------------------------------
    def pick(self, xs):
        return self.rng.choice(xs)

    def r(self, a, b):
        return self.rng.randint(a, b)

    def d(self, n):
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    # ---- family words ---------------------------------------------------
    @property
    def aw(self):
        return self.f.aw

    @property
    def Aw(self):
        return cap(self.f.aw)

    @property
    def kw(self):
        return self.f.kw

    @property
    def town(self):
        return PL(self.f.town)

    @property
    def town2(self):
        return PL(TOWN2.get(self.f.key, self.f._towns)[0])

    @property
    def town3(self):
        return PL(TOWN2.get(self.f.key, self.f._towns)[1])

    @property
    def origin(self):
        return PL(self.f.origin) if self.f.origin else self.town2

    @property
    def country(self):
        return K(self.f.country) if self.f.country else "the UK"

    @property
    def lang(self):
        return K(self.f.lang) if self.f.lang else K("English")

    def fmt(self, s):
        return s.format(m=self.m, a=self.a, b=self.b, k=self.k, g=self.g, origin=self.origin,
                        town=self.town, town2=self.town2, town3=self.town3)

    def bg(self):
        """One background sentence of this family, with a trailing space, or ''."""
        if self.bg_i >= len(self.f.bgs):
            return ""
        s = self.f.bgs[(self.bg_i + self.rng.randint(0, 1)) % len(self.f.bgs)]
        self.bg_i = len(self.f.bgs)
        return self.fmt(s) + " "

    def ord(self):
        """The family's next ordinary-sense sentence (a household name used as a word)."""
        if not self.f.ords:
            return ""
        s = self.f.ords[self.f._ord_next % len(self.f.ords)]
        self.f._ord_next += 1
        return self.fmt(s) + " "

    def ord_b(self, bullet="-"):
        s = self.ord()
        return f"{bullet} {s.strip()}\n" if s else ""

    def ord_lc(self):
        s = self.ord()
        for i, ch in enumerate(s):
            if ch.isalpha():
                return s[:i] + ch.lower() + s[i + 1:]
        return s

    def abroad(self):
        """Once per household with family abroad: a sentence with a number from there."""
        f = self.f
        if not f.cc or getattr(f, "_abroad_used", False):
            return ""
        f._abroad_used = True
        return self.pick([
            f"Maternal grandmother in {self.origin} is on ⟪WhatsApp⟫ at {self.intl()}. ",
            f"{self.m.first} gave her sister's number in {self.country} as a second contact: {self.intl()}. ",
            f"Grandparents ring from {self.origin} most evenings ({self.intl()}). ",
            f"{self.a.posc} brother in {self.country} is the emergency contact, {self.intl()}. ",
        ])

    def abroad_ln(self, prefix=""):
        t = self.abroad().strip()
        return "\n" + prefix + t if t else ""

    def interp_np(self):
        p = self.person(*self.f.interp)
        return f"a {self.lang} interpreter, {p.full}, in person"

    def abroad_line(self):
        if not self.f.cc:
            return ""
        return f"Family abroad ({self.country}): {self.intl()}\n"

    @property
    def sw(self):
        return "school" if (self.k.age or 0) >= 5 else "nursery"

    def interp(self):
        """How the visit was interpreted."""
        if not self.f.interp:
            return "No interpreter needed."
        p = self.person(*self.f.interp)
        return self.pick([
            f"{self.lang} interpreter {p.full} present in person.",
            f"Seen with {self.lang} interpreter via ⟪Language Line⟫ (phone), {p.first} interpreting.",
            f"Interpreter: {p.full} ({self.lang}), booked through the ⟪Big Word⟫.",
        ])

    # ---- people ---------------------------------------------------------
    def person(self, first=None, sur=None, sex=None):
        hh = {w.lower() for w in self.f.name_words()}
        for _ in range(200):
            f_ = first or self.pick(PROF_F if (sex or self.pick("ff m")) != "m" else PROF_M)
            s_ = sur or self.pick(PROF_S)
            key = (f_, s_)
            if first and sur:
                break
            if key in self.used_people or clashes(f_, hh) or clashes(s_, hh):
                continue
            if any(s_ == u[1] or f_ == u[0] for u in self.used_people):
                continue
            break
        self.used_people.add((f_, s_))
        return Person(f_, s_)

    # ---- numbers --------------------------------------------------------
    def _phone(self, build):
        for _ in range(500):
            t = build()
            if not phone_has_nhs(t):
                return lab("phone", t)
        raise RuntimeError("no phone")

    def mob(self, style=None):
        style = style or self.pick(["sp", "sp", "sp", "run", "intl", "intl0", "dash"])

        def b():
            x = self.d(3)
            return {"sp": f"07700 900{x}", "run": f"07700900{x}", "intl": f"+44 7700 900{x}",
                    "intl0": f"+44 (0)7700 900{x}", "dash": f"07700-900-{x}",
                    "sp3": f"07700 900 {x}"}[style]
        return self._phone(b)

    def land(self, area=None):
        def b():
            x = self.d(3)
            a = area or self.pick(["0113 496 0", "0114 496 0", "0116 496 0", "0121 496 0",
                                   "0161 496 0", "020 7946 0", "01632 960", "0117 496 0",
                                   "0115 496 0", "0131 496 0", "0141 496 0", "0191 498 0",
                                   "029 2018 0", "0118 496 0"])
            return a + x
        return self._phone(b)

    def intl(self, cc=None):
        cc = cc or self.f.cc or "ie"
        d = self.d

        def b():
            return {
                "ng": lambda: self.pick([f"+234 803 {d(3)} {d(4)}", f"+234 (0) 806 {d(3)} {d(4)}"]),
                "gh": lambda: self.pick([f"+233 24 {d(3)} {d(4)}", f"00233 20 {d(3)} {d(4)}"]),
                "bd": lambda: self.pick([f"+880 1712-{d(6)}", f"+880 17 {d(4)} {d(4)}"]),
                "in": lambda: self.pick([f"+91 98{d(3)} {d(5)}", f"0091 94{d(3)} {d(5)}"]),
                "lt": lambda: self.pick([f"+370 6{d(2)} {d(5)}", f"8 6{d(2)} {d(5)}"]),
                "lv": lambda: self.pick([f"+371 2{d(3)} {d(4)}", f"00371 2{d(7)}"]),
                "bg": lambda: self.pick([f"+359 88 {d(3)} {d(4)}", f"+359 (0)89 {d(3)} {d(4)}"]),
                "pt": lambda: self.pick([f"+351 91{d(1)} {d(3)} {d(3)}", f"00351 96{d(1)} {d(3)} {d(3)}"]),
                "br": lambda: self.pick([f"+55 62 9{d(4)}-{d(4)}", f"+55 (62) 9{d(4)}-{d(4)}"]),
                "tr": lambda: self.pick([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0090 53{d(1)} {d(3)} {d(4)}"]),
                "iq": lambda: self.pick([f"+964 750 {d(3)} {d(4)}", f"00964 770 {d(3)} {d(4)}"]),
                "er": lambda: self.pick([f"+291 7 {d(3)} {d(3)}", f"00291 1 {d(2)} {d(2)} {d(2)}"]),
                "af": lambda: self.pick([f"+93 70 {d(3)} {d(4)}", f"+93 (0)79 {d(3)} {d(4)}"]),
                "jm": lambda: self.pick([f"+1 876 555 01{d(2)}", f"(876) 555-01{d(2)}", f"876-555-01{d(2)}"]),
                "sk": lambda: self.pick([f"+421 9{d(2)} {d(3)} {d(3)}", f"00421 90{d(1)} {d(3)} {d(3)}"]),
                "ie": lambda: self.pick([f"+353 87 {d(3)} {d(4)}", f"00353 85 {d(3)} {d(4)}"]),
            }[cc]()
        return self._phone(b)

    def nhs(self, style=None):
        while True:
            ds = [self.rng.randint(0, 9) for _ in range(9)]
            if ds[0] == 0:
                continue
            s = sum(ds[i] * (10 - i) for i in range(9))
            c = 11 - (s % 11)
            if c == 11:
                c = 0
            if c == 10:
                continue
            n = "".join(map(str, ds)) + str(c)
            break
        style = style or self.pick(["sp", "sp", "run", "dash"])
        t = {"sp": f"{n[:3]} {n[3:6]} {n[6:]}", "run": n, "dash": f"{n[:3]}-{n[3:6]}-{n[6:]}"}[style]
        assert nhs_ok(re.sub(r"\D", "", t))
        return lab("nhs_number", t)

    def ni(self, style=None):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.pick(first) + self.pick(second)
            if p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                break
        n = self.d(6)
        s = self.pick("ABCD")
        style = style or self.pick(["sp", "run", "sp"])
        t = f"{p} {n[:2]} {n[2:4]} {n[4:]} {s}" if style == "sp" else f"{p}{n}{s}"
        assert NI_RE.match(t)
        return lab("ni_number", t)

    def pc(self):
        area = self.f.pca
        inward = "ABDEFGHJLNPQRSTUWXYZ"
        if len(area) == 1:
            out = area + str(self.r(1, 35))
        else:
            out = area + str(self.r(1, 19))
        t = f"{out} {self.r(1, 9)}{self.pick(inward)}{self.pick(inward)}"
        assert PC_RE.match(t), t
        return lab("postcode", t)

    def addr(self, style=None):
        style = style or self.pick(["num", "num", "num", "flat", "flatnum"])
        st = f"{self.pick(STREET_A)} {self.pick(STREET_B)}"
        if style == "num":
            t = f"{self.r(2, 148)} {st}"
        elif style == "flat":
            t = f"Flat {self.r(1, 24)}, {self.pick(HOUSE)}"
        else:
            t = f"Flat {self.r(1, 6)}{self.pick('ab')}, {self.r(2, 90)} {st}"
        return lab("address", t)

    def reg(self, style=None):
        L = "ABCDEFGHJKLMNOPRSTUVWXY"
        style = style or self.pick(["cur", "cur", "cur", "pre", "suf"])
        if style == "cur":
            t = f"{self.pick(L)}{self.pick(L)}{self.pick(['15', '16', '18', '19', '65', '66', '68', '69', '70', '21', '71'])} {self.pick(L)}{self.pick(L)}{self.pick(L)}"
        elif style == "pre":
            t = f"{self.pick('PRSTVWXY')}{self.r(1, 999)} {self.pick(L)}{self.pick(L)}{self.pick(L)}"
        else:
            t = f"{self.pick(L)}{self.pick(L)}{self.pick(L)} {self.r(1, 999)}{self.pick('ABCDEFGHJKLMNPRSTVWXY')}"
        return lab("vehicle", t)

    def ref(self, style=None):
        style = style or self.pick(["crime", "case", "mash", "la"])
        t = {
            "crime": lambda: f"{self.pick(['CR', 'WY', 'SYP', 'GMP', 'NTP'])}/{self.d(5)}/{self.pick(['24', '25'])}",
            "case": lambda: f"{self.pick(['SC', 'CSC', 'EH', 'FH'])}-{self.d(6)}",
            "mash": lambda: f"MASH{self.d(5)}{self.pick('ABCDEFGH')}",
            "la": lambda: f"{self.pick(['LA', 'CIN', 'CP'])}/{self.pick(['EH', 'SW', 'CP'])}/{self.d(5)}",
        }[style]()
        return lab("reference", t)

    def email(self, local=None, dom=None):
        local = local or f"{self.pick(PROF_F).lower()}.{self.pick(PROF_S).lower()}"
        dom = dom or self.pick(["example.org", "example.com", "nhs.example.org", "council.example.org"])
        return lab("email", f"{local}@{dom}")

    def url(self, path=None, style=None):
        path = path or self.pick(["family-support", "appeal/2231", "help/for-baby", "fundraiser/48812"])
        style = style or self.pick(["https", "www", "bare"])
        dom = self.pick(["example.org", "example.com"])
        t = {"https": f"https://www.{dom}/{path}", "www": f"www.{dom}/{path}",
             "bare": f"{dom}/{path}"}[style]
        return lab("url", t)

    def school(self):
        if self.rng.random() < 0.2:
            return lab("school", f"St {self.pick(SAINTS)}'s {self.pick(['RC Primary', 'C of E Primary', 'Catholic Primary School'])}")
        return lab("school", f"{self.pick(SCHOOL_N)} {self.pick(SCHOOL_S)}")

    def nursery(self):
        return lab("school", self.pick(NURSERY))

    def gp(self):
        return lab("health_service", f"{self.pick(GP_N)} {self.pick(GP_S)}")

    def hosp(self):
        if self.rng.random() < 0.25:
            return lab("health_service", f"{self.f.town} {self.pick(['City Hospital', 'General Hospital', 'Royal Infirmary'])}")
        return lab("health_service", self.pick(HOSP))

    def cc(self):
        return lab("health_service", f"{self.pick(CC_N)} Children's Centre")

    def hub(self):
        return lab("health_service", f"{self.pick(CC_N)} Family Hub")

    def clinic(self):
        return lab("health_service", f"{self.pick(STREET_A)} {self.pick(['Road', 'Lane', 'Street'])} Clinic")

    # ---- dates ----------------------------------------------------------
    def _dm(self):
        return self.r(1, 28), self.r(1, 12)

    def dt(self, style=None, year=None):
        d, m = self._dm()
        y = year or self.pick([2024, 2025, 2025])
        style = style or self.pick(["slash", "slash2", "long", "ordmon", "dots"])
        t = {
            "slash": f"{d:02d}/{m:02d}/{y}",
            "slash2": f"{d}/{m}/{y % 100:02d}",
            "long": f"{d} {MONTHS[m - 1]} {y}",
            "ordmon": f"{ordinal(d)} {MONTHS[m - 1]}",
            "ordmon3": f"{ordinal(d)} {MON3[m - 1]}",
            "dots": f"{d:02d}.{m:02d}.{y % 100:02d}",
            "dm": f"{d:02d}/{m:02d}",
            "dm1": f"{d}/{m}",
            "wkord": f"{self.pick(DAYS)} {ordinal(d)}",
        }[style]
        return lab("date", t)

    def seq(self, styles):
        """Dates in order (a chronology), one per style given."""
        start = self.r(0, 200)
        days = sorted(self.rng.sample(range(start, start + 160), len(styles)))
        out = []
        for n, st in zip(days, styles):
            y = 2024 + n // 336
            m = (n % 336) // 28 + 1
            d = n % 28 + 1
            t = {"dm": f"{d:02d}/{m:02d}", "dm1": f"{d}/{m}", "slash": f"{d:02d}/{m:02d}/{y}",
                 "ordmon3": f"{ordinal(d)} {MON3[m - 1]}"}[st]
            out.append(lab("date", t))
        return out

    def dob_adult(self, mem=None):
        y = 2024 - mem.age if mem is not None and mem.age else self.r(1986, 2004)
        return lab("date", f"{self.r(1, 28):02d}/{self.r(1, 12):02d}/{y}")

    def dob_baby(self):
        return self.dt(self.pick(["slash", "slash2", "long", "dots"]), year=self.pick([2024, 2025]))

    # ---- clinical numbers -------------------------------------------------
    def wt(self, lo=2.6, hi=9.8):
        return f"{self.rng.uniform(lo, hi):.2f}kg"

    def cent(self):
        return self.pick(["0.4th", "2nd", "9th", "25th", "50th", "75th", "91st"])

    def ml(self):
        return f"{self.pick([60, 90, 100, 120, 150, 180, 210])}ml"

    def epds(self):
        return self.r(3, 19)


# ---------------------------------------------------------------------------
# Note templates (generic: any household). Each returns markup.
# ---------------------------------------------------------------------------

TEMPLATES = []


def T(style, needs=None):
    """needs: a test on the household (Fam) that the template requires."""
    def deco(fn):
        TEMPLATES.append((fn.__name__, style, fn, needs or (lambda f: True)))
        return fn
    return deco


ABROAD = lambda f: bool(f.cc)
INTERP = lambda f: bool(f.interp)
SCHOOLKID = lambda f: (f.kid.age or 0) >= 5
TODDLER = lambda f: f.kid.age in (2, 3)


@T("soap")
def soap_nbv(c):
    m, a, b = c.m, c.a, c.b
    w0, w1 = c.wt(2.8, 3.9), c.wt(2.7, 3.8)
    mw = c.mob()
    return f"""New birth visit, day {c.r(10, 14)}
S: {m.first} says labour was quick and she was home the next day. {b.first} breastfeeding 8-10 times in 24 hrs with top ups of ⟪Cow & Gate⟫ first milk at night ({c.ml()}). {c.Aw} {c.pick(['on paternity leave', 'back at work already', 'doing the night bottles'])}. {c.abroad()}{c.bg()}{c.ord()}
O: Birth weight ⟪{w0}⟫ at {c.f_hosp}, today {w1}. ⟪Apgar⟫ 9/10 at 5 mins. Cord off, umbilicus clean and dry. Mild ⟪jaundice⟫ to chest only, baby alert and waking for feeds, 6+ wet nappies. Red Book completed. NHS no {c.nhs()}.
A: Feeding establishing. ⟪Whooley⟫ questions negative. {c.interp()}
P: ⟪Safe sleep⟫ discussed - own ⟪Moses basket⟫, feet to foot, no bumpers. ⟪ICON⟫ explained. ⟪Vitamin D⟫ from 1/12. 6-8 week contact booked for {c.dt('ordmon')}. Mum has my mobile {mw}.
"""


@T("soap")
def soap_68(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""6-8/52 review at {c.f_cc} - {b.full}, NHS {c.nhs()}
S: {m.any} reports {b.any} more settled in the evenings. Using ⟪Infacol⟫ before feeds. Sleeping 3-4 hr stretches in own cot. {k.first} ({k.age}) {c.pick(['adjusting well, a bit clingy', 'jealous at times, hitting the baby', 'loves helping with nappies'])}. {c.ord()}
{c.abroad()}
O: Wt ⟪{c.wt(4.1, 5.6)}⟫ on the {c.cent()} ⟪centile⟫ (birth on the {c.cent()}). Head circ 38cm. Social smile present. Fixes and follows. Hips checked by GP at {c.f_gp}.
A: Thriving. ⟪EPDS⟫ {c.epds()} - {c.pick(['no concerns', 'discussed low mood, plan below', 'some anxiety about money'])}.
P: Immunisations at 8/52 - ⟪6-in-1⟫, ⟪MenB⟫, ⟪rotavirus⟫; ⟪Calpol⟫ dosing after ⟪MenB⟫ explained. {c.ord()}Review at 3-4 months, {c.dt('wkord')} 10am.
"""


@T("soap")
def soap_reflux(c):
    m, b = c.m, c.b
    return f"""Targeted contact (phone then visit)
S: {m.any} rang the duty line on {c.f_duty} worried {b.first} is bringing back most feeds and screaming after. Feeding {c.ml()} ⟪Aptamil⟫ every 2-3 hrs. {c.ord()}
O: Seen at home same afternoon. Wt ⟪{c.wt(3.9, 6.2)}⟫, dropped from the {c.pick(['50th', '75th'])} to the {c.pick(['25th', '9th'])} ⟪centile⟫ over 2/52. Arching and crying after feeds. Nappies wet x6. No projectile vomiting, no blood.
A: Possible reflux, over-feeding likely contributing.
P: Paced feeding shown, smaller more frequent feeds. GP appt made at {c.f_gp} for {c.dt('wkord')} re ⟪Gaviscon Infant⟫. Red flags given (green vomit, not feeding, fewer wet nappies - ⟪111⟫ or ⟪A&E⟫). Reweigh in 1/52 at {c.f_cc}. {c.interp()}
"""


@T("soap", TODDLER)
def soap_2yr(c):
    m, b, k = c.m, c.b, c.k
    return f"""2-2.5 yr review - {k.full} (DOB {c.dt('slash', year=2025 - k.age)})
S: {m.first} concerned {k.any} has few words, about 10, and lines up toys. Sleeps through. Eats a narrow range (⟪Ella's Kitchen⟫ pouches, toast, yoghurt). Baby {b.any} now {c.r(3, 9)} months. {c.ord()}
O: ⟪ASQ-3⟫: communication below cut-off, fine motor and problem solving in the grey zone, gross motor fine. Good eye contact with mum, brought me a book.
A: Speech delay, possible social communication needs. {c.interp()}
P: Referral to ⟪speech and language therapy⟫. ⟪Bookstart⟫ pack given. Info on 2-year funded place at {c.f_nursery}. Hearing test requested. Review 3/12.
"""


@T("bullets")
def bl_34m(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""3-4 month contact - {b.full}
- Seen at home, {m.any} and {b.first} present; {c.aw} at work
- Feeding: {c.pick(['combination fed', 'exclusively breastfed', 'formula fed, ⟪Kendamil⟫'])}, {c.ml()} x5 in 24h
- Wt ⟪{c.wt(5.4, 7.4)}⟫ tracking the {c.cent()} ⟪centile⟫
- Rolling to side, laughing, grabs at toys
- Sleep: own cot, sleeping bag, room 16-20C. ⟪Ewan the Dream Sheep⟫ at bedtime
- {k.pos} behaviour better since starting at {c.f_school}
- Mum's mood: ⟪EPDS⟫ {c.epds()}, ⟪GAD-2⟫ {c.r(0, 6)}
{c.ord_b()}- {c.bg().strip() or 'No other concerns raised.'}
- {c.pick(['Baby massage at the old ⟪Sure Start⟫ centre on ⟪Wednesdays⟫', 'Rhyme time at the library, ⟪Bookstart⟫ bag given', 'Signposted to the ⟪Family Hub⟫ stay and play'])}
- Plan: weaning talk at 5-6 months, ⟪Healthy Start⟫ card applied for online ({c.url('healthy-start/apply', 'https')}); next contact at 9-12 months or sooner if needed
"""


@T("bullets")
def bl_cin_visit(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    sw = c.person()
    return f"""* Joint visit with {sw.full} (social worker) - Child in Need plan
* Home: {c.f_addr}, {c.town}. Two-bed flat, damp in back bedroom, mould on window frames
* {m.first} presented tired but engaged. {a.first} arrived halfway through and was short with {m.any}
* {b.any} asleep in ⟪Moses basket⟫ in living room. Clean, dressed appropriately
* {k.first} (age {k.age}) {c.pick(['not in ' + c.sw + ' today, said to have a cold', 'at ' + c.sw, 'playing on a tablet throughout'])}
* Finances: ⟪Universal Credit⟫ deductions for advance; ⟪food bank⟫ voucher given
{c.ord_b('*')}* {sw.first} to chase housing about the damp; ⟪Citizens Advice⟫ referral made for debts
* HV to visit fortnightly until next CIN review on {c.dt('long')}
"""


@T("bullets")
def bl_weaning(c):
    m, b = c.m, c.b
    return f"""Weaning group at {c.f_hub}:
- {m.first} and {b.first} attended, {b.his} first session
- started {c.pick(['baby rice', 'purees', 'finger foods (baby-led)'])} at {c.r(4, 6)} months; discussed waiting till around 6
- gagging vs choking explained, ⟪St John Ambulance⟫ video shared
- water from a free-flow cup, no juice
- ⟪Healthy Start⟫ vitamins: mum taking, baby not yet
- {c.pick(['allergy foods one at a time (egg, peanut, milk)', 'dairy in cooking fine', 'no honey until 1'])}
{c.ord_b()}- mum chatting with another mum from the group, swapped numbers{c.abroad_ln('- ')}
- next group {c.dt('wkord')}
"""


@T("bullets")
def bl_transfer_in(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    prev = c.person()
    return f"""TRANSFER IN
- Family moved from {c.town2} on {c.dt('long')}. Previous HV {prev.full}, records requested.
- New address: {c.f_addr}, {c.town} {c.f_pc}
- Registered with {c.f_gp}; {k.any} starts at {c.f_school} after half term
- Mum: {m.full}, DOB {c.dob_adult(c.m)}, mob {c.mob()}
- {c.Aw}: {a.full}
- Baby: {b.full}, NHS {c.nhs()}
- Previous concerns: {c.pick(['none recorded', 'Early Help closed last year', 'CIN plan closed on moving', 'domestic abuse incident in previous area, police aware'])}
- {c.bg().strip() or 'No interpreter needed.'}
{c.ord_b()}- Plan: introductory visit within 2/52
"""


@T("texted")
def tx_quick(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""hv visit. mum ok, {b.lc} feeding well ~{c.ml()} 3hrly. {c.aw} @ work. {k.lc} (age {k.age}) at nursery. gp appt tmrw re rash on face, ⟪sudocrem⟫ not helping. wt {c.wt(3.5, 7)}. {c.ord_lc()}nxt visit 2/52, txt mum on {c.mob('run')} to confirm
"""


@T("texted")
def tx_handover(c):
    m, a, b = c.m, c.a, c.b
    return f"""handover for cover HV: {m.lc} rang from {c.town3}, {b.lc} off feeds since last nite & temp 38.1, told 111 / GP. she said {a.lc} has the car so no way to get to {c.f_hosp} - pls ring her back pm. her no. {c.mob()}. {c.ord_lc()}fyi {c.aw} gets annoyed if we turn up unannounced so ring first
"""


@T("texted", SCHOOLKID)
def tx_colleague(c):
    m, b, k = c.m, c.b, c.k
    sw = c.person()
    return f"""msg to {sw.first} (SW): hi, saw {m.lc} + {b.lc} today, all ok, bby gaining ({c.wt(4, 8)}), mum engaging. {k.lc} (age {k.age}) still not going to school tho, {m.lc} says {k.he}'s being bullied. can u ask edu welfare? {c.ord_lc()}thx. im off fri, back mon
"""


@T("texted")
def tx_noaccess(c):
    m, b = c.m, c.b
    return f"""NA visit {c.dt('dm')} 10:30 @ {c.f_addr.lower()} {c.f_pc.lower()} - no answer, curtains shut, car {c.f_reg} outside. left card. rang {c.mob('sp')} x2 no ans. 2nd NA this month. spoke to {m.lc} later by phone, said {b.lc} was asleep + she didnt hear door. rebooked {c.dt('dm1')}. {c.ord_lc()}will d/w ⟪safeguarding⟫ lead if NA again
"""


@T("dictated")
def dic_home(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""visited at home {c.f_addr} {c.town} mum {m.any} present with baby {b.any} and {c.aw} {a.any} came in at the end {b.first} is feeding well on {c.pick(['breast', 'bottle', 'breast and bottle'])} weight today {c.wt(3.8, 8)} which is on the {c.cent()} ⟪centile⟫ mum says sleep is better since they moved the cot into their room discussed safe sleep again and the ⟪Lullaby Trust⟫ leaflet {k.first} was at {c.sw} today mum says {k.he} is doing well at {c.f_school} {c.ord()}mum's mood she says is up and down scored {c.epds()} on the ⟪EPDS⟫ we talked about the ⟪perinatal mental health⟫ team and she is thinking about it next visit in two weeks on the {lab('date', ordinal(c.r(2, 28)))}
"""


@T("dictated")
def dic_clinic(c):
    m, b = c.m, c.b
    return f"""baby clinic {c.f_cc} {b.any} {b.sur} brought by mum weight {c.wt(5, 9)} gained 200 grams in a week which is good mum asked about teething and {c.pick(['Bonjela', 'teething gel', 'Calpol'])} explained not to use gels under the age advised and to use a cold teething ring mum also asking about her ⟪Child Benefit⟫ which has not started I gave her the ⟪Citizens Advice⟫ number {c.ord()}{c.abroad()}new baby clinic time is ⟪Thursday⟫ mornings {c.interp()} comma mum understood full stop
"""


@T("dictated")
def dic_dv(c):
    m, a, b = c.m, c.b, c.b
    a = c.a
    idva = c.person(sex="f")
    return f"""routine enquiry done with mum alone {a.first} was out she disclosed that {a.he} pushed her against the wall last week when {b.first} was in her arms no injuries she does not want police involved she said {a.any} has been drinking more since losing his job DASH completed score {c.r(8, 15)} discussed with ⟪safeguarding⟫ team and referred to the ⟪IDVA⟫ service {idva.full} will call her on a safe number which is her friend's {c.mob()} {c.ord()}mum given ⟪Women's Aid⟫ and ⟪Refuge⟫ numbers and the ⟪Ask for ANI⟫ scheme at the chemist
"""


@T("reflective", INTERP)
def rf_isolation(c):
    m, a, b = c.m, c.a, c.b
    return f"""Reflection for supervision. I have been visiting {m.full} since {b.any} was born and I keep coming back to how alone she seems. {c.bg()}She says she is fine every time I ask, but she has not been out of the flat except to the shop since the birth, and when I suggested the baby group at {c.f_cc} she said she would not understand anyone. {c.interp()} I wonder whether I have leaned too much on the ⟪EPDS⟫ score ({c.epds()}) and not enough on what I see: the curtains closed at midday, {b.any} in the same babygrow two visits running, {m.first} not eating. {c.ord()}{a.first} is kind to her as far as I can tell but works long hours. {c.abroad()} I would like to talk about whether this is low mood, loneliness, or both, and whether a ⟪Home-Start⟫ volunteer who speaks {c.lang} would help more than another professional. I also noticed I felt relieved when she cancelled last week, and I want to think about why.
"""


@T("reflective")
def rf_neglect(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""{c.pick(['I am bringing this family to supervision because I cannot decide whether I am worried enough.', 'Supervision: I need to talk about drift in this family.', 'For discussion with my supervisor - possible neglect, and my own uncertainty about it.'])} {m.any} loves {b.posn} company and is warm with {b.him}, but the home conditions have slipped over three visits: dog mess in the kitchen, nappies in bags on the landing, no working cooker. {k.any} (age {k.age}) has had head lice since the autumn term, {c.pick(['and the school nurse has raised it twice', 'and nursery have asked me about it'])}. {c.ord()}On the other hand {b.first} is gaining well (⟪{c.wt(4.5, 9)}⟫, {c.cent()} ⟪centile⟫), immunisations are up to date and {m.first} always lets me in. I used the ⟪Graded Care Profile⟫ last time and scored physical care at 3. {a.any} told me money is the problem, not care, and I think that is partly true: they are in arrears and the electric is on emergency credit. I need help weighing the drift against the love, and deciding whether this is ⟪Early Help⟫ or a referral to ⟪MASH⟫.
"""


@T("reflective")
def rf_housing(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    ho = c.person()
    return f"""{c.pick(['Long contact today about housing more than health.', 'Reflection after a difficult visit, mostly about housing.', 'Today was a housing visit in all but name.'])} The family are in one room at {c.f_addr} ({c.town}), all four sleeping in one room, with {b.any} in a travel cot because a cot will not fit. {m.any} showed me the section 21 notice dated {c.dt('slash')}; her housing register application (ref {c.ref('la')}) was held up because it asked for her NI number, {c.ni()}, which she had not got to hand. Their housing officer, {ho.full}, has told them they will be placed in temporary accommodation 'anywhere in the county', which would take {k.first} away from {c.f_school} and everything familiar. {c.ord()}I have written a health letter supporting priority on the grounds of the baby's age and {m.posc} mental health, and sent it to {c.email()}. {c.abroad()}What I want to think about in supervision is the limit of what I can do here: I keep getting drawn into advocacy that is really the housing team's job, and it is taking time from families on my caseload with clinical needs. {c.bg()}
"""


@T("reflective")
def rf_culture(c):
    m, a, b = c.m, c.a, c.b
    g = c.g
    who = f"{g.first}, the baby's grandmother," if g else f"her mother on the phone from {c.origin}"
    elder = g.first if g else "her mother"
    return f"""Reflection: feeding and family advice. {m.first} is being told by {who} that {b.first} should have water and {c.pick(['gripe water', 'honey on the dummy', 'rice in the bottle', 'a little tea'])} from a few weeks old, as is usual at home{' in ' + c.country if c.f.country else ''}. {m.any} told me, a little embarrassed, that she does as she is told when {elder} is around. {c.interp()} I tried not to make it about whose way is right. We talked about why the advice here has changed over the years even for {c.pick(['British', 'English'])} grandmothers, and I left the ⟪Start for Life⟫ leaflet in {c.lang}. {c.ord()}I am aware I can come across as the expert with the answers; {elder} has raised six children and I have raised none. Next time I will ask if she would like to be there, so that the conversation is with her and not about her.
"""


@T("chronology")
def chr_1(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    sw, pc_ = c.person(), c.person()
    ds = c.seq(['dm', 'dm', 'dm', 'dm', 'dm', 'dm', 'dm', 'dm'])
    return f"""Chronology - {b.full}
{ds[0]} - Birth at {c.f_hosp}, {c.wt(2.6, 3.9)}, term. Midwife handover: previous CP plan for {k.any} (closed).
{ds[1]} - HV primary visit. Mum {m.first} well. {c.Aw} present.
{ds[2]} - Police ⟪DVA⟫ notification: verbal argument at the address, {a.first} left before officers arrived. Ref {c.ref('crime')}. PC {pc_.sur} attending.
{ds[3]} - HV to ⟪MASH⟫. Strategy not held; passed to ⟪Early Help⟫.
{ds[4]} - HV visit with {sw.full} (EH practitioner). Mum says {a.any} has moved to his brother's.
{ds[5]} - {c.ord().strip() or 'Mum cancelled, rebooked.'}
{ds[6]} - 6-8 wk review: wt {c.wt(4, 5.5)}, ⟪EPDS⟫ {c.epds()}.
{ds[7]} - {a.first} seen at the address by HV. Mum says they are 'giving it another go'.
"""


@T("chronology")
def chr_2(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    ds = c.seq(['dm', 'dm1', 'dm', 'dm', 'dm1', 'dm', 'dm'])
    return f"""{ds[0]} HV visit - {m.any} tearful, {b.any} well. Whooley +ve. GP appt made.
{ds[1]} Tel call from {c.f_gp}: mum started on ⟪sertraline⟫ 50mg.
{ds[2]} Missed 3-4 mth contact. Card left.
{ds[3]} {m.first} at {c.f_cc} drop-in, {b.first} ⟪{c.wt(6, 7.5)}⟫. Chatty.
{ds[4]} Nursery ({c.f_nursery}) report {k.first} collected late x3 by {a.any}.
{ds[5]} {c.ord().strip() or 'Letter from housing re bid.'}
{ds[6]} HV visit - mood better, back at the ⟪Family Hub⟫ groups.
"""


@T("chronology")
def chr_3(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    mw = c.person(sex="f")
    ds = c.seq(['ordmon3', 'ordmon3', 'ordmon3', 'ordmon3', 'ordmon3', 'ordmon3'])
    return f"""Antenatal and early chronology ({m.full}, DOB {c.dob_adult(c.m)}, NI {c.ni()})
- {ds[0]}: booked late at 24/40; midwife {mw.full}. {c.interp()}
- {ds[1]}: HV antenatal contact. First pregnancy in the UK. {c.bg().strip()}
- {ds[2]}: Admitted {c.f_hosp} with reduced movements, discharged next day.
- {ds[3]}: {b.any} born by ⟪EMCS⟫ at 39+2, {c.wt(2.8, 4)}, ⟪Apgar⟫ 7 and 9.
- {ds[4]}: NBV. Breastfeeding, sore nipples, ⟪Lansinoh⟫ advised. {k.any} at home.
- {ds[5]}: {c.ord().strip() or 'Tongue tie divided at the feeding clinic.'}
"""


@T("minutes")
def min_cin(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    sw, hv, gp, ho, nm = c.person(), c.person(), c.person(), c.person(), c.person()
    return f"""CHILD IN NEED REVIEW - {c.dt('long')}
Venue: {c.f_hub}
Present: {sw.full} (SW, chair); {hv.full} (HV); {m.full} (mother); {a.full} ({c.aw}); {nm.full} ({c.f_nursery}); {ho.full} (housing officer, {c.town} council). {c.interp()}
Apologies: Dr {gp.sur} ({c.f_gp}) - report received.
1. Health: {b.first} up to date with immunisations, wt {c.wt(5, 9)}. {hv.first} reports mum engaging well. {c.ord()}
2. Education: {k.first} attendance at {c.f_school} {c.r(71, 96)}%. {nm.first} says {k.he} is settled.
3. Housing: {ho.first} confirmed the family are band B; repairs to the damp booked for the week of {c.dt('ordmon')}.
4. Family's views: {c.abroad()}{m.any} feels the plan has helped; {a.first} wants the plan to close.
Actions: {sw.first} to refer to ⟪Home-Start⟫; HV to complete ⟪ASQ-3⟫ for {k.any}; housing to confirm repair date in writing to {c.email()}.
Next review: {c.dt('wkord')} at 2pm.
"""


@T("minutes")
def min_strategy(c):
    m, a, b = c.m, c.a, c.b
    sw, dc, gp, hv = c.person(), c.person(), c.person(), c.person()
    return f"""Strategy discussion (⟪Section 47⟫) - {b.full}, DOB {c.dob_baby()}
Attendees: {sw.full} (MASH SW, chair), DC {dc.full} (police ⟪CAIT⟫), Dr {gp.full} (named GP for ⟪safeguarding⟫), {hv.full} (HV).
Reason: bruise to left cheek of non-mobile baby noticed at {c.f_hosp} ⟪A&E⟫ on {c.dt('ordmon')}. Explanation from mum: {c.pick(["sibling hit baby with a toy", "baby rolled against the cot bars", "no explanation given"])}.
Police: {dc.sur} confirmed {a.full} known for ⟪DVA⟫ (log {c.ref('crime')}); vehicle {c.f_reg} linked to address.
Health: {hv.first} said {b.any} has been well cared for at all contacts; growth on the {c.cent()} ⟪centile⟫. {c.ord()}
GP: no previous attendances for injuries.
Decision: ⟪Section 47⟫ enquiry, joint. Child protection medical today at {c.f_hosp}. {m.first} to be told by {sw.first} this afternoon. Case ref {c.ref('case')}.
"""


@T("minutes", SCHOOLKID)
def min_taf(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    ehp, hv, sch, hs = c.person(), c.person(), c.person(), c.person(sex="f")
    return f"""Team Around the Family meeting - {c.dt('slash')}
Present: {m.any} (mum), {ehp.full} (⟪Early Help⟫ lead practitioner), {hv.full} (HV), {sch.full} (SENCO, {c.f_school}), {hs.first} from ⟪Home-Start⟫. {c.interp()}
What's working well: {m.first} has got {k.first} to school every day this half term; {b.first} is thriving.
Worries: money (⟪Universal Credit⟫ sanction), {k.posc} behaviour at home, {a.any} working away in {c.town2}.
{c.ord()}Actions:
* {ehp.first}: apply to the ⟪Household Support Fund⟫ (mum's NI {c.ni('run')}), refer to ⟪Citizens Advice⟫ (debt)
* {sch.sur}: ⟪EHCP⟫ request discussion with educational psychologist
* {hs.first}: weekly volunteer visits from next {c.pick(DAYS)}
* HV: {b.any}'s 1 yr review; ⟪Healthy Start⟫ card
Next TAF: {c.dt('ordmon')}, same venue ({c.f_hub})
"""


@T("minutes")
def min_cp(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    ch, sw, hv, pc_, mw, gp = c.person(), c.person(), c.person(), c.person(), c.person(), c.person()
    return f"""Initial Child Protection Conference
Children: {b.full} (DOB {c.dob_baby()}, NHS {c.nhs()}) and {k.full} (DOB {c.dt('slash', year=2025 - (k.age or 4))})
Chair: {ch.full}, Independent Reviewing Officer
Attendees: {sw.full} (SW), {hv.full} (HV), PC {pc_.full} (⟪Public Protection Unit⟫), {mw.full} (community midwife), {m.full} and her advocate; {a.first} declined to attend. {c.interp()}
Apologies: Dr {gp.sur}, {c.f_gp}
Summary of concerns: three ⟪DVA⟫ incidents in six months (police refs {c.ref('crime')} and {c.ref('crime')}), the last while {b.first} was present. {k.any} told teachers at {c.f_school} that '{c.aw} shouts and mummy cries'. {c.ord()}
Strengths: {m.any} has engaged with the ⟪IDVA⟫ and ⟪Freedom Programme⟫; children's health needs met; {c.bg().strip()}
Outcome: both children subject to a child protection plan, category emotional abuse. Core group within 10 working days; first meeting at {c.f_hub} on {c.dt('wkord')}.
"""


@T("contacts")
def ct_block(c):
    m, a, b = c.m, c.a, c.b
    sw, gp = c.person(), c.person()
    return f"""CONTACTS
Mum: {m.full}
Mob - {c.mob()}
NI: {c.ni()}
Email: {c.email(nodiac(m.first_name.split()[0].lower()) + nodiac(m.surname.split()[-1].lower())[:1] + c.d(2), 'example.com')}
{c.Aw}: {a.full}
Mob:
{c.mob()}
Address: {c.f_addr}, {c.town}, {c.f_pc}
GP: Dr {gp.sur}, {c.f_gp}
Tel: {c.land()}
Fax: {c.land()}
SW: {sw.full}, {c.town} Children's Services
Tel: {c.land()} ext {c.r(2000, 4999)}
email {c.email(f"{sw.f.lower()}.{sw.s.lower()}", "council.example.org")}
{c.abroad_line()}{c.ord()}"""


@T("contacts")
def ct_referral(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""REFERRAL TO {c.pick(['⟪Home-Start⟫', 'PERINATAL MENTAL HEALTH', 'INFANT FEEDING TEAM', '⟪Family Nurse Partnership⟫'])}
Name: {m.ndfull}
DOB: {c.dob_adult(c.m)}
NHS No: {c.nhs()}
NI No: {c.ni()}
Address: {c.f_addr}
{c.town}
{c.f_pc}
Tel (home): {c.land()}
Mobile: {c.mob()}
Email: {c.email(nodiac(m.first_name.split()[0].lower()) + '.' + c.d(2), 'example.com')}
Language: {c.lang} - interpreter {'required' if c.f.interp else 'not required'}
Baby: {b.full}, born {c.dob_baby()} at {c.f_hosp}
Other children: {k.first} ({k.age}){c.abroad_ln('Contact abroad: ')}
GP: {c.f_gp}
Reason: {c.pick(['low mood since birth, EPDS 16, no self-harm thoughts', 'feeding difficulties and poor weight gain', 'isolated, no family in the UK', 'anxiety, panic attacks when out with the pram'])}. {c.ord()}
"""


@T("contacts", ABROAD)
def ct_abroad(c):
    m, a, b = c.m, c.a, c.b
    return f"""Contact details updated at visit:
{m.first} has a new UK number, {c.mob()}, and still uses her number from {c.country} for ⟪WhatsApp⟫: {c.intl()}.
{a.any}: {c.mob()} (works {c.pick(['nights', 'days', 'shifts'])}).
Emergency contact: {c.pick(['her cousin', 'a friend from church', 'her sister-in-law', 'a neighbour'])} {c.person().full} on {c.mob()}.
Relatives in {c.origin}: {c.intl()} (mum says ring only if it is really urgent, the call is expensive for them).
Email for appointment letters: {c.email(nodiac(m.surname.replace(' ', '').lower()) + c.d(3), 'example.com')}
{c.ord()}"""


@T("contacts")
def ct_prof_sig(c):
    hv = c.person(sex="f")
    m, b = c.m, c.b
    return f"""Letter sent to {m.full} re {b.pos} 9-12 month review on {c.dt('wkord')} at {c.f_cc}.
Signature:
{hv.full}
Specialist Community Public Health Nurse (HV)
{c.pick(['North', 'East', 'Central', 'West'])} Locality Team
T: {c.land()}
M: {c.mob('sp3')}
E: {c.email(f"{hv.f.lower()}.{hv.s.lower()}", "nhs.example.org")}
Duty line (9-5): {c.land()}
{c.ord()}"""


@T("email")
def em_referral(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    hv, to = c.person(), c.person()
    return f"""From: {c.email(f"{hv.f.lower()}.{hv.s.lower()}", "nhs.example.org")}
To: {c.email('mash.referrals', 'council.example.org')}
Subject: Referral - {b.ndfull}, {c.f_pc}

Dear {to.first},

Please find attached my referral for {b.full} (NHS {c.nhs('run')}) and {k.full}, who live with their mother {m.full} at {c.f_addr}, {c.town}. {a.first} ({c.aw}) is not on the tenancy but stays most nights.

Today {m.any} told me that {a.any} {c.pick(['has taken her phone and bank card', 'threatened to take the children to ' + c.town3, 'locked her out with the baby inside'])}. She consented to this referral. {c.abroad()}{c.ord()}Her safe number is {c.mob()}; please do not ring the landline.

Kind regards,
{hv.full}
Health Visitor, {c.f_hub}
"""


@T("email")
def em_gp(c):
    m, b = c.m, c.b
    gp = c.person()
    return f"""Email to Dr {gp.sur} ({c.f_gp}), {c.dt('slash')}:
Re {b.full}, DOB {c.dob_baby()}, NHS {c.nhs()}, {c.f_addr}. Seen today: wt ⟪{c.wt(3.3, 6)}⟫, has crossed down two centile lines from the {c.cent()}. Feeding {c.ml()} ⟪SMA⟫ Pro every 3 hours with vomiting after most feeds. Nappy rash, treated with ⟪Sudocrem⟫. Could you review for cow's milk protein allergy? Mum ({m.first}) has been told the surgery will ring her on {c.mob()}. {c.ord()}Thanks, HV team {c.land()}
"""


@T("social")
def so_online(c):
    m, a, b = c.m, c.a, c.b
    nm = nodiac(m.first_name.split()[0].lower())
    return f"""Concern raised by {c.f_nursery}: {m.any} has been posting photos of {b.any} with the address visible. Her insta is {lab('handle', nm + '_' + c.pick(['x', 'mama', 'babyandme', 'diaries']))} and she also has a TikTok {lab('handle', '@' + nm + '.' + c.pick(['official', 'vlogs', 'life']))}. There is a fundraising page for the baby's cot at {c.url(nodiac(b.first_name.split()[0].lower()) + '-cot-appeal')} which gives {b.posc} full name and date of birth. {c.ord()}Discussed with {m.first} at visit: she had not thought about who can see it and agreed to make the account private. {a.first} messaged me on snapchat ({lab('handle', nodiac(c.a.first_name.split()[0].lower()) + c.d(2))}), which I do not use; told him to ring the office on {c.land()}.
"""


@T("social")
def so_ex(c):
    m, b = c.m, c.b
    ex = c.person(sex="m")
    return f"""{m.any} showed me messages from her ex, {ex.full}, on Facebook Messenger and from a new account {lab('handle', '@' + ex.f.lower() + '_' + c.d(3))}. He knows she has had the baby and where she lives. Police informed, crime ref {c.ref('crime')}. His car ({c.reg()}, a black ⟪Vauxhall Corsa⟫) has been seen on {lab('address', c.pick(STREET_A) + ' ' + c.pick(STREET_B))} twice. {c.ord()}⟪MARAC⟫ referral made with {m.posc} consent. Safety plan: keep {b.first} inside, phone {K('999')} and use ⟪Silent Solution⟫ (55) if she cannot speak.
"""


@T("hardcases")
def hc_frames(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""Visit notes, {c.dt('wkord')}, {c.f_addr}.
{m.first} said the week had been hard. Spoke to {m.lc} about {b.posn} sleep: {b.he} wakes at 2am and 5am. Asked {k.lc} (age {k.age}) what {k.he} thought of the baby; {k.he} said '{b.sh} cries all the time'. {m.posc} friend {c.person(sex='f').first} is helping with the school run. {c.abroad()} {c.ord()}Referred {k.lc} to the school nurse at {c.f_school} re bedwetting, recommended by {a.lc}'s sister who had the same. {b.any} weighed ⟪{c.wt(5, 9)}⟫ ({c.cent()} ⟪centile⟫). Next visit on the {lab('date', ordinal(c.r(2, 28)))}.
"""


@T("hardcases")
def hc_names(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    ty = next((x for x in (b, k, m, a) if x.typo), None)
    tyline = f"{ty.ty} ({ty.first} - spelled wrong on a hospital letter, mum wants it changed). " if ty else ""
    return f"""Quick notes from today: {m.nd if has_diac(m.first_name) else m.first} and {a.nd if has_diac(a.first_name) else a.first} both in. {tyline}{b.first} weighed {c.wt(4, 9)}. {a.posn} mum is visiting from {c.origin}. {k.sh} (age {k.age}) showed me {k.his} drawings. {c.ord()}{m.sh} asked me to write everything down for {a.sh} as he was on nights. The {m.sur} household has {c.pick(['mould in the bathroom', 'no hot water', 'a new sofa from the charity shop'])}. {c.ord()}
"""


@T("hardcases")
def hc_lower(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""fu call. talked to {m.lc} - {b.lc} has had d&v since sat, 4 wet nappies today, taking ⟪Dioralyte⟫ from a syringe. {k.lc} had it first. asked {a.lc} to bring bby to the walk-in at {c.f_hosp} if fewer nappies. reports {b.lc} is sleepy but rousable. {c.ord_lc()}with {k.lc} (age {k.age}) off school too. rang back 4pm, {m.lc} says better. plan: review {c.dt('dm1')}
"""


@T("soap")
def soap_bf(c):
    m, b = c.m, c.b
    ifl = c.person(sex="f")
    return f"""Infant feeding clinic ({c.f_cc}) with {ifl.full}, IBCLC
S: {m.any} finding feeds painful, {b.any} on the breast for an hour at a time. Using ⟪Lansinoh⟫ and nipple shields from ⟪Boots⟫. {c.abroad()}{c.ord()}
O: Shallow latch, clicking. Restricted tongue movement, ⟪Hazelbaker⟫ score suggests posterior tie. Wt ⟪{c.wt(3.2, 4.8)}⟫, birth weight regained on day 16.
A: Probable tongue tie; feeding can continue.
P: Referral to frenulotomy clinic at {c.f_hosp}. Positioning reviewed (laid-back). ⟪Tommee Tippee⟫ pump loaned. {c.interp()} Phone support {c.land()}.
"""


@T("bullets", ABROAD)
def bl_imms(c):
    m, b, k = c.m, c.b, c.k
    return f"""Imms catch-up - {k.full} (age {k.age})
* ⟪MMR⟫ 1 not given, ⟪pre-school booster⟫ outstanding, last vaccine in {c.country}
* {m.first} wants {k.him} vaccinated; had worries about gelatine in the nasal flu vaccine - porcine-free option discussed
* * Vaccines given abroad discussed.{c.abroad_ln('* ')}\n* Baby {b.first}: {c.pick(['8', '12', '16'])} week imms done at {c.f_gp}, ⟪Calpol⟫ 2.5ml x3 doses given after ⟪MenB⟫
* Vaccine record from abroad photographed, sent to GP practice nurse via {c.email('practice.nurse', 'nhs.example.org')}
{c.ord_b('*')}* {c.interp()}
"""


@T("texted")
def tx_duty(c):
    m, b, a = c.m, c.b, c.a
    return f"""duty log: {c.dt('dm')} 14:10 call from {m.lc} on {c.mob()} - {b.lc} fell off the sofa, cried straight away, feeding since. no vomiting. advised to watch + 111 if drowsy/vomits. {c.aw} {a.lc} in the background. d/w duty SW, no further action, but it is baby's 2nd injury report so flagged. {c.ord_lc()}
"""


@T("dictated")
def dic_pmh(c):
    m, a, b = c.m, c.a, c.b
    pmh = c.person()
    return f"""joint visit with {pmh.full} from the perinatal mental health team {m.any} scored {c.r(14, 22)} on the ⟪EPDS⟫ she said she has had thoughts that {b.any} would be better off without her but no plans she has not told {a.any} we agreed a safety plan she will ring the crisis line {c.land('0114 496 0')} or ⟪Samaritans⟫ on ⟪116 123⟫ if the thoughts get stronger {pmh.first} is going to see her weekly and has prescribed ⟪sertraline⟫ through the GP {c.ord()}I will visit on {lab('date', 'Friday the ' + ordinal(c.r(2, 28)))} and ring on {K(c.pick(DAYS))}
"""


@T("reflective")
def rf_fathers(c):
    m, a, b = c.m, c.a, c.b
    return f"""{c.pick(['Reflective note on working with', 'Thinking about my work with', 'Supervision notes: engaging'])} {a.full}. For three visits {a.first} has stayed in the kitchen and answered for {m.first} when I asked her anything. I had been treating him as a barrier. Today he sat with {b.first} on his knee and told me about his own father in {c.origin}, who he hardly knew, and said he wants to do it differently. {c.ord()}I realised I had never asked him how he was, only how the baby was. {c.abroad()} We did the ⟪Whooley⟫ questions for him too and he answered yes to both. I gave him details of the dads' group at {c.f_hub} and {c.url('dads-group', 'www')}. I still need to see {m.any} on her own for routine enquiry, and I wonder if I can do that at {c.f_cc} when {a.any} is at work.
"""


@T("chronology")
def chr_4(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    ds = c.seq(['slash', 'slash', 'slash', 'slash', 'slash'])
    return f"""Case notes
{ds[0]} - Notification from {c.f_hosp}: {b.any} admitted with bronchiolitis, on ⟪high-flow⟫ oxygen 2/7.
{ds[1]} - Discharged. HV phone call: {m.first} coping, {a.first} taking time off.
{ds[2]} - HV visit. Sats fine on discharge. Feeding {c.ml()} 3 hrly. {c.ord().strip() or 'Smoking discussed, ' + a.first + ' smokes outside.'}
{ds[3]} - {k.any} at {c.f_school} with chickenpox, told to keep away from baby if possible.
{ds[4]} - Mum rang: {b.first} well. Closed to targeted, universal offer continues.
"""


@T("minutes")
def min_core(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    sw, hv, fsw = c.person(), c.person(), c.person()
    return f"""Core group, {c.dt('ordmon')}, {c.f_hub}
Present: {sw.full} (SW), {hv.full} (HV), {fsw.full} (family support worker), {m.any}. {c.interp()}
- {sw.first}: unannounced visit last week, home conditions improved; bed for {k.first} delivered.
- {hv.first}: {b.any} weighed ⟪{c.wt(5, 9)}⟫, {c.cent()} ⟪centile⟫; immunisations done. Safe sleep seen, cot clear.
- {fsw.first}: routines chart in place; bedtime by 7.30; ⟪Bookstart⟫ sessions at the library.
- {a.any}: completed 4 of 12 sessions of the perpetrator programme (provider reports to {c.email('referrals', 'example.org')}).
{c.ord_b()}- Next core group: {c.dt('slash')}; plan review at conference {c.dt('long')}.
"""


@T("hardcases")
def hc_dates_numbers(c):
    m, b = c.m, c.b
    return f"""Clinic, {c.dt('wkord')}. {b.first} ⟪{c.wt(4, 9)}⟫, was on the 25th ⟪centile⟫ in {K(c.pick(MONTHS))} and now back on the ⟪50th⟫. Vomiting for ⟪2/7⟫, fed {c.ml()} of ⟪Dioralyte⟫. ⟪Apgar⟫ had been 8/10 then ⟪9/10⟫. {m.first} asked about the ⟪24/7⟫ line. Next weigh on the {lab('date', ordinal(c.r(2, 28)))}; GP review booked {c.dt('dm')}. {c.ord()}Mum's number changed to {c.mob('dash')}.
"""


@T("contacts")
def ct_vehicle(c):
    m, a = c.m, c.a
    pc_ = c.person()
    return f"""Information from police (PC {pc_.full}, {c.land()}): {a.full} stopped driving {c.pick(['a grey Ford Focus', 'a white Transit van', 'a red Seat Leon'])}, reg {c.reg()}, with {m.any} and the baby in the car and no car seat. Second car, reg {lab('vehicle', c.f_reg_raw.lower().replace(' ', ''))}, also linked to the family. Police ref {c.ref('crime')}. {c.ord()}Car seat fitting offered through the ⟪Family Hub⟫.
"""


@T("bullets", SCHOOLKID)
def bl_school_liaison(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    sn = c.person(sex="f")
    return f"""Liaison call with {c.f_school} (school nurse {sn.full}, direct line {c.land()}):
- {k.full}, Year {max(1, (k.age or 5) - 4)}
- attendance {c.r(78, 95)}%, lates most Mondays
- comes in hungry; on the breakfast club list now
- {k.he} told staff {b.any} 'cries all night' and {c.aw} sleeps on the sofa
- school have no ⟪safeguarding⟫ concerns beyond that; ⟪Early Help⟫ offered before, declined
{c.ord_b()}- agreed: HV to discuss with {m.first} at next visit ({c.dt('dm')})
"""


@T("soap")
def soap_9m(c):
    m, b = c.m, c.b
    return f"""9-12 month review - {b.any} {b.sur} ({c.nhs('run')})
S: {m.any} says {b.first} is into everything. Pulls to stand, babbles 'mama', waves bye-bye. Eats family foods, 3 meals and 2 snacks. Still 2 night feeds. {c.abroad()}{c.ord()}
O: Wt ⟪{c.wt(7.6, 10.5)}⟫ ({c.cent()} ⟪centile⟫), length 73cm. Pincer grip present. Two teeth. Dental registration not done.
A: Development appropriate. ⟪ASQ-3⟫ all above cut-off.
P: Cup not bottle from 1 year. Brushing twice a day, ⟪1000ppm⟫ fluoride paste, register with a dentist. ⟪Healthy Start⟫ vitamins. Stair gates, blind cords. Next: 2-year review. {c.interp()}
"""


@T("dictated")
def dic_traveller_style(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""called round at the request of mum {m.first} who rang the office on {c.land()} baby {b.any} has a cough and a runny nose for three days feeding less well temperature at home 37.8 I listened and advised the GP at {c.f_gp} today as baby is under three months and gave the leaflet on when to get help {k.any} age {k.age} also poorly {c.aw} {a.first} said he would drive them at two o'clock {c.ord()}I will ring tomorrow morning
"""


@T("reflective", INTERP)
def rf_interp(c):
    m, a, b = c.m, c.a, c.b
    return f"""Reflection on interpreting. At the last two visits the interpreting was done by {a.any}, because the booked interpreter did not come and {m.any} said it was fine. I should not have gone ahead: I asked about mood and relationships through her partner. {c.bg()}Today we had {c.interp_np()} and {m.first} said much more; she misses her mother in {c.origin} and feels she cannot tell {a.first} she is struggling. {c.ord()}The ⟪EPDS⟫ was {c.epds()} in {c.lang}, whereas last time 'through {a.any}' it came to 4. I want to look at how I book interpreters so it does not fall through, and to agree with the team that family members do not interpret for routine enquiry.
"""


@T("email")
def em_housing(c):
    m, b, k = c.m, c.b, c.k
    ho = c.person()
    return f"""Dear {ho.first},

I am the health visitor for {m.full} and her children, {b.first} ({c.r(2, 11)} months) and {k.first} ({k.age}), at {c.f_addr}, {c.f_pc}. I visited on {c.dt('long')} and found black mould on the bedroom walls and the baby's cot against the wet wall. {b.any} has been seen twice at {c.f_gp} with wheeze. {c.ord()}I would be grateful if the repair could be treated as urgent under the new damp and mould rules. {m.any} can be contacted on {c.mob()}; I am on {c.land()} or {c.email()}.

Yours sincerely
HV, {c.pick(['Central', 'North', 'South'])} team
"""


@T("hardcases")
def hc_chat(c):
    m, a, b = c.m, c.a, c.b
    return f"""Text from mum ({c.mob('run')}) copied into record, {c.dt('dm')} 21:47:
"hiya its {m.sh}, {b.lc} been sick 3 times n wont take her bottle, {a.lc} says wait till morning?? x"
Reply sent 08:05 next day (message not seen till then): rang her, baby better, took 90ml at 6am. Reminded her the HV line is not monitored after 5 and to use ⟪111⟫ overnight. {c.ord()}
"""


@T("bullets")
def bl_benefits(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""Money and benefits check with {m.any} ({c.dt('wkord')})
- ⟪Healthy Start⟫: applied at {c.url('healthy-start', 'www')} with her NI number {c.ni()}; card to go to {c.f_addr}, {c.f_pc}
- ⟪Child Benefit⟫ for {b.first}: needs the birth certificate; {c.aw} {a.first} has NI {c.ni()} and is the claimant for {k.any}
- ⟪Sure Start Maternity Grant⟫: eligible through ⟪Universal Credit⟫, form sent to ⟪DWP⟫
- free childcare code for {k.first}: {c.url('childcare/eligibility', 'bare')}
- ⟪Household Support Fund⟫ supermarket voucher to be emailed to {c.email(nodiac(m.first_name.split()[0].lower()) + '_' + c.d(4), 'example.com')}
{c.ord_b()}- referred to ⟪Citizens Advice⟫ for the council tax arrears
"""


STATUS = {
    "ng": "on a Health and Care Worker visa with dependants",
    "gh": "on a Skilled Worker visa",
    "bd": "on a spouse visa",
    "in": "on a spouse visa",
    "lt": "with settled status under the ⟪EU Settlement Scheme⟫",
    "lv": "with pre-settled status under the ⟪EU Settlement Scheme⟫",
    "bg": "with pre-settled status under the ⟪EU Settlement Scheme⟫",
    "pt": "with settled status under the ⟪EU Settlement Scheme⟫",
    "br": "on visitor visas that have expired",
    "tr": "with an asylum claim waiting for a decision",
    "iq": "with refugee status, granted on appeal",
    "er": "with refugee status",
    "af": "with indefinite leave to remain under resettlement",
    "jm": "with indefinite leave to remain",
    "sk": "with pre-settled status under the ⟪EU Settlement Scheme⟫",
}
TRANSIT = {
    "er": ["Khartoum", "Tripoli", "Calais"], "af": ["Islamabad", "Tehran"],
    "iq": ["Istanbul", "Athens"], "tr": ["Istanbul", "Calais"], "ng": ["Lagos"],
    "gh": ["Accra"], "bd": ["Dhaka"], "in": ["Delhi"], "lt": ["Vilnius"], "lv": ["Riga"],
    "bg": ["Sofia"], "pt": ["Lisbon"], "br": ["São Paulo", "Lisbon"], "jm": ["Kingston"],
    "sk": ["Bratislava", "Prague"],
}


@T("reflective", ABROAD)
def rf_journey(c):
    m, a, b = c.m, c.a, c.b
    tr = [x for x in TRANSIT[c.f.cc] if x != c.f.origin]
    route = ", ".join(PL(x) for x in tr)
    return f"""I asked {m.first} today to tell me, if she wanted to, how the family came to be in {c.town}. She grew up in {c.origin} ({c.country}). {c.abroad()} The way here went through {route}; {a.any} came first and she followed. They are here {STATUS[c.f.cc]}. Their first months were in {c.town2}, in a room above a shop, before {a.posc} cousin found them this place. {c.interp()} {c.ord()}What stayed with me was how calmly she told it, and that she only became upset when she talked about her mother, who has never held {b.any}. I want to think about what I ask and when: I had been holding off for fear of retraumatising her, and I think that left her feeling I was not interested in who she is.
"""


@T("contacts", ABROAD)
def ct_immigration(c):
    m, a, b = c.m, c.a, c.b
    sol = c.person()
    return f"""Immigration / NRPF check (for CIN assessment)
{m.full}: status {STATUS[c.f.cc].replace('⟪', '').replace('⟫', '')}. Home Office ref {lab('reference', c.pick('BFKLMRS') + c.d(7))}.
{a.full}: same application, ref {lab('reference', c.pick('BFKLMRS') + c.d(7))}.
{b.full}: born in the UK on {c.dob_baby()}, no status of {b.his} own yet; NHS {c.nhs()}.
Solicitor: {sol.full}, the Law Centre, {c.land()}, {c.email(f"{sol.f[0].lower()}.{sol.s.lower()}", 'example.org')}
Address: {c.f_addr}, {c.town} {c.f_pc}
{c.interp()} {c.ord()}"""


@T("contacts")
def ct_ed(c):
    m, a, b = c.m, c.a, c.b
    return f"""ED ATTENDANCE NOTIFICATION (received {c.dt('dm')})
Patient: {b.ndfull}
NHS: {c.nhs('sp')}   DOB: {c.dob_baby()}
Address: {c.f_addr}, {c.town}, {c.f_pc}
Attended: {c.f_hosp}, 02:14
Complaint: {c.pick(['fever and poor feeding', 'fall from changing table', 'breathing difficulty', 'vomiting x6'])}
Accompanied by: {m.full} (mother) tel {c.mob()}
GP: {c.f_gp}
Outcome: discharged home, {c.pick(['⟪Calpol⟫ and fluids', 'head injury advice', 'salbutamol', 'oral rehydration'])}
HV action: phone call to mum within 48 hrs. {c.ord()}"""


@T("contacts")
def ct_nursery_form(c):
    m, a, b, k, g = c.m, c.a, c.b, c.k, c.g
    ec = c.person()
    coll = f"{g.full} ({c.pick(['grandmother', 'grandparent'])}), car {c.reg()}" if g else f"{ec.full} (family friend), car {c.reg()}"
    return f"""{c.f_nursery} - registration form (copy given to HV with consent)
Child: {k.full}   DOB: {c.dt('slash', year=2025 - (k.age or 3))}
Home language: {c.lang}
Parent 1: {m.full}, mob {c.mob()}, email {c.email(nodiac(m.first_name.split()[0].lower()) + '.' + nodiac(m.surname.split()[-1].lower()), 'example.com')}
Parent 2: {a.full}, work {c.land()}
Authorised to collect: {coll}
Emergency contact: {ec.full}, {c.mob()}
GP: {c.f_gp}    HV team: {c.f_hub}
Allergies: none known. Dietary: {c.pick(['halal', 'vegetarian', 'no pork', 'none'])}
{c.ord()}"""


@T("social")
def so_fundraiser(c):
    m, a, b = c.m, c.a, c.b
    fr = c.person(sex='f')
    bn = nodiac(b.first_name.split()[0].lower())
    return f"""{m.any} told me a friend, {fr.full}, has set up a fundraiser for {b.posc} {c.pick(['funeral costs for her father', 'flights home', 'pram and cot', 'operation'])} at {c.url('fundraiser/' + bn + '-' + c.d(4), 'https')} and shared it on Facebook and on {lab('handle', '@' + fr.f.lower() + 's_kitchen')}. It has {b.posc} photo, {c.pick(['her date of birth', 'the hospital name', 'the street name'])} and {m.posc} mobile {c.mob()} on it. Also posted on the community page {c.url('groups/' + c.f.town.lower().replace(' ', '') + '-mums', 'www')}. {c.ord()}We talked about who can see it; {m.first} will ask {fr.first} to take the number off. {a.first}'s snapchat {lab('handle', nodiac(a.first_name.split()[0].lower()) + '_' + c.d(2))} is public too.
"""


@T("texted")
def tx_social(c):
    m, a, b = c.m, c.a, c.b
    ex = c.person(sex="m")
    mh = nodiac(m.first_name.split()[0].lower())
    return f"""quick one - {m.lc} says her ex {ex.first} keeps messaging, new acc every time he's blocked. latest is {lab('handle', '@' + ex.f.lower() + '.' + c.pick(['x', 'real', 'uk']) + c.d(2))} on IG, before that snap {lab('handle', ex.f.lower() + c.d(3))}. her own insta {lab('handle', mh + '.' + c.pick(['mama', 'and.baby', 'life']))} set to private now. {a.lc} doesnt know. {c.ord_lc()}advised screenshots + report to police, she has crime ref {c.ref('crime')} from last time. {b.lc} fine, feeding + sleeping
"""


def _fam_fields(c):
    """Identifiers fixed for the household across its notes (drawn once, reused)."""
    f = c.f
    if not hasattr(f, "_fixed"):
        f._fixed = {
            "addr": c.addr(), "pc": c.pc(), "gp": c.gp(), "hosp": c.hosp(), "cc": c.cc(),
            "hub": c.hub(), "nursery": c.nursery(), "reg": c.reg("cur"),
            "duty": c.pick(DAYS),
        }
        f._fixed["school"] = c.school() if (f.kid.age or 0) >= 5 else f._fixed["nursery"]
    return f._fixed


for _name in ["addr", "pc", "gp", "hosp", "cc", "hub", "school", "nursery", "reg"]:
    setattr(Ctx, "f_" + _name, property(lambda self, n=_name: _fam_fields(self)[n]))
Ctx.f_duty = property(lambda self: K(_fam_fields(self)["duty"]))
Ctx.f_reg_raw = property(lambda self: re.sub(r"^⟦vehicle\|(.*)⟧$", r"\1", _fam_fields(self)["reg"]))
for _f in FAMS:
    _f._ord_next = 0


# ---------------------------------------------------------------------------
# Notes written for one household (names that are words, and their own hard cases)
# ---------------------------------------------------------------------------

CUSTOM = {}


def C(name, style):
    def deco(fn):
        CUSTOM[name] = (style, fn)
        return fn
    return deco


@C("e_hope_1", "soap")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""S: Hope says {b.first} is feeding better since the ⟪Infacol⟫. {a.first} is doing the night feeds at weekends. ⟪Hope⟫ to get back to college in the ⟪summer⟫ term. {k.first} (age 3) chatty and into everything.
O: {b.first} ⟪{c.wt(4, 6)}⟫, 50th ⟪centile⟫. Flat warm, cot clear. {a.posn} van {c.f_reg} outside.
A: Coping well. ⟪EPDS⟫ 6.
P: ⟪Will⟫ review in 4/52. Referral to ⟪Flying Start⟫ childcare for {k.lc} (age 3). Mum ⟪will⟫ ring if any worries: {c.mob()}.
""".replace("S: Hope says", f"S: {H('Hope')} says", 1)


@C("e_hope_2", "hardcases")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""Home visit, {c.dt('wkord')}.
{m.first} said {a.first} lost his temper on ⟪Saturday⟫. Asked if she felt safe and she said 'most of the time'. She said will shouts when he has been drinking and that {k.lc} hides behind the sofa. {m.first} said 'I ⟪hope⟫ it's just the stress'. I said we ⟪will⟫ look at support together and that it ⟪will⟫ be her choice who we tell.
Spoke to will briefly at the door when he came in: he said the ⟪summer⟫ had been hard since the warehouse let him go. Saw {k.lc} playing; {b.lc} asleep. {m.first} is on the ⟪Freedom Programme⟫ waiting list. {c.ord()}{c.ord()}
""".replace("She said will shouts", f"She said {H('will')} shouts", 1).replace("Spoke to will briefly", f"Spoke to {H('will')} briefly", 1)


@C("e_faith_1", "bullets")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""Visit {c.dt('dm')} - {c.f_addr}
- {m.first} and {b.first}; {a.first} in the garden
- {b.first} wt ⟪{c.wt(4.5, 6.5)}⟫, 25th ⟪centile⟫, alert
- The gas ⟪bill⟫ and the electric ⟪bill⟫ both in arrears; landlord gave a ⟪grace⟫ period until the end of the month
- {m.first} said she acted in good ⟪faith⟫ over the tenancy; the agent is not answering
- {k.lc} (age 6) at {c.f_school}; asked {k.lc} about school and he said he likes the dinner ladies
- {a.posc} brother drove them to clinic ({c.reg()})
- ⟪Chase⟫ up the ⟪Citizens Advice⟫ referral; I ⟪will⟫ also ⟪chase⟫ the ⟪Healthy Start⟫ card
- {a.sh} asked for the ⟪Job Centre⟫ letter to be copied to him at {c.email('bhunter' + c.d(2), 'example.com')}
"""


@C("e_faith_2", "minutes")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    sw, hv, ho = c.person(), c.person(), c.person()
    return f"""TAF meeting, {c.f_hub}, {c.dt('long')}
Present: {m.full}, {a.full}, {sw.full} (EH), {hv.full} (HV), {ho.full} (housing). {m.first} brought {b.first}.
{hv.first} reports {b.first} doing well; {b.lc} (age 4 months) rolling. Bill said money is the worry: the water ⟪bill⟫ and council tax. {ho.sur} said a ⟪grace⟫ period can be agreed. ⟪Faith⟫ groups run a food bank at the ⟪Salvation Army⟫ on ⟪Thursdays⟫.
{k.first} was excluded for a day for pushing; {a.first} thinks {k.he} copies older boys. ⟪Chase⟫ school about the behaviour plan.
Actions: {sw.first} to ⟪chase⟫ ⟪Household Support Fund⟫; {hv.first} to review at 6 months; {ho.first} to send the arrears letter to {c.email()}.
""".replace("Bill said money", f"{H('Bill')} said money", 1)


@C("e_dawn_1", "soap")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    g = c.g
    return f"""S: Dawn reports {b.first} feeding every 3 hours; up before ⟪dawn⟫ for the day. {a.first} back at work at the garage. {g.first} (paternal nan) helps on ⟪Tuesdays⟫. {k.first} started reception at {c.f_school}.
O: {b.first} ⟪{c.wt(3.5, 5.5)}⟫. A small red ⟪mark⟫ on {b.his} forehead, blanches, mum says it was there at birth (salmon patch). ⟪Mark⟫ on the left thigh is the ⟪BCG⟫ site. Stork ⟪mark⟫ at the nape.
A: Well baby, birthmarks explained.
P: Review at 8 weeks. Photograph of the ⟪mark⟫ added to record with consent. Mum's mob {c.mob()}.
""".replace("S: Dawn reports", f"S: {H('Dawn')} reports", 1)


@C("e_dawn_2", "texted")
def _(c):
    m, a, b, k, g = c.m, c.a, c.b, c.k, c.g
    return f"""tel call w dawn. ivy poorly, temp, told 111. mark at work till 6, sue (nan) on her way. ruby at school. asked dawn re the ⟪ivy⟫ growing thru the back window + damp, she sent photo. will chase landlord. nan's ⟪ruby⟫ wedding do at wknd so mark's side all busy. also {g.lc} said they could ⟪sue⟫ the agent lol. {c.ord_lc()}
""".replace("tel call w dawn.", f"tel call w {H('dawn')}.", 1).replace("ivy poorly", f"{H('ivy')} poorly", 1).replace(
        "mark at work", f"{H('mark')} at work", 1).replace("sue (nan)", f"{H('sue')} (nan)", 1).replace(
        "ruby at school", f"{H('ruby')} at school", 1).replace("asked dawn re", f"asked {H('dawn')} re", 1).replace(
        "so mark's side", f"so {H('mark')}'s side", 1).replace("will chase landlord", "⟪will⟫ chase landlord", 1)


@C("e_autumn_1", "soap")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""S: Autumn (19) says {b.first} is a 'good baby'. Robin works at the ⟪Amazon⟫ warehouse. ⟪Rain⟫ all week so they have not been out. {k.first} starts at {c.f_nursery} in the ⟪autumn⟫ term.
O: {b.first} ⟪{c.wt(3.6, 6)}⟫. Bedroom damp since the heavy ⟪rain⟫, mould on the ceiling. Smoke alarms fitted after the chip-pan ⟪blaze⟫ next door.
A: Young parents, well supported by {c.pick(['her mum', 'his nan'])}. Damp a health risk.
P: Letter to landlord. ⟪Family Nurse Partnership⟫ not offered (too late in pregnancy); ⟪Flying Start⟫ instead. Next visit {c.dt('dm')}.
""".replace("S: Autumn (19)", f"S: {H('Autumn')} (19)", 1).replace("Robin works", f"{H('Robin')} works", 1)


@C("e_autumn_2", "hardcases")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""Spoke to robin on the phone about {b.posn} cough. He said rain has been waking at night. Asked autumn to bring {b.him} to the drop-in at {c.f_cc}. A ⟪robin⟫ was on the fence when I arrived and {k.lc} (age 2) pointed at it. Blaze's nursery place starts in the ⟪autumn⟫. {c.ord()}Rains cough is dry, no fever; ⟪Calpol⟫ and fluids.
""".replace("Spoke to robin", f"Spoke to {H('robin')}", 1).replace("He said rain has", f"He said {H('rain')} has", 1).replace(
        "Asked autumn", f"Asked {H('autumn')}", 1).replace("Blaze's nursery", f"{H('Blaze')}'s nursery", 1).replace(
        "Rains cough", f"{H('Rains')} cough", 1)


@C("e_penny_1", "bullets")
def _(c):
    m, a, b, k, g = c.m, c.a, c.b, c.k, c.g
    return f"""* Penny and {b.first} seen at {c.f_cc}; Guy waiting in the car ({c.f_reg})
* {b.first} ⟪{c.wt(4, 7)}⟫ on the 9th ⟪centile⟫
* not a ⟪penny⟫ left after rent, {g.first} (her dad) lends money
* {k.first} (age 4) made ⟪daisy⟫ chains with the other children at the group
* had a ⟪frank⟫ talk about the bailiff letter
* a ⟪guy⟫ from the gas board is coming ⟪Monday⟫
* {g.pos} advice on teething: cold flannel, which is ⟪sage⟫ advice
* ⟪Healthy Start⟫ card arrived
""".replace("* Penny and", f"* {H('Penny')} and", 1).replace("; Guy waiting", f"; {H('Guy')} waiting", 1)


@C("e_penny_2", "dictated")
def _(c):
    m, a, b, k, g = c.m, c.a, c.b, c.k, c.g
    return f"""visit to penny brook at home daisy is eleven weeks old weight {c.wt(4.5, 6)} poppy is four and at {c.f_nursery} mornings guy sage is her partner he was at work frank brook her father was there he said the ⟪brook⟫ at the bottom of the lane flooded the garden again mum asked about ⟪Calpol⟫ doses I went through them daisy has a ⟪poppy⟫ shaped birth mark mum said laughing next visit at the ⟪Family Hub⟫
""".replace("visit to penny brook", f"visit to {H('penny brook')}", 1).replace("home daisy is", f"home {H('daisy')} is", 1).replace(
        "old weight", "old weight", 1).replace("poppy is four", f"{H('poppy')} is four", 1).replace(
        "mornings guy sage is", f"mornings {H('guy sage')} is", 1).replace("work frank brook her", f"work {H('frank brook')} her", 1).replace(
        "daisy has a", f"{H('daisy')} has a", 1)


@C("e_joy_1", "reflective")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""Supervision reflection. Joy is 24 and has had {b.first} after a hard pregnancy. She often says she gets no ⟪joy⟫ from anything, and I take that seriously: her ⟪EPDS⟫ was {c.r(13, 18)}. {a.first} is trying but is at work in {c.town2} and not back till late. {k.first} (age 5) is at {c.f_school}; he is quiet, and his teacher says he draws the same ⟪rowan⟫ tree that is outside their window over and over. Joys mum died last year; the ⟪jade⟫ bangle she wears was hers. {c.ord()}I referred to the perinatal team and {c.f_hub}'s baby massage group. I am unsure whether I am seeing grief, depression or both, and I would like help to think about that.
""".replace("reflection. Joy is 24", f"reflection. {H('Joy')} is 24", 1).replace("Joys mum died", f"{H('Joys')} mum died", 1)


@C("e_joy_2", "contacts")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""Family details
Mother: {m.full}, DOB {c.dob_adult(c.m)}
Tel:
{c.mob()}
Partner: {a.full} - mob {c.mob()}
Children: {b.full} (NHS {c.nhs()}), {k.full} ({c.f_school})
Address: {c.f_addr}, {c.town}, {c.f_pc}
Social media: {m.posc} page {lab('handle', '@joymason_x')}; {a.first} on insta as {lab('handle', 'deanocarter92')}
Note: Dean's brother is a ⟪mason⟫ by trade and has a yard on the industrial estate.
""".replace("Note: Dean's", f"Note: {H('Dean')}'s", 1)


@C("e_amber_1", "minutes")
def _(c):
    m, a, b, k, g = c.m, c.a, c.b, c.k, c.g
    sw, hv, sch = c.person(), c.person(), c.person()
    return f"""Early Help review - {c.dt('long')}
Present: {m.full}, {a.full}, {g.full} (maternal grandfather), {sw.full} (EH), {hv.full} (HV), {sch.full} ({c.f_school}).
RAG rating moved from red to ⟪amber⟫. {hv.first}: {b.first} ⟪{c.wt(5, 8)}⟫; cigarette ⟪ash⟫ on the carpet last visit, now smoking outside. Ash said he has cut down. {sch.first}: Sunny is settled in class and his reading has come on.
Cliff said the family are near the ⟪cliff⟫ edge with money since the childcare element stopped.
Actions: {sw.first} to refer to the ⟪Citizens Advice⟫ money team; HV to remove the peace ⟪lily⟫ from the list (done); next review {c.dt('dm')}.
""".replace("Ash said he", f"{H('Ash')} said he", 1).replace("Sunny is settled", f"{H('Sunny')} is settled", 1).replace(
        "Cliff said the family", f"{H('Cliff')} said the family", 1)


@C("e_amber_2", "texted")
def _(c):
    m, a, b, k, g = c.m, c.a, c.b, c.k, c.g
    return f"""amber rang - lily off her feeds, temp 37.9. ash at work. told 111 if worse. sunny (age 7) home w cough too. a ⟪sunny⟫ day tmrw so fresh air ok. cliff bringing calpol. {c.ord_lc()}rang back 5pm, lily took 120ml
""".replace("amber rang", f"{H('amber')} rang", 1).replace("- lily off", f"- {H('lily')} off", 1).replace(
        "ash at work", f"{H('ash')} at work", 1).replace("sunny (age 7)", f"{H('sunny')} (age 7)", 1).replace(
        "cliff bringing", f"{H('cliff')} bringing", 1).replace("5pm, lily took", f"5pm, {H('lily')} took", 1)


@C("e_star_1", "soap")
def _(c):
    m, a, b, k, g = c.m, c.a, c.b, c.k, c.g
    return f"""S: Star (19) lives with her mum {g.first} and sister {k.first}; {a.first} visits daily. River born at 33 weeks, home from the neonatal unit at {c.f_hosp} 3/52 ago. The ⟪journey⟫ to outpatients is two buses.
O: River ⟪{c.wt(2.4, 3.4)}⟫, corrected age 2 weeks. Feeding {c.ml()} ⟪Aptamil⟫ Pre 3 hrly. Flat overlooks the ⟪river⟫; balcony door locked.
A: Preterm infant, young mum, good family support.
P: ⟪Bliss⟫ leaflets given. ⟪Star⟫ chart idea for {k.first} who is wetting again. Neonatal outreach nurse {c.person().full} visiting weekly. Next HV visit {c.dt('wkord')}.
""".replace("S: Star (19)", f"S: {H('Star')} (19)", 1).replace("ago. The", "ago. The", 1).replace(
        "River born", f"{H('River')} born", 1).replace("O: River ", f"O: {H('River')} ", 1)


@C("e_star_2", "hardcases")
def _(c):
    m, a, b, k, g = c.m, c.a, c.b, c.k, c.g
    return f"""Visit {c.dt('dm')}. spoke to jay about safe sleep - river had been asleep on the sofa on his chest. jay said he was awake the whole time. heather (age 44) said she has told them. Asked journey (age 9) to show me the ⟪star⟫ chart. Hether said she would stay up with the baby if they were tired. {c.ord()}The ⟪river⟫ path is closed so the ⟪journey⟫ to the shop is longer now.
""".replace("spoke to jay", f"spoke to {H('jay')}", 1).replace("- river had", f"- {H('river')} had", 1).replace(
        "jay said he", f"{H('jay')} said he", 1).replace("heather (age 44)", f"{H('heather')} (age 44)", 1).replace(
        "Asked journey (age 9)", f"Asked {H('journey')} (age 9)", 1).replace("Hether said", f"{H('Hether')} said", 1)


@C("guj_viral", "soap")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""S: {m.first} worried about a rash on {b.pos} tummy. Viral was off work with a cold last week and {k.first} had a temperature. {b.first} feeding well.
O: ⟪Viral⟫ rash, blanching (glass test), baby alert, temp 37.2. Wt ⟪{c.wt(5, 8)}⟫.
A: Probable ⟪viral⟫ rash.
P: Safety-netting given; ⟪Calpol⟫ if needed. {k.first} lit a ⟪diya⟫ for ⟪Diwali⟫ and we talked about candle safety with a baby crawling. {a.posn} mobile {c.mob()}.
""".replace("Viral was off work", f"{H('Viral')} was off work", 1)


@C("jam_patience", "reflective")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""Reflection. Patience is not a first-time mum: {k.first} is 11. She told me she has lost ⟪patience⟫ with professionals who 'come in and tell her what she already knows', and I think she has a point. ⟪Patience⟫ is wearing thin on both sides with the housing team too. {a.first} and Patience have been together ten years. {b.posn} stools are ⟪brown⟫ and soft now, so the constipation has settled with more water. I want to reflect on my own manner: I ran through the safe sleep checklist as if she were new to it, and she went quiet. Next time I will ask what she wants from the visit first.
""".replace("Reflection. Patience is", f"Reflection. {H('Patience')} is", 1).replace(
        "and Patience have", f"and {H('Patience')} have", 1)


@C("traveller_ward", "minutes")
def _(c):
    m, a, b, k, g = c.m, c.a, c.b, c.k, c.g
    tlo, sw, mw = c.person(), c.person(), c.person()
    return f"""Discharge planning meeting on the postnatal ⟪ward⟫, {c.f_hosp}, {c.dt('long')}
Present: {m.full} (mum), {g.full} (maternal grandmother), {tlo.full} (⟪Gypsy, Roma and Traveller⟫ liaison), {sw.full} (SW), {mw.full} (midwife), HV.
{b.first} (Maggie to the family) was on the neonatal ⟪ward⟫ 2/7 for IV antibiotics. ⟪Ward⟫ round this morning: fit for discharge.
Biddy said her husband {a.first} will collect them. Mrs Ward asked about vaccinations for {k.first}, who missed his ⟪MMR⟫ when they were travelling. Temperature ⟪rose⟫ to 38 on day 2 but settled.
Site address: {lab('address', 'Plot ' + str(c.r(3, 19)) + ', Carr Lane Travellers Site')}, {c.town}. {m.first} has no fixed phone; {g.first}'s mobile {c.mob()}.
Actions: HV visit on the site {c.dt('wkord')}; {tlo.first} to help with GP registration at {c.f_gp}.
""".replace("(Maggie to the family)", f"({H('Maggie')} to the family)", 1).replace(
        "Biddy said", f"{H('Biddy')} said", 1).replace("Mrs Ward asked", f"Mrs {H('Ward')} asked", 1)


@C("scot_ewan", "bullets")
def _(c):
    m, a, b, k = c.m, c.a, c.b, c.k
    return f"""- 3-4 month contact, {m.first} and {b.first} at home
- sleep: {b.first} settles with ⟪Ewan the Dream Sheep⟫, which was {k.posc} and he has handed it down
- Ewan (age 4) at {c.f_nursery}, settling
- Glen working offshore two weeks on, two off
- they walked up the ⟪glen⟫ with the sling at the weekend
- {b.first} ⟪{c.wt(5.5, 7)}⟫, on the 50th ⟪centile⟫
- {m.posc} mum in {c.town2} on video most nights
""".replace("- Ewan (age 4)", f"- {H('Ewan')} (age 4)", 1).replace("- Glen working", f"- {H('Glen')} working", 1)


# ---------------------------------------------------------------------------
# Rendering the markup, building the corpus
# ---------------------------------------------------------------------------

MARK = re.compile(r"⟦([a-z_]+)\|([^⟦⟧⟪⟫]*)⟧|⟪([^⟦⟧⟪⟫]*)⟫")
GLYPHS = set("⟦⟧⟪⟫")


def render(markup):
    """Markup -> (text, labels with UTF-8 byte offsets, keep entries in order)."""
    out, labels, keeps = [], [], []
    pos = 0
    i = 0
    for mo in MARK.finditer(markup):
        plain = markup[i:mo.start()]
        assert not GLYPHS & set(plain), f"stray markup near: {plain[-60:]!r}"
        out.append(plain)
        pos += len(plain.encode("utf-8"))
        if mo.group(1):
            kind, t = mo.group(1), mo.group(2)
            assert kind in KINDS, kind
            assert t and t == t.strip(), f"bad label text {t!r}"
            n = len(t.encode("utf-8"))
            labels.append({"start": pos, "end": pos + n, "kind": kind, "text": t})
        else:
            t = mo.group(3)
            keeps.append(t)
        out.append(t)
        pos += len(t.encode("utf-8"))
        i = mo.end()
    tail = markup[i:]
    assert not GLYPHS & set(tail), f"stray markup near: {tail[:60]!r}"
    out.append(tail)
    return "".join(out), labels, keeps


WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def char_spans(text, labels):
    """Label byte spans as character spans."""
    b2c = {}
    bpos = 0
    for ci, ch in enumerate(text):
        b2c[bpos] = ci
        bpos += len(ch.encode("utf-8"))
    b2c[bpos] = len(text)
    return [(b2c[l["start"]], b2c[l["end"]]) for l in labels]


def in_spans(a, b, spans):
    return any(a < e and s < b for s, e in spans)


def keep_occurrences(text, entry, spans):
    """Character spans of whole-word occurrences of entry outside every label."""
    res = []
    for mo in re.finditer(re.escape(entry), text):
        a, b = mo.start(), mo.end()
        if a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_") and (entry[0].isalnum()):
            continue
        if b < len(text) and (text[b].isalnum() or text[b] == "_") and (entry[-1].isalnum()):
            continue
        if in_spans(a, b, spans):
            continue
        res.append((a, b))
    return res


# capitalised English words that happen to begin a household name (not short forms)
ENGLISH_PREFIXES = {"men", "mar", "pat", "dad", "den", "sun", "sat", "ban", "bar", "man",
                    "jan", "art", "hum", "kin", "pen", "sum", "cha", "aut", "hun", "bill",
                    "shah", "mark", "rose", "will", "jay", "reed", "dean", "dale", "glen",
                    "star", "river", "ash", "guy", "ivy", "sue", "ruby", "grace", "hope",
                    "faith", "chase", "frank", "penny", "daisy", "poppy", "jade", "joy",
                    "amber", "lily", "sunny", "cliff", "heather", "journey", "robin", "rain",
                    "autumn", "blaze", "summer", "rocky", "dawn", "patience", "justice",
                    "viral", "eden", "hale", "wren", "brook", "sage", "bliss", "mason",
                    "marsh", "ward", "brown", "diya", "tin", "tina", "lent", "camp", "bell",
                    "remedy", "mari", "maria", "anne", "gun", "ama", "sana", "liya", "emi",
                    "mum", "sandhu", "kaur", "singh", "ewan", "flat", "after", "but", "red",
                    "nap"}


def name_checks(text, labels, keep_spans, fam):
    """Generation-time checks that no household name slipped out unlabelled."""
    spans = char_spans(text, labels)
    words = {nodiac(w).lower() for w in fam.name_words()}
    long_words = {w for w in words if len(w) >= 5}
    errors = []
    for mo in WORD.finditer(text):
        a, b = mo.start(), mo.end()
        if in_spans(a, b, spans):
            continue
        tok = mo.group(0)
        base = re.sub(r"['’]s$", "", tok)
        w = nodiac(base).lower()
        covered = any(s <= a and b <= e for s, e in keep_spans)
        if w in words and not covered:
            errors.append(f"household word unlabelled and not kept: {tok!r}")
        elif not covered and len(w) >= 4 and any(lev1(w, n) for n in long_words):
            errors.append(f"one edit from a household name, not kept: {tok!r}")
        elif not covered and tok[:1].isupper() and len(w) >= 3 and w not in ENGLISH_PREFIXES:
            if any(n.startswith(w) and n != w for n in words):
                errors.append(f"capitalised prefix of a household name: {tok!r}")
            elif len(w) >= 4 and any(len(n) >= 8 and w in n and n != w for n in words):
                errors.append(f"capitalised piece of a long household name: {tok!r}")
    for l in labels:
        if l["kind"] == "person":
            for pw in l["text"].split():
                if clashes(pw, words):
                    errors.append(f"other person's name clashes with the household: {pw!r}")
    return errors


def build():
    rng = random.Random(SEED)
    for f in FAMS:
        uk = ["Manchester", "Leeds", "Bradford", "Liverpool", "Sheffield", "Nottingham",
              "Leicester", "Coventry", "Newcastle", "Southampton", "Norwich", "Ipswich",
              "Cardiff", "Glasgow", "Wolverhampton", "Preston", "Bolton", "York"]
        uk = [t for t in uk if t != f.town]
        f._towns = tuple(rng.sample(uk, 2))
    # choose generic templates so that each is used about equally
    use = Counter()
    plan = []
    for f in FAMS:
        chosen = []
        for name in f.custom:
            chosen.append(("custom", name))
        styles_here = Counter(CUSTOM[n][0] for n in f.custom)
        while len(chosen) < 4:
            cands = [t for t in TEMPLATES if t[3](f) and ("generic", t[0]) not in chosen]
            # prefer styles this household has not had yet, then the least used template
            rng.shuffle(cands)
            cands.sort(key=lambda t: (styles_here[t[1]], use[t[0]]))
            t = cands[0]
            use[t[0]] += 1
            styles_here[t[1]] += 1
            chosen.append(("generic", t[0]))
        for ch in chosen:
            plan.append((f, ch))
    rng.shuffle(plan)
    tdict = {t[0]: t for t in TEMPLATES}
    left = Counter(f.key for f, _ in plan)
    rows, styles = [], Counter()
    all_errors = []
    for i, (f, (kind, name)) in enumerate(plan, 1):
        nid = f"h{i:03d}"
        c = Ctx(f, random.Random(f"{SEED}-{nid}"))
        _fam_fields(c)
        if kind == "custom":
            style, fn = CUSTOM[name]
        else:
            _, style, fn, _ = tdict[name]
        markup = fn(c)
        left[f.key] -= 1
        if left[f.key] == 0 and f.cc and not getattr(f, "_abroad_used", False):
            # the household's last note: add the contact abroad if no note has had it yet
            markup = markup.rstrip("\n") + "\nAddendum: " + c.abroad()
        markup = re.sub(r"[ \t]+\n", "\n", markup)
        markup = re.sub(r"  +", " ", markup).strip() + "\n"
        text, labels, keeps = render(markup)
        spans = char_spans(text, labels)
        # lower-case uses of a household name word in its ordinary sense are kept
        words = {w.lower() for w in f.name_words()}
        for mo in WORD.finditer(text):
            tok = mo.group(0)
            if not tok.islower() or in_spans(mo.start(), mo.end(), spans):
                continue
            # an ordinary word that is a household name, or one edit from one of 5+ letters
            if tok in words or (len(tok) >= 4 and any(len(n) >= 5 and lev1(nodiac(tok), nodiac(n))
                                                      for n in words)):
                keeps.append(tok)
        keep = []
        for k in keeps:
            if k not in keep:
                keep.append(k)
        keep_spans = [sp for k in keep for sp in keep_occurrences(text, k, spans)]
        errs = name_checks(text, labels, keep_spans, f)
        all_errors += [f"{nid} ({f.key}/{name}): {e}" for e in errs]
        styles[style] += 1
        rows.append({"id": nid, "text": text, "household": f.household_json(),
                     "identifiers": labels, "keep": keep,
                     "_style": style, "_family": f.key, "_bg": f.bg, "_tmpl": name})
    if all_errors:
        for e in all_errors:
            print("NAME CHECK:", e, file=sys.stderr)
        sys.exit(1)
    return rows, styles


# ---------------------------------------------------------------------------
# Checks (the independent corpus's list)
# ---------------------------------------------------------------------------

def check(lines):
    errors = []
    ids = []
    for ln, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except ValueError as e:
            errors.append(f"line {ln}: invalid JSON: {e}")
            continue
        if set(o) != {"id", "text", "household", "identifiers", "keep"}:
            errors.append(f"line {ln}: fields {sorted(o)}")
            continue
        nid, text = o["id"], o["text"]
        ids.append(nid)
        tb = text.encode("utf-8")
        for h in o["household"]:
            if set(h) != {"name", "role", "aliases"} or h["role"] not in ROLES:
                errors.append(f"{nid}: bad household entry {h}")
        prev_end = -1
        labs = sorted(o["identifiers"], key=lambda l: (l["start"], l["end"]))
        for l in labs:
            if set(l) != {"start", "end", "kind", "text"} or l["kind"] not in KINDS:
                errors.append(f"{nid}: bad label {l}")
                continue
            try:
                got = tb[l["start"]:l["end"]].decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{nid}: span {l['start']}-{l['end']} not on character boundaries")
                continue
            if got != l["text"]:
                errors.append(f"{nid}: span {l['start']}-{l['end']} is {got!r}, label says {l['text']!r}")
            if l["start"] < prev_end:
                errors.append(f"{nid}: overlapping label at {l['start']}")
            prev_end = max(prev_end, l["end"])
            t = l["text"]
            if l["kind"] == "nhs_number":
                d = re.sub(r"\D", "", t)
                if not nhs_ok(d):
                    errors.append(f"{nid}: NHS number {t!r} fails modulus 11")
            if l["kind"] == "phone" and phone_has_nhs(t):
                errors.append(f"{nid}: phone {t!r} holds a valid NHS number")
            if l["kind"] == "ni_number" and not NI_RE.match(t.upper()):
                errors.append(f"{nid}: NI number {t!r} breaks HMRC prefix rules")
            if l["kind"] == "postcode" and not PC_RE.match(t.upper()):
                errors.append(f"{nid}: postcode {t!r} has no valid shape")
        spans = char_spans(text, o["identifiers"])
        for k in o["keep"]:
            if not keep_occurrences(text, k, spans):
                errors.append(f"{nid}: keep entry {k!r} not found as a whole word outside labels")
    want = [f"h{i:03d}" for i in range(1, len(ids) + 1)]
    if ids != want:
        errors.append("ids are not h001.. in order")
    return errors


def stats(rows):
    kinds = Counter(l["kind"] for r in rows for l in r["identifiers"])
    keeps = sum(len(r["keep"]) for r in rows)
    hh_word_keeps = 0
    for r in rows:
        names = set()
        for h in r["household"]:
            for part in re.split(r"[\s\-]+", h["name"]):
                names.add(part.lower())
        hh_word_keeps += sum(1 for k in r["keep"] if k.lower() in names)
    hh = [l for r in rows for l in r["identifiers"] if l["kind"] == "household"]
    print(f"notes: {len(rows)}")
    print("identifiers by kind:")
    for k, n in kinds.most_common():
        print(f"  {k:15s} {n}")
    print(f"  {'total':15s} {sum(kinds.values())}")
    print(f"keep entries: {keeps} (household name words used as ordinary words: {hh_word_keeps})")
    poss = 0
    for r in rows:
        tb = r["text"].encode("utf-8")
        for l in r["identifiers"]:
            if l["kind"] == "household" and tb[l["end"]:l["end"] + 4].decode("utf-8", "ignore")[:2] in ("'s", "’s"):
                poss += 1
    print(f"household labels: multi-word {sum(1 for l in hh if ' ' in l['text'])}, "
          f"followed by a possessive 's {poss}")
    if rows and "_family" in rows[0]:
        fams = {f.key: f for f in FAMS}
        nd = ty = sh = al = lc = pos = 0
        for r in rows:
            f = fams[r["_family"]]
            for l in r["identifiers"]:
                if l["kind"] != "household":
                    continue
                t = l["text"]
                for mem in f.members:
                    tl, fl = t.lower(), mem.full_name.lower()
                    if has_diac(fl) and tl not in fl.split() + [fl] and tl in nodiac(fl).split() + [nodiac(fl), nodiac(mem.first_name.lower())]:
                        nd += 1
                    if mem.typo and t == mem.typo:
                        ty += 1
                    if t in mem.shorts:
                        sh += 1
                    if t in mem.aliases:
                        al += 1
                lc += t.islower()
            pos += len(re.findall(r"['’]s\b", r["text"]))
        print(f"household labels written without diacritics: {nd}; one-letter misspellings: {ty}; "
              f"short forms (not recorded): {sh}; recorded aliases: {al}; lower case: {lc}")
    if rows and "_style" in rows[0]:
        print("notes by kind:", dict(Counter(r["_style"] for r in rows)))
        print("notes by background:", dict(Counter(r["_bg"] for r in rows)))


def main():
    if "--check" in sys.argv:
        lines = OUT.read_text(encoding="utf-8").splitlines()
        errs = check(lines)
        for e in errs:
            print("CHECK:", e, file=sys.stderr)
        print(f"{len(lines)} notes checked, {len(errs)} problems")
        if "--stats" in sys.argv:
            stats([json.loads(l) for l in lines])
        sys.exit(1 if errs else 0)
    rows, styles = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            o = {k: r[k] for k in ("id", "text", "household", "identifiers", "keep")}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    lines = OUT.read_text(encoding="utf-8").splitlines()
    errs = check(lines)
    for e in errs:
        print("CHECK:", e, file=sys.stderr)
    stats(rows)
    print(f"wrote {OUT.name}: {len(lines)} notes, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
