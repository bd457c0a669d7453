#!/usr/bin/env python3
"""Fifth held-out corpus for the Doorstep anonymiser.

Renders 120 synthetic notes (30 households x 4) from a small markup, writes
corpus.jsonl beside this file and checks it.

    python3 make.py            write corpus.jsonl, then check it
    python3 make.py --check    only check the existing corpus.jsonl
    python3 make.py --stats    write, check, print counts per kind and role

Markup inside a note:
    [[k|text]]      a label of kind k (codes in KINDS)
    {{text}}        a keep entry (a word or phrase that must survive)
    <<nhs:fmt>>     a fresh NHS number (999 test prefix, valid modulus-11
                    check digit), labelled nhs_number; fmt is spaced, run,
                    dash or dot
Byte offsets are computed from the rendered text; none is typed by hand.
Standard library only; fixed seed, so output is byte-for-byte stable.
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
SEED = 5055

KINDS = {
    "h": "household", "p": "person", "d": "date", "pl": "place",
    "hs": "health_service", "a": "address", "ph": "phone", "s": "school",
    "hd": "handle", "ni": "ni_number", "r": "reference", "v": "vehicle",
    "u": "url", "pc": "postcode", "e": "email", "nhs": "nhs_number",
}
ROLES = {"mother", "father", "partner", "baby", "sibling", "grandparent",
         "other_adult", "other_child"}

HOUSEHOLDS = []  # (background, members, [note, note, note, note])


def household(background, members, notes):
    """members: list of (role, name, [aliases])."""
    assert len(notes) == 4, background
    HOUSEHOLDS.append((background, members, notes))


# === DATA ===
# 1 ------------------------------------------------------------ Ukrainian
household("Ukrainian (Swindon)", [
    ("mother", "Oksana Kovalenko", []),
    ("father", "Taras Kovalenko", []),
    ("baby", "Zlata Kovalenko", []),
    ("sibling", "Mykhailo Kovalenko", ["Misha"]),
    ("grandparent", "Halyna Bondar", []),
], ["""
HV new birth visit. Seen at home [[a|Flat 3, 27 Kestrel Court]], [[pl|Swindon]] [[pc|SN2 7QX]]. Present: mum [[h|Oksana]], baby [[h|Zlata]] (DOB [[d|14/09/2025]]), maternal gran [[h|Halyna Bondar]] ({{babusya}}). [[h|Misha]] (7) at school. Family came on {{Homes for Ukraine}} [[d|Jan 2024]], sponsor [[p|Gillian Prior]] no longer involved. Dad [[h|Taras]] still in {{Ukraine}}, video calls most nights. [[h|Oksanna]] speaks good English, declined interpreter; gran speaks {{Ukrainian}} and {{Russian}} only. Wt 3.62kg, {{50th centile}}. BF plus one {{Aptamil}} top up at night. {{EPDS}} 11, discussed, GP aware. Next contact {{6-8/52}} at [[hs|Penhill Family Hub]].
""", """
texts w mum
09:14 [[h|oksana]]: [[h|zlata]] vomit after feed again, is normal?
09:20 me: small posset ok. if green or projectile ring {{111}} or GP
11:02 [[h|oksana]]: ok thank u. school say [[h|misha]] is fighting
11:05 me: will ring [[s|Drove Primary]] this pm
15:40 spoke w Mrs [[p|Dyer]] (SENCO). [[h|Mykhailo]] pushed a boy on [[d|Tues 30th]], upset re his dad. Referred to {{ELSA}}.
15:52 mum's new mobile [[ph|07700 900318]], old one lost
""", """
[[hs|Moredon Medical Centre]]
[[a|Moredon Road]], [[pl|Swindon]] [[pc|SN25 3DQ]]

[[d|2 October 2025]]

Dear Health Visitor

Re: Mrs [[h|Oksana KOVALENKO]]   DOB [[d|11.03.1991]]   NHS <<nhs:spaced>>

I saw this lady today with low mood. She scored 15 on the {{PHQ-9}} and 12 on {{GAD-7}}. Her husband is serving in {{Ukraine}} and she has had no news of him for nine days. I have started {{sertraline}} 50mg and referred her to {{Talking Therapies}}. Her mother Mrs [[h|Bondar]] is helping with the baby. No thoughts of harm to self or [[h|Zlata]]. I would be grateful if you could review her at home.

Yours sincerely

Dr [[p|Rhiannon Pugh]]
GP partner
""", """
Supervision [[d|12/11]] with [[p|Claire Hobbs]] (HV team lead)
Discussed the [[h|Kovalenko]] family. Mum still low but {{EPDS}} down to 9, taking {{sertraline}}. Worry re gran [[h|Halyna]]: hip pain, can't manage the stairs at [[a|27 Kestrel Court]]. Housing band C, on {{Universal Credit}}. [[h|Misha]]'s behaviour settling since {{ELSA}} started. Baby on the {{75th centile}}. Dad [[h|Taras]] may get leave at Christmas, would fly into [[pl|Warsaw]] and come by coach. Reflection: I find it hard to end visits when mum cries about the war. Plan: {{Early Help}} assessment, review in {{4/52}}.
"""])

# 2 ------------------------------------------------------------ Zimbabwean, Shona
household("Zimbabwean, Shona (Reading)", [
    ("mother", "Rutendo Moyo", []),
    ("father", "Tafadzwa Moyo", ["Taf"]),
    ("baby", "Tinotenda Moyo", ["Tino"]),
    ("sibling", "Nyasha Moyo", []),
    ("grandparent", "Chipo Marufu", []),
], ["""
dictated visit note home visit to [[h|rutendo]] and baby [[h|tinotenda]] at [[a|41 larkspur drive]] [[pl|reading]] dad [[h|tafadzwa]] at work he is a care assistant at the [[hs|meadows care home]] nights grandmother [[h|chipo marufu]] over from [[pl|harare]] on a visitor visa staying till [[d|december 2025]] {{ambuya}} doing most of the cooking mum says she is tired but happy baby feeding well breast only weight 4.9 kg on the {{25th centile}} tongue tie snipped at [[hs|royal berkshire hospital]] on [[d|3 september]] [[h|nyasha]] is four and at [[s|little acorns nursery]] mornings mum asked about {{healthy start}} vouchers gave leaflet family speak {{shona}} at home and english
""", """
MASH REFERRAL FORM
Referrer: [[p|Samantha Okeke]], Health Visitor, [[hs|Whitley Health Centre]]
Tel: [[ph|01632 960428]]
Child: [[h|Tinotenda Moyo]]   DOB: [[d|19/07/2025]]   NHS No: <<nhs:run>>
Sibling: [[h|Nyasha MOYO]] (4)
Parents: [[h|Rutendo Moyo]] (mother), [[h|Tafadzwa Moyo]] (father)
Address: [[a|41 Larkspur Drive]], [[pl|Reading]] [[pc|RG2 8LW]]
Reason for referral: On [[d|21.10.25]] mum disclosed that [[h|Taf]] pushed her against the kitchen door after an argument about money. Bruise to left upper arm seen. {{DASH}} completed, score 11. Mum does not want police. [[h|Tino]] was in the {{Moses basket}} in the same room.
Consent: mum consents to referral.
""", """
[[hs|Royal Berkshire Hospital]] Paediatric Assessment Unit
Discharge summary

Patient: [[h|Tinotenda Moyo]]   Hosp no: [[r|RBH4471902]]
Admitted: [[d|02/11/2025]]   Discharged: [[d|04/11/2025]]
Diagnosis: {{bronchiolitis}} ({{RSV}} positive)
Needed {{high flow}} oxygen for 18 hours, NG feeds for 24 hours. Feeding orally at discharge, sats 97% in air.
Social: lives with mum, dad and sister. Grandmother from {{Zimbabwe}} visiting. Open to {{Early Help}}; HV informed.
Follow up: GP review in {{2/7}}. Parents given {{bronchiolitis}} advice sheet.
Dr [[p|F. Adeyemi]], ST4 Paediatrics
""", """
From: [[e|samantha.okeke@example.org]]
To: [[e|earlyhelp.south@example.org]]
Subject: handover - [[h|Moyo]] family

Hi [[p|Priya]],
Handing over as I start leave [[d|Fri 14th]]. Mum [[h|Rutendo]] engaging well with the {{Freedom Programme}}. Dad [[h|Tafadzwa]] has moved to his cousin's in [[pl|Bracknell]] for now and is seeing the children at Mum's with {{ambuya}} present. Baby [[h|Tino]] well since {{bronchiolitis}}, weighed [[d|10/11]]: 5.6 kg. [[h|Nyasha]] settled at nursery. Mum's number changed to [[ph|07700 900 562]]. Next {{TAF}} meeting [[d|27 Nov]] at [[hs|Whitley Family Hub]].
Thanks, [[p|Sam]]
[[p|Samantha Okeke]] | Health Visitor | [[ph|01632 960428]]
"""])
# 3 ------------------------------------------------------------ Filipino
household("Filipino (Southampton)", [
    ("mother", "Maricel Dela Cruz", []),
    ("partner", "Jerome Villanueva", []),
    ("baby", "Althea Joy Villanueva", []),
    ("sibling", "Kyle Dela Cruz", []),
    ("other_adult", "Lorna Dela Cruz", []),
], ["""
CHILD HEALTH CONTACT - 6-8 WEEK REVIEW
NAME: [[h|ALTHEA JOY VILLANUEVA]]      DOB: [[d|03/08/2025]]
NHS NO: <<nhs:spaced>>
MOTHER: [[h|MARICEL DELA CRUZ]]     PARTNER: [[h|JEROME VILLANUEVA]]
ADDRESS: [[a|FLAT 12 OCEAN VIEW HOUSE, 9 CHANDLERS WAY]], [[pl|SOUTHAMPTON]] [[pc|SO14 3TG]]
GP: [[hs|BARGATE MEDICAL PRACTICE]]
WEIGHT 5.10 KG ({{50TH CENTILE}})   HC 38.5 CM
HIPS: {{ORTOLANI}} AND {{BARLOW}} NEGATIVE
FEEDING: FORMULA ({{SMA}}), 150 ML 3 HOURLY
MOTHER WORKS NIGHTS AS NURSE AT [[hs|SOUTHAMPTON GENERAL HOSPITAL]], AUNT [[h|LORNA]] ({{TITA}}) CARES FOR BABY
SEEN BY: [[p|R. ACHTERBERG]] HV
""", """
Chronology - [[h|Dela Cruz]] / [[h|Villanueva]]
[[d|03/08]] [[h|Althea]] born [[hs|Princess Anne Hospital]], 39+2, {{SVD}}
[[d|12/08]] NBV, mum tearful, dad [[h|Jerome]] on a ship (merchant navy), back [[d|Oct 2025]]
[[d|29/08]] school nurse: [[h|Kyle]] (8) missing school, caring for baby while [[h|Maricel]] sleeps after nights
[[d|04/09]] call from [[s|St Mary's C of E Primary]], attendance 81%
[[d|19/09]] {{Young Carers}} referral made
[[d|26/09]] [[h|Lorna Dela Cruz]] moved in to help, sleeping on sofa
""", """
FNP visit, [[h|Maricel]] and baby at home. Family Nurse [[p|Gemma Wardle]]
We did the {{Dancing to Baby's Tune}} facilitator. [[h|Maricel]] laughed when [[h|althea]] copied her tongue poking. She said "she is my little {{joy}}". Talked about the {{ICON}} message again, dad is back from sea on [[d|15 October]] and she worries he shouts when tired. [[h|Kyle]]'s school happy, attendance up. She is sending money home to her {{lola}} in [[pl|Iloilo]] every month and is behind on the electric. Gave {{Citizens Advice}} number and {{Household Support Fund}} form. Mum speaks {{Tagalog}} and {{Hiligaynon}} to baby, encouraged.
""", """
[[d|Mon 20 Oct]] whatsapp from [[h|jerome]] [[ph|+44 7700 900 274]]
"gud am nurse this is the dad of [[h|Thea]]. can u visit when im home. [[h|Maricel]] is so tired. i can do the night feeds now. also my insta is [[hd|@jerome.v.seaman]] if easier"
replied: thanks, visit booked [[d|Thurs 23rd]] 2pm. explained we dont use insta for contact.
"""])

# 4 ------------------------------------------------------------ Nepali
household("Nepali, Gurkha family (Aldershot)", [
    ("mother", "Sunita Gurung", []),
    ("father", "Bikash Gurung", []),
    ("baby", "Aarav Gurung", []),
    ("sibling", "Prakriti Gurung", []),
    ("grandparent", "Dil Maya Gurung", []),
], ["""
School nurse note - [[s|Talavera Junior School]]
Seen: [[h|Prakriti Gurung]] Yr 5, DOB [[d|02.06.2016]]
Referred by class teacher Mr [[p|Oduya]] re tiredness and falling asleep in class.
[[h|Prakriti]] says new baby brother cries at night and she shares a room with him and {{bajai}} ([[h|Dil Maya]]). Dad is in the army, on exercise in [[pl|Brunei]] until [[d|28/11]]. Mum works at [[hs|Frimley Park Hospital]] as HCA.
Height 134 cm, wt 29 kg. Vision {{6/6}} both eyes.
Plan: sleep hygiene leaflet, speak to mum, review after half term. {{Army Welfare Service}} info given.
""", """
texted log (mum prefers texts, {{Nepali}} speaker, good English)
[[d|14/10]] 08:02 mum: [[h|aarav]] have fever 38.4 since night
08:10 me: give {{Calpol}} as per packet, fluids. if rash that dont fade ring {{999}}
08:55 mum: ok. [[h|bikash]] not home. can [[h|prakriti]] miss school to help
09:01 me: no, pls ask neighbour Mrs [[p|Rai]] or ring me [[ph|07700 900 719]]
[[d|15/10]] 17:30 mum: fever gone. thank u sister
""", """
Health visiting 9-12 month review
Present: mum [[h|Sunita]], baby [[h|Aarav]] and grandmother [[h|Dil Maya Gurung]]. Dad [[h|Bikash]] in [[pl|Brunei]].
{{ASQ-3}}: all above cut off. Crawling, pulling to stand. Says "ama" (mum) and "buwa" (dad). Teeth x4.
Weight 9.2kg, {{50th centile}}.
Grandmother speaks {{Gurung}} and {{Nepali}}, [[h|Prakriti]] interpreted a little, I explained to mum that we use {{Language Line}} rather than children next time.
Family live in forces housing at [[a|17 Gallipoli Road]], [[pl|Aldershot]] [[pc|GU11 2HL]]. Mum asked about nursery; gave {{30 hours}} info. Sleep improving since [[h|Aarav]] moved into own cot.
Next contact: 2 yr review [[d|Sept 2026]].
""", """
Letter
[[hs|Aldershot Centre for Health]]
[[d|19th November 2025]]
Dear Mrs [[h|Gurung]],
Your son [[h|Aarav]] (DOB [[d|11/12/2024]]) is due his {{MMR}}, {{Hib/MenC}}, {{MenB}} and {{PCV}} boosters. Please book at reception on [[ph|01632 960 903]].
If you need an interpreter please tell us and we will book one.
Yours sincerely
[[p|K. Thapa-Shrestha]]
Practice Nurse
"""])

# 5 ------------------------------------------------------------ Sri Lankan Tamil
household("Sri Lankan Tamil (Harrow)", [
    ("mother", "Tharshika Sivakumar", []),
    ("father", "Sivakumar Rajaratnam", ["Siva"]),
    ("baby", "Aathira Sivakumar", []),
    ("sibling", "Kavin Sivakumar", []),
    ("grandparent", "Pushpam Rajaratnam", []),
], ["""
Strategy discussion minutes  [[d|07/10/2025]]  14:00 (Teams)
Present: [[p|Helen Marchetti]] (SW, chair), [[p|Dev Anand]] (DS, [[pl|Harrow]] {{MASH}}), [[p|Yvonne Clarke]] (HV), [[p|Dr Nalini Ratnam]] (named GP)
Child: [[h|Aathira Sivakumar]], 4 months
Concern: {{spiral fracture}} L femur found on x-ray at [[hs|Northwick Park Hospital]] [[d|06/10]]. Parents say she rolled off the sofa. Explanation not consistent with injury or development.
Father [[h|Siva]] says he was alone with baby. Mother [[h|Tharshika]] at {{temple}} with grandmother.
Decision: threshold met for {{Section 47}} joint investigation. {{skeletal survey}} and ophthalmology. [[h|Kavin]] (6) to be seen at school tomorrow. Police ref [[r|CAD 4471/06OCT]].
""", """
HV record, home visit
Mum [[h|Tharshika]], grandmother [[h|Pushpam]] ({{ammamma}}) and brother [[h|Kavin]]. Interpreter (female, {{Tamil}}) by phone, ID 44107.
Baby [[h|Aathira]] home with mum under a {{safety plan}}: dad [[h|Sivakumar]] living with his brother at [[a|88 Kenton Lane]] while investigation continues, contact supervised by grandmother.
Mum says she does not believe [[h|Siva]] hurt the baby. Very upset. Talked about what {{supervised contact}} means.
Baby in {{Pavlik harness}}? No, in hip spica, checked skin, fed well, 6.1kg.
Mum's phone [[ph|020 7946 0581]] (landline at home).
""", """
[[hs|Northwick Park Hospital]]
Child Safeguarding Team
[[d|23 October 2025]]
To: Dr [[p|N. Ratnam]], [[hs|Kenton Bridge Medical Centre]]
Re: [[h|Aathira SIVAKUMAR]]  DOB [[d|12.06.2025]]  NHS <<nhs:dash>>
Further tests: bone profile and vitamin D normal. Genetic screen for {{osteogenesis imperfecta}} negative. Skeletal survey day 11: no further fractures. Opinion remains that the injury is likely non-accidental.
The family have asked for their own expert; solicitor [[p|Mr Ranjan Kumaraswamy]].
Dr [[p|A. Whitlock]], Consultant Paediatrician
""", """
CP conference extract ({{ICPC}}) [[d|04/11/25]]
Chair: [[p|Beverley Strand]]
Parents attended with solicitor and {{Tamil}} interpreter. [[h|Siva]] read a statement: "I love my daughter, I would never hurt her". Grandmother [[h|Pushpam Rajaratnam]] spoke about coming from {{Sri Lanka}} to help.
School: [[h|Kavin]] happy, good attendance, teacher has no worries.
Decision: [[h|Aathira]] made subject of a {{Child Protection Plan}} under category {{physical abuse}}. [[h|Kavin]] {{Child in Need}}.
Core group [[d|18/11]] at [[hs|Wealdstone Children's Centre]].
"""])

# 6 ------------------------------------------------------------ Greek Cypriot
household("Greek Cypriot (London, Palmers Green)", [
    ("mother", "Androulla Christodoulou", []),
    ("father", "Panayiotis Christodoulou", ["Takis"]),
    ("baby", "Eleni Christodoulou", []),
    ("grandparent", "Chrystalla Michael", []),
], ["""
dictated note no punctuation visit to [[h|androulla]] and baby [[h|eleni]] at [[a|62 hedge lane]] [[pc|n13 5tb]] {{yiayia}} [[h|chrystalla]] there as always she lives upstairs baby is twelve days old weight 3.2 kg below birth weight of 3.4 kg mum breastfeeding but {{yiayia}} giving water and {{gripe water}} advised not to give water under six months discussed with mum in english and grandmother in {{greek}} through [[h|takis]] who came home for lunch he runs the bakery on [[a|green lanes]] plan reweigh at [[hs|palmers green clinic]] on [[d|thursday the 9th]]
""", """
Reweigh, clinic
Baby [[h|Eleni]] 3.38kg, good gain. BF 8-10 x day. {{Lansinoh}} for sore nipples. Mum says the {{yiayia}} war is over, [[h|Takis]] spoke to his mum. [[h|Androulla]] laughing today. Dad's family go back to [[pl|Limassol]] in [[d|Dec 2025]] for a wedding, asked re baby flying and {{immunisations}}. Advised 8 week imms first.
HV [[p|S. Papadopoulos]]
""", """
From: [[e|palmersgreen.hv@example.net]]
To: GP surgery
Sent: [[d|13/11/2025]] 16:02
Subject: [[h|CHRISTODOULOU Eleni]] - {{EPDS}} 17

Please can the duty GP call mum [[h|Androulla Christodoulou]] today on [[ph|07700 900 846]]. {{EPDS}} 17 at visit, Q10 scored 1 (thoughts of self-harm "hardly ever"). No plan. Husband [[h|Panayiotis]] aware and at home. {{Perinatal mental health}} referral sent.
Thanks, [[p|Sofia]]
""", """
Supervision notes [[d|21.11]]
Case: [[h|Christodoulou]]
Mum seen by {{perinatal mental health}} team, started on {{sertraline}}. Grandmother [[h|Chrystalla]] now doing nights. Worry she is taking over: mum said "I feel like {{yiayia}} is the mother". Discussed {{Home-Start}} volunteer for mum herself.
Supervisor ([[p|Marcia Lowe]]) asked if dad [[h|Takis]] working 14 hr days is a factor. Agree to ask about his own mood.
"""])
# 7 ------------------------------------------------------------ Italian
household("Italian (Bedford)", [
    ("mother", "Giulia Esposito", []),
    ("partner", "Luca Romano", []),
    ("baby", "Matteo Romano", []),
    ("grandparent", "Assunta Esposito", []),
], ["""
Antenatal contact (HV), 32/40
[[h|Giulia]] seen at home, [[a|5 Cauldwell Street]], [[pl|Bedford]] [[pc|MK42 9AD]]. First baby. Partner [[h|Luca]] present, chef at a restaurant in [[pl|Milton Keynes]], works late. [[h|Giulia]]'s mum [[h|Assunta]] ({{nonna}}) coming from [[pl|Naples]] [[d|1st Dec]] for three months.
Discussed feeding: plans to breastfeed. {{Gestational diabetes}}, diet controlled, seen at [[hs|Bedford Hospital]] diabetes clinic. Vaccines: had {{whooping cough}} vaccine, not flu, will book.
Mental health: history of anxiety in [[pl|Italy]], no meds. {{Whooley}} questions negative. Family speak {{Italian}} at home.
""", """
[[d|Tuesday 16th]] - NBV. baby [[h|Matteo]] born [[d|9/12]] at [[hs|Bedford Hospital]] {{ventouse}}, 3.9kg. BF well. [[h|Giulia]] sore, on paracetamol. nonna [[h|Assunta]] swaddling v tightly + hat on indoors. Showed hip-healthy swaddling, room temp 18C, {{safe sleep}} leaflet in {{Italian}}. [[h|Luca]] back at work already, no paternity pay. Reg of car outside: [[v|KN72 XRT]] (blocking ambulance bay, mentioned gently).
""", """
GP letter
[[hs|De Parys Group Practice]], [[pl|Bedford]]
[[d|08/01/2026]]
Dear colleague
Re: [[h|Matteo ROMANO]] DOB [[d|09.12.2025]] NHS <<nhs:spaced>>
Seen with mother. Persistent vomiting after feeds and arching. Weight gain satisfactory (from 3.9 to 4.7kg). Likely {{reflux}}. Started {{Gaviscon Infant}}. Mother worried that grandmother Mrs [[h|Esposito]] overfeeds with a bottle of {{Cow & Gate}} "per dormire". Please support with responsive feeding.
Dr [[p|Marco Bellini]]
""", """
Handover to [[p|Jo]] (covering):
- [[h|Esposito]]/[[h|Romano]] family, baby 7 weeks.
- {{Reflux}} improving on {{Gaviscon Infant}}.
- mum and nonna argue about feeding - don't take sides, use the {{Baby Friendly}} leaflets
- [[h|Luca]]'s hours cut, money tight, mum asked re {{Child Benefit}} - form done [[d|20/01]]
- [[h|assunta]] flies home [[d|2 March]] - check mum's mood after that, {{EPDS}} was 8
- mum's mob [[ph|07700900482]]
"""])

# 8 ------------------------------------------------------------ Spanish (Galician)
household("Spanish, Galician (Guildford)", [
    ("mother", "Lucía Fernández Outeiro", []),
    ("partner", "Álvaro Rey Pazos", []),
    ("baby", "Inés Rey Fernández", []),
    ("sibling", "Hugo Rey Fernández", []),
], ["""
HV 2 year review, [[hs|Park Barn Family Centre]]
Present: mum [[h|Lucia]], [[h|Ines]] (DOB [[d|22/10/2023]]) and big brother [[h|Hugo]] (4, at [[s|Pirbright Village Nursery]]).
{{ASQ-3}}: communication below cut off. [[h|Ines]] says about 15 words, mix of {{Spanish}}, {{Galician}} and English. Mum worried she is "behind" compared to [[h|Hugo]].
Explained bilingual children often mix languages; count words in all of them. Hearing test booked at [[hs|Royal Surrey County Hospital]] audiology. Referred to {{speech and language therapy}} drop-in.
Dad [[h|Álvaro]] is a researcher at the university, on a visa linked to his post.
""", """
email from mum (forwarded by admin) [[d|3 Feb]]
"Hola, this is [[h|Lucía Fernández]]. Sorry for my english. [[h|Inés]] did the hearing test and it was normal, the lady said glue ear is gone. Now she is saying more words, yesterday she said 'agua por favor' and 'more biscuit'. My husband [[h|Álvaro]] says thank you for the visit. My email is [[e|lucia.fouteiro@example.com]] and my phone [[ph|+44 7700 900 905]]. Also my mother ({{avoa}}) is coming from [[pl|Vigo]] in April."
""", """
Supervision reflection
I visited the [[h|Rey Fernández]] family because {{Early Help}} had a call from [[s|Pirbright Village Nursery]] about [[h|Hugo]] arriving hungry and with the same clothes on several days. When I got there [[h|Lucia]] told me that [[h|Alvaro]] left in January and went back to [[pl|Santiago de Compostela]]. She has no recourse to public funds on her visa ({{NRPF}}). Food bank voucher given. She is cleaning at the hospital at nights and a neighbour, [[p|Margaret]], has the children. I felt out of my depth about immigration law. Action: [[p|Tom Beal]] (SW) to advise on {{Section 17}} support; signpost to {{Migrant Help}}.
""", """
CHRONOLOGY
[[d|22/10/2023]]  [[h|Ines]] born
[[d|14/11/2025]]  2 yr review, speech delay, SLT drop-in
[[d|03/02/2026]]  hearing normal
[[d|19/02/2026]]  nursery concern, [[h|Hugo]] hungry
[[d|20/02/2026]]  HV home visit, dad left, {{NRPF}}
[[d|24/02/2026]]  {{Section 17}} assessment opened, case no [[r|SCC-260224-118]]
[[d|02/03/2026]]  mum and children moved to [[a|Flat 4, 31 Walnut Tree Close]], [[pl|Guildford]] [[pc|GU1 4UB]]
"""])

# 9 ------------------------------------------------------------ Hungarian
household("Hungarian (Corby)", [
    ("mother", "Réka Horváth", []),
    ("partner", "Zsolt Nagy", []),
    ("baby", "Boglárka Nagy", ["Bogi"]),
    ("other_child", "Levente Horváth", []),
], ["""
NBV [[d|05.09.25]]
Mum [[h|Reka Horvath]], partner [[h|Zsolt]], baby [[h|Boglarka]] ([[h|Bogi]]), and [[h|Levente]] (9, mum's son from previous relationship, [[h|Zsolt]] is not his dad).
Address: [[a|23 Tower Hill Road]], [[pl|Corby]] [[pc|NN18 0TB]]
Both parents work at the warehouse, different shifts. {{Hungarian}} spoken, mum's English good, [[h|Zsolt]]'s limited, used {{Language Line}} (Hungarian) for him.
Baby bottle fed {{Kendamil}}. Cord off. Jaundice fading.
[[h|Levente]] quiet, on his tablet throughout. Mum says his dad in [[pl|Debrecen]] has not called since summer.
""", """
TEXT MESSAGES (mum)
[[d|17/9]] 21:40 "Hi its [[h|Réka]]. [[h|Zsolt]] went to his brother in [[pl|Kettering]] after we fight. He took the car ([[v|FX15 OWN]]). I am ok. [[h|Bogi]] is ok. dont tell social"
[[d|17/9]] 21:47 me: Thank you for telling me. Are you and the children safe now? If he comes back and you are scared ring {{999}}.
[[d|18/9]] 07:02 "yes safe. [[h|Levi]] was crying"
[[d|18/9]] 09:30 rang mum on [[ph|07700 900 127]], visit arranged today. Discussed with duty SW [[p|Kerry-Ann Moss]].
""", """
[[s|Corby Business Academy]]
Pastoral note, year 5 liaison
[[h|Levente HORVATH]] (Y5) disclosed to his TA Ms [[p|Szabo]] that "[[h|Zsolt]] hits mum and broke the door". TA speaks {{Hungarian}} and recorded his words: "[[h|Zsolt]] megütötte anyát".
DSL informed [[d|Mon 22 Sept]] 10:15, referral to {{MASH}} ref [[r|NCT-MASH-2209-0041]].
[[h|Levente]]'s attendance 94%. Presents as withdrawn. He asked if he can stay with his {{nagymama}} in [[pl|Hungary]].
""", """
MARAC minutes extract [[d|02/10/2025]]
Case 12. Victim: [[h|Réka Horváth]] (29). Perpetrator: [[h|Zsolt Nagy]] (34).
Children: [[h|Boglárka]] (4 weeks), [[h|Levente]] (9).
{{IDVA}} [[p|Precious Mlambo]] reports 3rd incident this year; {{DASH}} 16 (high risk). Police ({{Northamptonshire Police}}) crime ref [[r|NP/26733/25]]: [[h|Zsolt]] arrested, bailed to [[a|8 Rockingham Road]], [[pl|Kettering]] with no contact conditions.
Actions: sanctuary scheme for the house; HV to continue; school to keep [[h|Levente]]'s {{ELSA}} sessions; refer to {{Women's Aid}} children's worker.
"""])
# 10 ----------------------------------------------------------- Slovak Roma
household("Slovak Roma (Rotherham)", [
    ("mother", "Žaneta Oláhová", []),
    ("father", "Marek Oláh", []),
    ("baby", "Dominik Oláh", []),
    ("sibling", "Vanesa Oláhová", []),
    ("grandparent", "Margita Oláhová", []),
], ["""
NBV - [[a|14 Eastwood Lane]], [[pl|Rotherham]] [[pc|S65 1EP]]
Present: [[h|Zaneta]] (mum, 20), [[h|Marek]] (dad), grandmother [[h|Margita]], [[h|Vanesa]] (3) and baby [[h|Dom]]. Also two uncles and their children visiting, 11 people in the house at the visit.
Family are {{Roma}} from eastern {{Slovakia}}, speak {{Romani}} and {{Slovak}}. Dad interpreted, declined {{Language Line}}.
Baby [[h|Dominik]] 3.1kg, born [[hs|Rotherham Hospital]] [[d|28/08]]. Sleeping in parents' bed. Discussed {{co-sleeping}} risks; grandmother says all her 9 children slept with her. Mum agreed to try the {{Moses basket}} from {{Baby Bank}}.
Smoking in house: dad and uncles. {{Smokefree}} referral offered.
""", """
dictated no punctuation visit [[d|30 sept]] [[h|zaneta]] not at home [[h|margita]] said she went to [[pl|sheffield]] with [[h|marek]] to the job agency [[h|vanesa]] playing in the yard with no coat baby [[h|dominik]] asleep in {{moses basket}} good grandmother showed me his red book he had his 8 week {{immunisations}} at [[hs|clifton medical centre]] on the [[d|24th]] left card with my number [[ph|01632 960 772]] asked [[h|margita]] if she has seen a GP about her cough she says no {{papiere}} explained she can register without
""", """
Education welfare / HV joint visit, [[d|14.10.2025]]
EWO [[p|Darren Kettleborough]] and HV [[p|L. Fenwick]]
Concern: [[h|Vanesa OLAHOVA]] not taken up her nursery place at [[s|Ferham Primary School]] nursery since [[d|September 2025]].
[[h|Žaneta]] said [[h|Vanesa]] cries when left and she is worried about racism after an incident at the school gate. She would like a Slovak-speaking worker. Mr [[p|Ondrej Balog]] from the {{Roma}} support project to join next visit.
""", """
GP letter  [[hs|Clifton Medical Centre]]  [[d|11/11/2025]]
To: Health Visiting, [[pl|Rotherham]]
Re: [[h|Dominik OLAH]]  DOB [[d|28/08/2025]]  NHS No. <<nhs:run>>
Seen with father Mr [[h|Oláh]] and grandmother. Bronchiolitic, sats 95%, feeding half normal. Advised on red flags. Also registered grandmother Mrs [[h|Margita Oláhová]] today: chest x-ray requested for chronic cough, {{TB}} to be excluded. I understand there are 11 people in the house; please can you assess housing need.
Dr [[p|Hannah Woodcock]]
"""])

# 11 ----------------------------------------------------------- Trinidadian
household("Trinidadian (Huddersfield)", [
    ("mother", "Keisha Ramdeen", []),
    ("partner", "Andre Baptiste", []),
    ("baby", "Zion Baptiste", []),
    ("grandparent", "Gloria Ramdeen", []),
], ["""
Antenatal booking info (midwife to HV)
Name: [[h|Keisha Ramdeen]], 24, G1 P0
EDD: [[d|14/02/2026]]
Address: [[a|2A Fitzwilliam Street]], [[pl|Huddersfield]] [[pc|HD1 5BB]]
Partner: [[h|Andre Baptiste]], not living together
NI: [[ni|SK 738214 A]]
Moved from [[pl|Port of Spain]], {{Trinidad and Tobago}}, 2023 on a student visa (nursing, [[s|University of Huddersfield]]).
Mum [[h|Gloria]] lives with her. {{Sickle cell}} trait (mum); partner screening pending. BMI 31.
Midwife: [[p|Chloe Armitage]], [[hs|Huddersfield Royal Infirmary]], tel [[ph|0113 496 0355]]
""", """
WhatsApp from [[h|keisha]] [[d|19/1]]
"Morning miss. [[h|Andre]] result came, he is {{sickle cell}} trait too. the midwife say baby could have it 1 in 4. I dont know what to do, my mammy say pray"
me [[d|19/1]]: So sorry, that is a lot to take in. The {{newborn blood spot}} test will tell us after birth. I can come Thursday. The {{Sickle Cell Society}} has a helpline too.
[[h|keisha]]: ok Thursday. [[h|gloria]] will be home. [[h|andre]] might come if he not working at the Amazon place.
""", """
Visit after birth. [[h|Zion]] born [[d|10.02.26]] [[hs|Huddersfield Royal Infirmary]], 3.25kg. Blood spot result: {{sickle cell disease}} (HbSS). Seen by haematology [[d|Tue 24th]], started on {{penicillin V}} and {{folic acid}}.
[[h|Keisha]] coping better than expected, says "[[h|Zion]] is our blessing". Grandmother [[h|Gloria Ramdeen]] says "the sickle" runs in her family in {{Trinidad}}. [[h|Andre]] visits most days, stays over weekends. Discussed fever plan: any temp 38 = straight to hospital, no {{Calpol}} and wait.
""", """
Team meeting notes [[d|16/03/2026]]
[[h|Baptiste]] baby: missed two haematology appts ([[d|03/03]], [[d|10/03]]). Mum says bus fare and exams. [[h|Keisha]] back at uni placement. [[h|Gloria]] working shifts at [[hs|Ings Grove Park Care Home]].
Agreed: HV to ring mum on [[ph|07700 900 804]]; ask the {{sickle cell}} nurse specialist [[p|Abena Mensah-Clarke]] about transport help; consider {{Early Help}} if a third appt missed. This is a {{was not brought}} concern, not mum being neglectful - she is juggling.
"""])

# 12 ----------------------------------------------------------- Mirpuri
household("Mirpuri Pakistani (Bradford)", [
    ("mother", "Shazia Bibi", []),
    ("father", "Imran Hussain", []),
    ("baby", "Zainab Hussain", []),
    ("sibling", "Hamza Hussain", []),
    ("grandparent", "Rashida Begum", []),
], ["""
HV visit record [[d|6/10]]
Seen at [[a|37 Lidget Green Road]], [[pl|Bradford]] [[pc|BD7 2LH]]: mum [[h|Shazia]], baby [[h|Zainab]] (6/52), {{dadi}} [[h|Rashida Begum]], brother [[h|Hamza]] (3).
Interpreter: {{Pahari}}/{{Urdu}} by phone, ID 20931. Mum speaks a little English; grandmother answers for her. Asked to speak to mum alone - grandmother left the room unwillingly.
Alone, mum said she is "fine" but cried. {{EPDS}} 14. She was married in {{Mirpur}} and came to the UK [[d|Feb 2024]], spouse visa. Husband [[h|Imran]] drives a taxi, [[v|BD19 WXA]].
Mum does not have her own phone. Shared care with GP at [[hs|Lidget Green Surgery]].
""", """
Supervision [[d|13 Oct]]
With [[p|Nasreen Akhtar]] (safeguarding HV)
[[h|Shazia]]: isolated, no phone, no money of her own, grandmother present at every visit, passport "kept safe" by [[h|Imran]]'s mum. Possible {{coercive control}} / {{forced marriage}}? Supervisor said don't assume, but these are flags. Mum's immigration depends on husband ({{DDVC}} could apply if she discloses abuse).
Plan: see mum alone at {{baby clinic}} with a female {{Urdu}} interpreter who is not from the community; give {{Karma Nirvana}} number hidden in a baby leaflet.
""", """
[[hs|Manningham Children's Centre]] baby clinic, [[d|Thurs 23rd]]
[[h|shazia]] came with [[h|zainab]] and without {{dadi}} for the first time - [[h|Hamza]]'s nursery at [[s|Green Lane Primary]] had a trip.
[[h|Zainab]] 5.1 kg, {{9th centile}}, dropped from {{25th}}. Mum says [[h|Rashida]] gives {{gripe water}} and cuts feeds.
Mum disclosed [[h|Imran]] hits her when his mother complains, most recently [[d|18/10]]. Bruises not seen. {{DASH}} done: 14. Passport confirmed held by mother-in-law.
Consented to referral to {{MASH}} and {{IDVA}}. Safe number for her: the children's centre landline [[ph|01632 960 210]].
""", """
MASH outcome [[d|24/10/2025]] ref [[r|BMDC-MASH-77214]]
Children: [[h|Zainab HUSSAIN]] (8/52), [[h|Hamza HUSSAIN]] (3)
Decision: {{Section 47}}. Police ({{West Yorkshire Police}}) to speak to mum via a {{Urdu}} interpreter at the children's centre. Mum and children placed at refuge in [[pl|Leeds]] (address withheld) on [[d|25/10]] with consent. Grandmother [[h|Rashida Begum]] and [[h|Imran Hussain]] informed by police only that the children are safe.
HV transfer to [[pl|Leeds]] HV team. {{Southall Black Sisters}} advice on immigration.
"""])

# 13 ----------------------------------------------------------- Malayali
household("Malayali, Kerala Christian (Stevenage)", [
    ("mother", "Ancy Thomas", []),
    ("father", "Jinu Varghese", []),
    ("baby", "Evana Jinu", []),
    ("sibling", "Aldrin Jinu", []),
    ("grandparent", "Mariamma Varghese", []),
], ["""
NBV  [[d|Friday 3rd]]
Mum [[h|Ancy]] (nurse, [[hs|Lister Hospital]] theatres), dad [[h|Jinu]] (care home nurse), baby [[h|Evana]] born [[d|24.09.25]] 38 wks {{LSCS}} (breech). Son [[h|Aldrin]] 5 at [[s|Shephall Green Infant School]].
Paternal grandmother [[h|Mariamma]] ({{ammachi}}) came from [[pl|Kottayam]] to help for six months.
BF and {{Aptamil}} at night. Weight 3.4kg. Wound healing.
Family speak {{Malayalam}} and English; church on Sundays at [[hs|St Hugh's Church]].
""", """
[[h|Aldrin Jinu]] - school nurse / reception health questionnaire follow up
Parent concern: speech - mixes {{Malayalam}} and English, sometimes stammers since new baby.
Spoke to mum [[h|Ancy Thomas]] on [[ph|07700 900 636]] [[d|10/11]]. Says [[h|Aldrin]] stammers most when grandmother speaks to him fast. No concerns about hearing.
Plan: {{SaLT}} advice line, {{Stamma}} leaflet emailed to [[e|ancy.thomas.rn@example.com]].
""", """
hv dictated visit to [[h|ancy]] and [[h|jinu]] baby [[h|evana]] eight weeks weight 4.9 kg {{50th centile}} mum asking about going back to work at [[hs|lister]] in {{january}} she would do nights and [[h|jinu]] days so someone always home and {{ammachi}} [[h|mariamma]] goes back to [[pl|kerala]] at christmas mum had {{whooping cough}} vaccine in pregnancy baby had 8 week imms on [[d|19th november]] discussed {{vitamin D}} drops started {{Abidec}}
""", """
From: [[p|R. Hollingsworth]], Practice Manager, [[hs|Bedwell Medical Centre]]
To: HV team
Date: [[d|04 December 2025]]
Subject: Registration - [[h|VARGHESE]], [[h|Mariamma]]

Please note Mrs [[h|Varghese]] (grandmother of baby [[h|Evana Jinu]]) attended as a visitor and was seen for high BP (178/102). Started {{amlodipine}}. She flies back to [[pl|Kochi]] on [[d|20/12]]. Family asked if the HV could check she is taking it as she "doesn't like tablets". Son [[h|Jinu Varghese]] contact [[ph|020 7946 0413]].
"""])
# 14 ----------------------------------------------------------- Syrian
household("Syrian (Rochdale)", [
    ("mother", "Rasha Al-Haddad", []),
    ("father", "Khaled Al-Haddad", []),
    ("baby", "Lina Al-Haddad", []),
    ("sibling", "Omar Al-Haddad", []),
    ("sibling", "Yara Al-Haddad", []),
], ["""
HV NBV [[d|8/1/26]]. {{Arabic}} interpreter in person, [[p|Haitham Darwish]] (Arabic).
Family resettled from [[pl|Homs]] via [[pl|Beirut]], in the UK since 2022. Live at [[a|19 Spotland Road]], [[pl|Rochdale]] [[pc|OL12 6PJ]].
Mum [[h|Rasha]], dad [[h|Khaled]] (studying English at college), baby [[h|Lina]] born [[hs|Royal Oldham Hospital]] [[d|29/12]], [[h|Omar]] (8) and [[h|Yara]] (5) at [[s|Spotland Primary]].
[[h|Khaled]] has shrapnel injury to leg, chronic pain. Mum describes nightmares since the war; {{PTSD}} not diagnosed. {{EPDS}} in {{Arabic}}: 13.
Baby well, 3.5kg, BF. Mum asked about {{circumcision}} for [[h|Omar]] - not relevant to [[h|Lina]], she meant a cousin's baby.
""", """
14/01 texts via interpreter app (mum types in Arabic, app translates)
[[h|rasha]] 10:12: [[h|Lina]] not eat good and hot
me 10:15: Please check her temperature. Under 3 months and 38 or more = call {{111}} or go to A&E
[[h|rasha]] 10:40: 38.2. [[h|khaled]] take taxi to hospital
me 10:42: Good. Take the {{red book}}.
15:30 rang [[hs|Royal Oldham Hospital]] paeds: [[h|Lina Al Haddad]] admitted for {{septic screen}}, LP done. Dad with her. Mum home with children. Spoke with nurse [[p|Bex]] on [[ph|0113 496 0761]].
""", """
[[hs|Royal Oldham Hospital]] - discharge letter [[d|19/01/2026]]
Patient: [[h|Lina AL-HADDAD]]  DOB [[d|29-12-2025]]  NHS: <<nhs:spaced>>
Diagnosis: {{UTI}} (E. coli), blood and CSF cultures negative. Completed IV antibiotics, home on oral {{co-amoxiclav}} to finish 7 days.
Renal ultrasound booked {{6/52}}. Please weigh in {{1/52}}.
Social: father ([[h|Khaled]]) stayed throughout; mother at home with two children. Family seemed very anxious; father said hospitals remind him of [[pl|Aleppo]].
Dr [[p|Sadia Iqbal]] (ST5) for Dr [[p|P. Greenhalgh]]
""", """
Supervision note, [[d|Feb 2026]]
Discussed [[h|Al-Haddad]] family with [[p|Liz Openshaw]].
My worry: both parents show trauma symptoms, dad in pain and not sleeping, mum anxious about every illness. [[h|Yara]] has started wetting at school. Children are loved and well cared for - this is not neglect.
Plan: refer parents to {{Freedom from Torture}}? Check criteria. GP review of [[h|Khaled]]'s pain. {{Family Hub}} Arabic-speaking parents' group on Wednesdays. School nurse to see [[h|Yara]] re {{enuresis}} ({{ERIC}} leaflet).
"""])

# 15 ----------------------------------------------------------- Sudanese
household("Sudanese (Newport)", [
    ("mother", "Amna Osman", []),
    ("father", "Musab Abdelrahman", []),
    ("baby", "Malaz Musab", []),
    ("sibling", "Reem Musab", []),
    ("grandparent", "Sumaya Osman", []),
], ["""
REFERRAL - EARLY HELP HUB
DATE: [[d|3/11/2025]]
FAMILY: [[h|OSMAN]] / [[h|ABDELRAHMAN]]
MOTHER: [[h|AMNA OSMAN]]   FATHER: [[h|MUSAB ABDELRAHMAN]]
CHILDREN: [[h|MALAZ MUSAB]] (BABY, 5 WEEKS), [[h|REEM MUSAB]] (6)
ADDRESS: [[a|FLAT 9, 4 COMMERCIAL ROAD]], [[pl|NEWPORT]] [[pc|NP20 2PE]]
REFERRER: [[p|GWENLLIAN PROSSER]], HEALTH VISITOR, [[hs|ROYAL GWENT HOSPITAL]]
REASON: FAMILY FLED {{SUDAN}} [[d|APR 2023]]. ASYLUM GRANTED, MUST LEAVE HOME OFFICE ACCOMMODATION IN 28 DAYS. NO FURNITURE, NO COT. MOTHER LOW MOOD. GRANDMOTHER [[h|SUMAYA]] STILL IN [[pl|PORT SUDAN]].
LANGUAGE: {{ARABIC}} (SUDANESE)
FATHER NI NO: [[ni|JH 40 27 61 B]]
COUSIN HAS SET UP APPEAL: [[u|www.example.org/fund/osman-family]]
""", """
visit, w interpreter (Arabic, female)
[[h|Amna]] and baby [[h|Malaz]]. [[h|Reem]] at [[s|Pillgwenlly Primary]]. Dad at {{Job Centre}}.
Mum sad today - phone call from her mother [[h|Sumaya]] ({{haboba}} to the children), who is sick and cannot get medicine in [[pl|Port Sudan]].
Baby 4.4kg, feeds well. {{Flying Start}} area: offered childcare for [[h|Malaz]] from 2.
{{Move on}} support: Housing said a flat in [[pl|Caerphilly]] may come up. Mum wants to stay near the mosque and [[h|Reem]]'s school. Rang housing officer [[p|Bethan Llewellyn]], ring [[ph|01632 960 391]], left message.
""", """
Chronology
[[d|03.11.25]] EH referral
[[d|10.11.25]] HV visit, grandmother unwell abroad
[[d|17.11.25]] {{Universal Credit}} claim made, advance refused
[[d|20.11.25]] {{Baby Bank}} delivered cot and {{sling}}
[[d|28.11.25]] eviction date from Home Office flat; family moved to B&B, [[a|Room 6, Westgate Guest House]], [[pl|Newport]]
[[d|01.12.25]] dad [[h|Musab]] rang crying, says the room has damp and one bed for four
[[d|02.12.25]] HV and SW [[p|Ieuan Rees]] visit, referral to [[hs|Shelter Cymru]]
""", """
CP conference? No - {{Child in Need}} meeting [[d|15/12/2025]]
Present: [[h|Amna Osman]], [[h|Musab Abdelrahman]], SW [[p|I. Rees]], HV, [[h|Reem]]'s teacher Miss [[p|Lewis-Jenkins]], housing.
Family moved to temporary flat [[a|22 Maindee Parade]], [[pl|Newport]] [[pc|NP19 8GW]] on [[d|12/12]].
[[h|Reem]] (6) sleeping better. Teacher says she drew her {{haboba}} and the war.
[[h|Malaz]] {{25th centile}}, well. Mum {{EPDS}} 12 (Arabic version), referral to {{Perinatal Mental Health}}.
Plan continues under {{Section 17}}. Next meeting [[d|March 2026]]... the months ahead are hard, mum says she is waiting for news from her mother.
"""])

# 16 ----------------------------------------------------------- Congolese
household("Congolese, Lingala/French (Derby)", [
    ("mother", "Grâce Mbuyi", []),
    ("partner", "Jean-Paul Tshimanga", ["JP"]),
    ("baby", "Merveille Tshimanga", []),
    ("sibling", "Exaucé Tshimanga", []),
    ("other_adult", "Bénédicte Mbuyi", []),
], ["""
HV birth visit
Mum [[h|Grace Mbuyi]] (no accent on the form), partner [[h|Jean-Paul]] ("call me [[h|JP]]"), baby girl [[h|Merveille]] born [[d|2 Nov]] at [[hs|Royal Derby Hospital]], big brother [[h|Exauce]] (3). Auntie [[h|Bénédicte]] lives with them.
Address [[a|56 Normanton Road]], [[pl|Derby]] [[pc|DE23 6UQ]].
Family from [[pl|Kinshasa]]; speak {{Lingala}} and {{French}}. Mum's English improving. {{Sickle cell}} screening: baby carrier (AS), for info.
Mum wants to go back to her {{ESOL}} class - a {{crèche}} runs there.
""", """
Tel call w [[h|grace]] [[d|20/11]] 11am
{{Grace period}} on the rent is ending, landlord wants £450 arrears by Friday. [[h|JP]] works agency shifts, none this week (he advertises odd jobs on insta [[hd|@jp_fixit_derby]]). Mum crying.
Action: emailed [[hs|Derby City Council]] housing options, referred to {{Citizens Advice}}, {{Discretionary Assistance Fund}} application started. Auntie [[h|Benedicte]] will help with forms (her email [[e|bene.mbuyi@example.net]]).
""", """
Family Hub worker note [[d|Weds 3rd Dec]]
Met [[h|Grâce]] and [[h|Exaucé]] at [[hs|Sinfin Family Hub]] stay and play. [[h|Exauce]] did not say any words during session, points and leads adults by the hand, lines up cars. Mum says he speaks "a bit" of {{Lingala}} at home.
Mum agreed to {{ASQ-3}} at next HV visit and {{Portage}} info. She asked if it is because he hears two languages - explained no.
[[h|Merveille]] was asleep in the {{sling}} throughout - well positioned, {{TICKS}}.
""", """
Referral to Community Paediatrics
Child: [[h|Exaucé TSHIMANGA]]   DOB: [[d|15/05/2022]]   NHS: <<nhs:dot>>
Parents: [[h|Grâce Mbuyi]] / [[h|Jean-Paul Tshimanga]]
GP: [[hs|Peartree Medical Centre]]
Concerns: social communication differences, limited joint attention, no words in any language at 3y7m, sensory seeking. {{ASQ-3}} communication and personal-social below cut off. Hearing normal ([[hs|Royal Derby Hospital]] audiology [[d|12/01/26]]).
Family's first language {{Lingala}}; please book a {{Lingala}} interpreter, not {{French}}.
Referrer: [[p|T. Kowalczyk]], Health Visitor, [[ph|01632 960 584]]
"""])
# 17 ----------------------------------------------------------- Albanian
household("Albanian (Ipswich)", [
    ("mother", "Ermira Hoxha", []),
    ("partner", "Arben Shehu", []),
    ("baby", "Ardit Shehu", []),
    ("sibling", "Elira Hoxha", []),
], ["""
Midwife to HV handover
[[h|Ermira Hoxha]], 27, P2. Baby boy [[h|Ardit]] born [[d|18-Aug-2025]] [[hs|Ipswich Hospital]], 3.7kg. {{PPH}} 900ml, Hb 86, on {{ferrous fumarate}}.
Partner [[h|Arben Shehu]] - not on tenancy; mum says he is "visiting". Daughter [[h|Elira]] (7) from previous relationship.
Mum came to UK 2019, settled status. Speaks {{Albanian}} and good English.
Address [[a|Flat 2, 140 Norwich Road]], [[pl|Ipswich]] [[pc|IP1 2PP]]. Mob [[ph|07700 900 238]].
""", """
dictated home visit to [[h|ermira]] baby [[h|ardit]] three weeks weight back to birth weight breastfeeding going well [[h|elira]] home from school with a cold [[h|elira]] said [[h|arben]] is on snapchat ([[hd|arbi_ldn]]) all night he was asleep in the bedroom at 2pm mum said he works nights at the car wash cash in hand there was a strong smell of cannabis in the flat discussed with mum she said it is his friends not him discussed safe sleep and smoke free home mum asked about her {{gjyshe}} coming from [[pl|tirana]] for christmas
""", """
[[s|Sprites Primary Academy]] - DSL record of concern
Pupil: [[h|Elira Hoxha]], Y3
[[d|07/10/25]] 08:50. [[h|Elira]] told her teacher Mrs [[p|Gooderham]] that "[[h|Arben]]'s friends come at night and bring bags and mummy cries". Said she has to be quiet because of "the police".
Actions: DSL [[p|Mark Finbow]] referred to {{MASH}}; police ({{Suffolk Constabulary}}) ref [[r|37/61129/25]].
""", """
Strategy meeting minutes [[d|09/10/2025]]
Attendees: DS [[p|Carl Mayhew]], SW [[p|Nkechi Obi]], HV [[p|A. Pettit]], school DSL.
Information: police intelligence links Mr [[h|Shehu]] to county lines supply from [[pl|London]] to [[pl|Ipswich]]; vehicle [[v|LR19 HPX]] seen at the address. Concern re {{cuckooing}} and {{criminal exploitation}}; possible {{modern slavery}} (he may himself be exploited - he owes money for his journey from {{Albania}}).
[[h|Ermira]] has engaged well with HV. Baby [[h|Ardit]] thriving.
Decision: {{Section 47}}, joint visit today. Consider {{NRM}} referral for [[h|Arben]].
"""])

# 18 ----------------------------------------------------------- Doric Scots
household("Doric Scots, fishing family (Peterhead)", [
    ("mother", "Kirsty Buchan", []),
    ("partner", "Douglas Strachan", ["Dougie"]),
    ("baby", "Ellie-Mae Strachan", []),
    ("other_child", "Cody Buchan", []),
    ("grandparent", "Isobel Buchan", []),
], ["""
HV visit - [[a|Flat 2/1, 8 Queen Street]], [[pl|Peterhead]] [[pc|AB42 1TN]]
Mum [[h|Kirsty]], baby [[h|Ellie-Mae]] (10 days), [[h|Cody]] (5, mum's son). Partner [[h|Dougie]] at the fishing, boat oot for 10 days, back [[d|Fri 19th]].
Mum's mum [[h|Isobel]] ("{{Nana}}") round most days. Mum: "fit like, {{quine}}? I'm jist {{forfochen}}" - tired but managing.
Baby BF, weight 3.4 kg. {{Baby Box}} in use. Discussed {{Best Start Grant}} and {{Scottish Child Payment}}.
[[h|Cody]] at [[s|Meethill School]] P1. Mum says he is "a richt {{loon}}, aye getting intae bother".
""", """
Texts fae mum
[[d|16/9]] 22:10 [[h|kirsty]]: [[h|ellie mae]] wint settle, screamin since 6
22:14 me: Is she feeding and is her nappy wet? Any fever? If worried call {{NHS 24}} on {{111}}.
22:30 [[h|kirsty]]: ma mam came. [[h|ellie mae]] sleepin now on [[h|izzy]]. shes fine.
[[d|17/9]] 08:15 me: Glad she settled. Please pop her in the crib rather than on someone's chest if [[h|Isobel]] is sleepy. Will visit Thurs.
""", """
Child's Plan - {{GIRFEC}} meeting, [[hs|Peterhead Community Hospital]], [[d|23rd October 2025]]
Named Person: [[p|Fiona Cruickshank]] (HV)
Lead Professional: [[p|Calum Reid]] (SW, [[hs|Aberdeenshire Council]] Children's Services)
Concern raised by [[s|Meethill School]]: [[h|Cody BUCHAN]] says "[[h|Dougie]] skelped me wi a belt". Mark seen on back of thigh. Joint interview done by {{Police Scotland}} ([[r|PS-20251021-1187]]).
[[h|Douglas Strachan]] denies; says he only "gave him a row". He is at sea until [[d|31/10]].
Agreed: {{IRD}} outcome - Child's Plan, {{Wellbeing}} indicators: Safe, Nurtured. Gran [[h|Isobel Buchan]] to have [[h|Cody]] overnight when [[h|Dougie]] is home.
""", """
supervision, named person - [[d|10.11]]
[[h|Kirsty]] told me she has asked [[h|Dougie]] to leave. He is staying on his brother's boat at the harbour. She is scared about money ("the fish money wis aye his"). [[h|Cody]] happier, sleeping.
Plan: {{Scottish Welfare Fund}} crisis grant; {{Women's Aid}} Grampian outreach; tell [[h|Kirsty]] about the {{Baby Box}} - no, she has one. Reflection: I nearly missed the belt mark as a {{birthmark}}; must undress and check.
"""])

# 19 ----------------------------------------------------------- Iranian
household("Iranian, Farsi (Newcastle upon Tyne)", [
    ("mother", "Shirin Rahimi", []),
    ("father", "Babak Moradi", []),
    ("baby", "Arya Moradi", []),
    ("grandparent", "Parvin Rahimi", []),
], ["""
Antenatal HV contact [[d|12 Aug]]. [[h|Shirin]] 34/40, first pregnancy after IVF in [[pl|Tehran]]. Husband [[h|Babak]] (software engineer, works from home). Her mother [[h|Parvin]] arrived on visitor visa.
Home: [[a|7 Jesmond Vale Terrace]], [[pl|Newcastle]] [[pc|NE2 1QD]].
Speaks {{Farsi}}; English fluent. History: anxiety, panic attacks. {{GAD-7}} 14. Under fetal medicine for small baby, growth scans weekly.
""", """
Birth notification / NBV
Baby [[h|Arya MORADI]], born [[d|2025-09-03]] at 36+4 by emergency {{LSCS}}, 2.21kg ({{2nd centile}}). Neonatal unit 5 days at [[hs|Royal Victoria Infirmary]] for feeding.
Home [[d|09/09]]. Feeding: expressed breast milk via bottle, {{Medela}} pump hired. 3-hourly. Weight 2.18kg today.
Mum very anxious about weight, writing every ml on an app. [[h|Babak]] supportive. Grandmother [[h|Parvin Rahimi]] cooking, speaks no English; {{Farsi}} interpreter booked next time.
Plan: weigh twice weekly; {{infant feeding team}} referral.
""", """
email [[d|22/09/2025]]
From: [[h|Babak Moradi]] <[[e|babak.moradi@example.com]]>
To: HV
Hi, [[h|Arya]] is now 2.6kg. [[h|Shirin]] is not sleeping even when the baby sleeps, she checks her breathing all night and says she cannot stop. I am worried. Can someone call? My number is [[ph|+44 (0)113 496 0532]].
Also my LinkedIn is [[u|https://www.example.com/in/babakmoradi]] if you need to check I am the father :)
""", """
Perinatal MH liaison [[d|29.09.25]]
Mum [[h|Shirin]] seen at home with HV [[p|J. Charlton]] and {{CPN}} [[p|Ruth Armstrong]]. Intrusive thoughts that the baby will stop breathing; checking. No thoughts of harming [[h|Arya]]. Diagnosis likely {{perinatal OCD}}. Started {{CBT}}; {{sertraline}} discussed (compatible with BF).
[[h|Parvin]] leaves [[d|Oct 2025]]; [[h|Babak]] taking {{paternity leave}}.
"""])
# 20 ----------------------------------------------------------- Hong Kong, Cantonese
household("Hong Kong, Cantonese, BN(O) (Solihull)", [
    ("mother", "Wong Ka Yan", ["Karen Wong"]),
    ("father", "Chan Chi Ming", ["Jason Chan"]),
    ("baby", "Chan Hoi Lam", ["Chloe Chan"]),
    ("grandparent", "Wong Mei Fong", []),
], ["""
NBV [[d|Mon 6 Oct]]
Mum [[h|Karen]] ([[h|Ka Yan]]), dad [[h|Jason]], baby [[h|Chloe]] ([[h|Hoi Lam]]), and maternal grandmother ({{Por Por}}) [[h|Wong Mei Fong]]. Moved from {{Hong Kong}} on the {{BN(O)}} visa [[d|March 2024]].
[[a|31 Blossomfield Road]], [[pl|Solihull]] [[pc|B91 1NG]].
Baby 3.3kg, mixed feeding ({{Aptamil}}). Grandmother following {{zuo yue zi}} (confinement month): mum not showering, windows shut, room 26C. Talked about overheating and {{safe sleep}} gently, grandmother agreed to open a window "a little".
Family speak {{Cantonese}}; dad's English fluent.
""", """
WhatsApp log
[[d|15/10]] 13:02 [[h|jason]]: Hi HV, [[h|Hoi Lam]] has yellow eyes still. 12 days old. Normal?
13:10 me: Is her poo pale or chalky? Please send a photo of the nappy against the {{poo colour chart}} in the {{red book}}.
13:25 [[h|jason]]: (photo) yellow poo
13:29 me: That's reassuring, but jaundice past 2 weeks needs a blood test. I'll ring [[hs|Solihull Hospital]] and call you back.
14:05 rang dad [[ph|07700 900 693]]: appt tomorrow 10am, {{prolonged jaundice}} clinic.
""", """
HV {{6-8 week}} review [[d|18.11.25]]
Baby [[h|CHAN Hoi Lam]] ([[h|Chloe]]). Jaundice resolved, bilirubin normal. Weight 4.8kg.
Mum [[h|Ka Yan]] tearful; misses her friends and work (she was a lawyer in [[pl|Kowloon]]). Her own qualifications not recognised. {{EPDS}} 13 (Chinese version). {{Por Por}} goes back [[d|Dec 2025]].
Dad [[h|Chan Chi Ming]] worries about his parents in HK and about family there being contacted by police about his social media.
Plan: {{Hong Kong}} welcome hub at [[hs|Shirley Library]]; GP for mum's mood; review [[d|2/12]].
""", """
Core notes - safeguarding advice call [[d|21/11/2025]]
Spoke to [[p|Gurpreet Sahota]] (named nurse).
Q: dad says he was followed near [[a|Blossomfield Road]] and someone posted his address on a forum; he gave me a screenshot link [[u|https://forum.example.net/t/88412]]. Is this a safeguarding issue for the baby?
Advice: yes, report to police ({{West Midlands Police}}) - transnational repression; agreed with dad he will ring {{101}}; incident ref [[r|WMP-20251121-0442]]. Not a child protection matter re parents' care.
Family aware; [[h|Karen]] anxious. Family name [[h|Wong]]/[[h|Chan]] not to be used on any letters to the house - send care of GP.
"""])

# 21 ----------------------------------------------------------- Kenyan, Kikuyu
household("Kenyan, Kikuyu (Slough)", [
    ("mother", "Wanjiru Kamau", []),
    ("father", "Kevin Mwangi", []),
    ("baby", "Njeri Mwangi", []),
    ("sibling", "Kamau Mwangi", []),
], ["""
NBV
Mum [[h|Wanjiru]] ([[h|Wanji]] to friends), dad [[h|Kevin Mwangi]], baby [[h|Njeri]] born [[d|4th Sept]] [[hs|Wexham Park Hospital]], and [[h|Kamau]] (4), named after his {{guka}}.
Dad works at the airport (baggage), mum a carer through an agency.
Address [[a|12 Stoke Poges Lane]], [[pl|Slough]] [[pc|SL1 3PB]]. Mob [[ph|07700 900 405]].
Baby 3.05kg, BF. Mum speaks {{Kikuyu}}, {{Swahili}} and English.
""", """
Chronology
[[d|04/09]] [[h|Njeri]] born
[[d|11/09]] NBV
[[d|02/10]] mum back at work (4 wks pp), baby cared for by neighbour Mrs [[p|Atieno]] - not registered childminder
[[d|03/10]] HV advised re {{private fostering}}? No - under 28 days a day, not PF. Discussed registered childcare
[[d|16/10]] [[h|Kamau]]'s nursery [[s|Chalvey Early Years Centre]]: he says "[[h|Njeri]] sleeps in the car"
[[d|17/10]] HV visit: baby left in car outside mum's work for 40 min while she did a handover
""", """
dictated strategy discussion note [[d|17 october 2025]] police ds [[p|pritchard]] social worker [[p|anya kaur]] hv self [[h|wanjiru kamau]] left baby [[h|njeri]] in car seat in the car on the [[a|bath road]] car park for 40 minutes mum says she had no one else and the neighbour was ill [[h|kevin]] was on a shift baby was warm and fine when found by a member of public decision single agency {{section 17}} assessment not {{section 47}} advice re {{neglect}} and childcare {{tax-free childcare}} [[h|kamau]] settled at nursery
""", """
Letter to mum
[[d|3 November 2025]]
Dear [[h|Wanjiru]] and [[h|Kevin]],
Thank you for meeting with me last week. As we discussed, I have put you in touch with the {{Family Information Service}} for childcare near [[a|Stoke Poges Lane]], and with {{Citizens Advice}} about {{Universal Credit}} childcare costs.
I will see [[h|Njeri]] for her weight at [[hs|Chalvey Family Hub]] on [[d|Weds 12th]] at 10:30.
Best wishes,
[[p|Oluwaseun Adebisi]]
Health Visitor, [[pl|Slough]] HV Team
"""])

# 22 ----------------------------------------------------------- Yemeni
household("Yemeni (Sheffield)", [
    ("mother", "Nada Al-Sanabani", []),
    ("father", "Fuad Saleh", []),
    ("baby", "Hoor Fuad", []),
    ("sibling", "Saleh Fuad", []),
], ["""
Antenatal contact. [[h|Nada]] 36/40, 3rd pregnancy (one loss). Husband [[h|Fuad Saleh]] runs a phone repair shop on [[a|London Road]], [[pl|Sheffield]]. Son [[h|Saleh]] (2) named after dad's father.
Home [[a|90 Abbeydale Road]], [[pl|Sheffield]] [[pc|S7 1FE]].
{{FGM}}: mum has Type I, recorded by midwife. {{FGM Information Sharing}} flag. Discussed law re daughters; dad said firmly "in our family no".
Interpreter {{Arabic}} ({{Yemeni}} dialect asked for).
""", """
NBV
Baby girl [[h|Hoor]] born [[d|03/12/25]] [[hs|Jessop Wing]], {{SVD}}. 3.6kg. BF.
[[h|Nada]] well. Dad [[h|Fuad]] at the shop. [[h|Saleh]] at home, speech good for 2 (Arabic).
Dad's family in [[pl|Sana'a]] asked when baby will "visit home". Discussed FGM safeguarding leaflet and the {{Statement Opposing FGM}} ("health passport") - mum took one for travel.
""", """
GP letter [[hs|Porter Brook Medical Centre]] [[d|14/01/2026]]
Re: [[h|Hoor FUAD]] DOB [[d|03.12.2025]] NHS <<nhs:run>>
Attended with father. Small red lump near umbilicus - {{umbilical granuloma}}, treated with salt. Weight 4.9 kg.
Father mentioned family travel to {{Yemen}} in summer for sister's wedding. In view of mother's FGM status, I have informed the HV and safeguarding lead [[p|Dr Siobhan Neary]] as per protocol. No indication of intent.
""", """
Supervision [[d|Feb 2026]] - [[h|Al-Sanabani]]/[[h|Saleh]] family
Case discussed with [[p|Maggie Roe]]. Risk of FGM on travel: low per my assessment - both parents oppose, mum talks openly, dad signed the Statement. But travel to Yemen also carries war risk. Agreed: no strategy meeting; HV to revisit with female interpreter, see mum alone, document views; inform school nurse for [[h|Saleh]] later.
Dad's shop number for contact: [[ph|0113 4960 274]] (he asked to use this not home).
"""])
# 23 ----------------------------------------------------------- Bosnian
household("Bosnian (Wakefield)", [
    ("mother", "Amra Hodžić", []),
    ("father", "Edin Hodžić", []),
    ("baby", "Lejla Hodžić", []),
    ("grandparent", "Fatima Mehmedović", []),
], ["""
HV 1 yr review, [[hs|Eastmoor Health Centre]]
[[h|Lejla Hodzic]] DOB [[d|27/11/2024]]. Mum [[h|Amra]] attended with her mother [[h|Fatima Mehmedovic]] ({{nena}}), who came to the UK as a refugee in the 1990s from {{Bosnia and Herzegovina}}.
Weight 8.6kg, {{25th centile}}. Walking with furniture. {{ASQ-3}} fine.
Dad [[h|Edin]] works away (scaffolder). Mum asked about {{Healthy Start}} - eligible, card applied for.
Lives [[a|3 Eastmoor Road]], [[pl|Wakefield]] [[pc|WF1 3RS]].
""", """
text from [[h|Amra]] [[d|Sat 13 Dec]] 19:48 (out of hours, seen Monday)
"sorry to text on weekend. [[h|edin]] came home drunk and broke the tv. [[h|Lejla]] was asleep. he left to his friend. me and mama ok. i will talk to you monday"
[[d|15/12]] 09:05 rang [[h|Amra]] [[ph|07700 900 533]], safe to talk. {{DASH}} 9, first incident she reports. Police not called. Discussed {{Clare's Law}}, safety plan. Consent to inform GP and {{Early Help}}.
""", """
EARLY HELP ASSESSMENT - SUMMARY
CHILD: [[h|LEJLA HODŽIĆ]]    DOB: [[d|27-NOV-2024]]
HOUSEHOLD: MOTHER [[h|AMRA HODZIC]], FATHER [[h|EDIN HODZIC]] (AWAY FOR WORK), GRANDMOTHER [[h|FATIMA MEHMEDOVIĆ]]
MOTHER NI: [[ni|NZ551806D]]
WORKER: [[p|PRIYA SONDH]]   [[pl|WAKEFIELD]] FAMILY HUB
STRENGTHS: WARM CARE OF [[h|LEJLA]], GRANDMOTHER SUPPORTIVE, MOTHER SEEKS HELP.
NEEDS: FATHER'S DRINKING, MONEY, MOTHER'S SLEEP. FATHER AGREES TO {{CHANGE GROW LIVE}} REFERRAL.
NEXT TAF: [[d|22/01/2026]]
""", """
TAF review minutes [[d|22/01/2026]] - [[hs|Wakefield Family Hub]]
Present: [[h|Amra]], [[h|Edin]], {{nena}} [[h|Fatima]], [[p|Priya Sondh]] (EH), HV [[p|M. Haigh]], [[p|Lee Fothergill]] (CGL).
[[h|Edin]] 4 weeks sober, attending group on Tuesdays. Says he is ashamed. [[h|Amra]] says home is calm. [[h|Lejla]] walking now, first words "mama", "baba" and "ne".
Plan: continue 6 more weeks, then close to universal HV. Grandmother's {{pension credit}} query passed to {{Citizens Advice}}.
"""])

# 24 ----------------------------------------------------------- Zambian
household("Zambian, Bemba (Chelmsford)", [
    ("mother", "Chanda Mulenga", []),
    ("father", "Mwila Bwalya", []),
    ("baby", "Natasha Bwalya", ["Tasha"]),
    ("sibling", "Chileshe Bwalya", []),
], ["""
NBV [[d|19 Jan 2026]]
[[h|Chanda]] (mum), [[h|Mwila]] (dad, PhD student at [[s|Anglia Ruskin University]]), [[h|Chileshe]] (6) and baby [[h|Natasha]] ("[[h|Tasha]]") born [[d|9 January]].
[[a|Flat 11, Riverside Court, 2 Victoria Road]], [[pl|Chelmsford]] [[pc|CM1 1NY]].
Baby 3.9kg. BF. Mum had {{pre-eclampsia}}, on {{labetalol}}, BP 138/88 today. Family from [[pl|Lusaka]], speak {{Bemba}} and English.
""", """
Phone call [[d|26/01]] with dad [[h|Mwila Bwalya]] on [[ph|(01632) 960 754]]
Mum has bad headache and sees flashing lights since this morning. BP at home 162/104 on their machine.
Advised: go to {{maternity triage}} now / ring {{999}} if worse - {{postnatal pre-eclampsia}} risk. Dad driving her to [[hs|Broomfield Hospital]]; baby going with them. [[h|Chileshe]] to neighbour.
16:20 triage confirmed mum admitted, {{magnesium sulphate}}.
""", """
[[hs|Broomfield Hospital]] Maternity - discharge summary to HV
Patient: [[h|Chanda MULENGA]]   DOB [[d|14/04/1992]]   NHS <<nhs:spaced>>
Admitted [[d|26/01/2026]] with postnatal pre-eclampsia (BP 168/110, protein +++). Mg sulphate 24h. Discharged [[d|30/01/2026]] on {{labetalol}} 200mg tds and {{amlodipine}} 5mg.
Baby [[h|Natasha Bwalya]] rooming in, BF maintained.
Please check BP daily for 2/52 with community midwife.
""", """
School nurse (drop-in) - [[s|Trinity Road Primary School]]
[[h|Chileshe BWALYA]], Y2. Teacher worried: [[h|Chileshe]] says "my mummy nearly died" and wants to phone home at lunch. Asks if babies can make mummies ill.
Spoke to him with his teacher Mr [[p|Adeleke]]. Explained simply. Gave a {{worry monster}}. Rang dad - mum home and well, on tablets. Dad will talk to [[h|Chileshe]] tonight; school to let him ring home once a day this week.
Recorded by: [[p|S. Okonjo]], School Nurse
"""])

# 25 ----------------------------------------------------------- Moroccan
household("Moroccan, Darija/Tamazight (Watford)", [
    ("mother", "Salma Benali", []),
    ("partner", "Youssef El Idrissi", []),
    ("baby", "Ilyas El Idrissi", []),
    ("other_adult", "Hakima Benali", []),
], ["""
NBV - [[a|47 Whippendell Road]], [[pl|Watford]] [[pc|WD18 7NB]]
Mum [[h|Salma]], partner [[h|Youssef]], baby [[h|Ilyas]] born [[d|11/03]] [[hs|Watford General Hospital]]. Mum's sister [[h|Hakima]] lives with them.
Baby 3.5kg, BF well. Tongue tie? No - good latch.
Mum's first language {{Darija}} ({{Moroccan Arabic}}); {{Tamazight}} with her mum. Good English. Mum does henna and wants to restart at home: discussed keeping baby away from chemicals.
""", """
hv dictated note [[d|thursday 20th march]] visited [[h|salma]] and baby [[h|ilyas]] [[h|hakima]] there too [[h|youssef]] out at work he drives for a delivery app mum said baby has had a cough for two days no fever feeding fine checked him he looks well advised {{calpol}} not needed under two months unless fever rang [[hs|vicarage road surgery]] for a check anyway {{ramadan}} started mum fasting while breastfeeding talked about fluids and {{suhoor}}
""", """
Email to HV from [[h|Hakima Benali]] <[[e|hakima.b@example.org]]>
[[d|2 April]]
Hello, I am [[h|Salma]]'s sister. I am worried because [[h|Youssef]] takes her phone and bank card and she is not allowed to see her friends. She told me not to tell anyone. Please don't say it was me. My number [[ph|07700 900 883]].
""", """
Supervision [[d|08/04]]
With [[p|Gill Sato]]. Aunt's email re partner controlling [[h|Salma]]: phone and money. Mum has not said anything to me; [[h|Youssef]] always answers the door.
Plan: next visit at {{baby clinic}} (clinic at [[hs|Holywell Family Centre]]) where I can see her alone and use {{Ask for ANI}} leaflet; {{Routine enquiry}} about DA. Do not disclose the source. Record on {{child's record}} only as third-party info.
"""])
# 26 ----------------------------------------------------------- Gambian, Mandinka
household("Gambian, Mandinka (Swansea)", [
    ("mother", "Isatou Jallow", []),
    ("father", "Lamin Ceesay", []),
    ("baby", "Fatoumatta Ceesay", ["Fatou"]),
    ("sibling", "Ebrima Ceesay", []),
], ["""
NBV [[d|Wed 4 Feb]]
[[h|Isatou]] (mum), [[h|Lamin]] (dad, nurse at [[hs|Morriston Hospital]]), [[h|Ebrima]] (4, [[s|Hafod Primary]] nursery), baby [[h|Fatoumatta]] ([[h|Fatou]]) born [[d|28/01]].
[[a|15 Neath Road]], [[pl|Swansea]] [[pc|SA1 2JY]].
{{Flying Start}} area. Baby 3.4kg BF. Mum speaks {{Mandinka}}, {{Wolof}} and English.
{{FGM}}: mum has Type II, known to midwife. Baby girl - {{FGM}} discussion done, parents against. {{Statement Opposing FGM}} given.
""", """
Flying Start HV visit [[d|18.02.26]]
Baby [[h|Fatou]] 4.1kg. Mum asked about her {{mbaamaa}} (grandmother) visiting from [[pl|Serrekunda]] in summer to help.
[[h|Ebrima]] speech: clear in {{Mandinka}}, few English words; nursery not worried. Referred to Flying Start {{language and play}} group.
Dad [[h|Lamin]] asked to be texted not called during shifts: [[ph|07700 900 168]].
""", """
dictated [[d|march 2026]] no punctuation visit to [[h|isatou jallow]] at home baby [[h|fatoumatta]] eight weeks imms done at [[hs|st thomas surgery]] mum well {{EPDS}} 5 [[h|lamin]] on nights [[h|ebrima]] at nursery mum says family in {{the gambia}} are asking when the baby will come home for naming and she is worried about her aunts and cutting discussed again that {{FGM}} is illegal for UK girls abroad too and she can show the {{health passport}} mum wants to be seen alone next time so her husband doesnt feel accused
""", """
Letter to GP, [[hs|St Thomas Surgery]], [[pl|Swansea]]
[[d|12 March 2026]]
Re: [[h|Fatoumatta CEESAY]], DOB [[d|28.01.2026]], NHS <<nhs:dash>>
Dear Dr [[p|Griffiths]],
For information: mother ([[h|Isatou Jallow]]) has FGM Type II. Family plan travel to {{The Gambia}} in [[d|July 2026]]. Both parents clearly oppose FGM. No strategy meeting needed per our discussion with named nurse [[p|Eirlys Vaughan]]; please add FGM risk indicator to [[h|Fatoumatta]]'s record.
Yours sincerely,
[[p|Nia Protheroe]], Health Visitor (Flying Start)
"""])

# 27 ----------------------------------------------------------- English, word names
household("English, word names (Barnsley)", [
    ("mother", "Hope Marsh", []),
    ("partner", "Blaze Cooper", []),
    ("baby", "Storm Cooper", []),
    ("sibling", "Forest Marsh", []),
], ["""
NBV [[d|2nd Nov]]. Home [[a|9 Pogmoor Road]], [[pl|Barnsley]] [[pc|S75 2DS]].
Mum [[h|Hope]], partner [[h|Blaze]], baby [[h|Storm]] (5 days), [[h|Forest]] (3). [[h|Hope]] says they named the baby after the {{storm}} the night she went into labour.
[[h|Forest]] goes to {{forest school}} at [[s|Little Oaks Nursery]] on Fridays.
Baby BF, 3.3kg. Mum says "I {{hope}} he sleeps better than [[h|Forest]] did". [[h|Blaze]] working at the garage, car [[v|YD16 MJU]].
""", """
Texts
[[d|8/11]] 23:40 [[h|blaze]]: [[h|storm]] wont stop crying and [[h|hope]] is in bits
23:45 me (read next morning)
[[d|9/11]] 08:30 me: Sorry I missed this, texts aren't monitored at night - for urgent help ring {{111}}. How is everyone?
08:52 [[h|blaze]]: better. [[h|hope]] slept 4 hrs. [[h|forest]] woke us at 6 lol. {{hope}} u can come today
09:00 me: 11am ok. {{Colic}} info to follow.
""", """
Supervision [[d|20/11]] with [[p|Jackie Senior]]
[[h|Marsh]]/[[h|Cooper]]. Worry: [[h|Blaze]] has a fire-setting conviction as a teen (a {{blaze}} at his school, he told me himself). Now 26, no further offences. Supervisor: recorded history, no current risk indicators; don't let the name make me jumpy. Mum [[h|Hope Marsh]] {{EPDS}} 7. [[h|Storm Cooper]] gaining well, {{50th centile}}.
""", """
CHRONOLOGY  [[h|COOPER]], [[h|Storm]]
[[d|28/10/25]]   Born [[hs|Barnsley Hospital]]
[[d|02/11/25]]   NBV
[[d|09/11/25]]   night texts, crying baby, {{colic}}
[[d|24/11/25]]   [[h|Forest]] to A&E, hand burn from oven door - treated, explanation consistent. No concerns
[[d|05/12/25]]   6-8 wk review: all well; {{Bookstart}} pack given. Calm after the {{storm}}, mum says
"""])
# 28 ----------------------------------------------------------- English, word names
household("English, word names (Grimsby)", [
    ("mother", "Honey Fletcher", []),
    ("father", "Dustin Miller", ["Dusty"]),
    ("baby", "Bear Miller", []),
    ("sibling", "Brook Fletcher", []),
], ["""
HV visit [[d|14/01]] - [[a|61 Freeman Street]], [[pl|Grimsby]] [[pc|DN32 7AB]]
[[h|Honey]] (mum), [[h|Dusty]] (dad), baby [[h|Bear]] (7 wks), [[h|Brook]] (6).
Saw {{honey}} on baby's dummy - explained no {{honey}} under 1 ({{infant botulism}}). Mum shocked, her nan always did it.
House {{dusty}}, dad sands furniture in the back room. [[h|Bear]]'s cot in the same room. Advised moving it.
[[h|Brook]] at [[s|Welholme Academy]], Y1.
""", """
dictated no punctuation [[d|tuesday 27th january]] visit [[h|honey]] and [[h|bear]] at home [[h|dusty]] asleep on the sofa after a night shift at the docks mum says there is no {{money}} till the twelfth she has been feeding [[h|bear]] watered down formula to make the tin last explained this is dangerous gave {{Healthy Start}} application and food bank voucher [[h|brook]] had a {{teddy bear}} from school for the weekend and was showing it to the baby weight 4.6 kg dropped from {{50th}} to {{25th centile}}
""", """
Email
From: [[e|hv.eastmarsh@example.org]]
To: [[e|schoolnurse.welholme@example.org]] (school nurse [[p|Tara Wilkins]])
Date: [[d|29.01.2026]]
Re: [[h|Brook FLETCHER]] Y1
Hi [[p|Tara]], for info the family are struggling financially (baby [[h|Bear Miller]] on diluted feeds, now stopped). [[h|Brook]] may be hungry - is he on free school meals? Dad [[h|Dustin]]'s number [[ph|07700 900 471]]. Thanks
""", """
Child in Need review [[d|Feb 2026]]
Present: [[h|Honey Fletcher]], [[h|Dustin Miller]], SW [[p|Kelly Brocklesby]], HV.
[[h|Bear]] back on the {{50th centile}}. Formula now full strength. Mum got {{Household Support Fund}} (dad's NI [[ni|PW 12 58 93 C]] used on the form) and {{Healthy Start}}.
[[h|Dusty]] has moved his sanding to the garage. House less {{dusty}}. [[h|Brook]] getting free school meals and breakfast club.
Mum: "We can {{bear}} it now we've got help." Plan: close CIN at next review if stable.
"""])

# 29 ----------------------------------------------------------- English, word names
household("English, word names (Hastings)", [
    ("mother", "Sky Baker", []),
    ("partner", "Cash Turner", []),
    ("baby", "Wren Turner", []),
    ("grandparent", "Pearl Baker", []),
], ["""
NBV [[d|03/06]] at [[a|Flat 5, 22 Marine Parade]], [[pl|Hastings]] [[pc|TN34 3AL]]
Mum [[h|Sky]] (19), partner [[h|Cash]] (22), baby [[h|Wren]] born [[hs|Conquest Hospital]] [[d|28/05]]. Nan [[h|Pearl]] upstairs.
{{FNP}} client. Baby 3.0kg. Bottle fed ({{SMA}}). Couple say they have no {{cash}} for formula till Friday; {{Sky}} TV and phone contracts eating their money.
[[h|Cash]] on tag for a shoplifting offence, curfew 7pm-7am.
""", """
FNP visit [[d|Weds 18th June]], family nurse [[p|Rosie Wakeham]]
We did the {{PIPE}} session on baby cues. [[h|Sky]] noticed [[h|Wren]] turning away when overstimulated. Lovely. She said the {{sky}} was so blue they'd gone to the beach; [[h|Wren]] in the pram under a parasol.
[[h|Pearl]] helps at night. [[h|Cash]] looking for work; insta [[hd|cashturnerdesigns]] for his tattoo art.
Contraception: {{Nexplanon}} fitted.
""", """
Handover email to [[p|Ellie]] (cover)
- [[h|Baker]]/[[h|Turner]]: [[h|Sky]]'s mum [[h|Pearl Baker]] is the protective factor, she's 71, had a fall [[d|12/07]]
- [[h|cash]] said he'd "sort out" a neighbour who called [[h|Wren]] ugly - police aware, ref [[r|SXP-0712-4471]]
- check [[h|wren]]'s weight: 4.1kg on [[d|10/07]]
- mum's new number [[ph|07700 900 374]]
""", """
[[hs|Conquest Hospital]] ED safeguarding liaison [[d|02/08/2025]]
Attendance: [[h|Pearl BAKER]], 71, fall at home, # wrist. Lives upstairs from granddaughter [[h|Sky Baker]] and great-granddaughter [[h|Wren Turner]] (9 wks). Said she is the one who does the night feeds and worries who will now.
Referral to HV for info; {{ASC}} referral for Mrs [[h|Baker]]'s own care.
Liaison nurse [[p|D. Hollobone]]
"""])

# 30 ----------------------------------------------------------- English, word names
household("English, word names (Mansfield)", [
    ("mother", "Amber Stone", []),
    ("partner", "Reece Bishop", []),
    ("baby", "Rain Bishop", []),
    ("sibling", "Ocean Stone", []),
    ("grandparent", "Sandy Stone", []),
], ["""
NBV [[d|10/10]] - [[a|29 Ladybrook Lane]], [[pl|Mansfield]] [[pc|NG18 5JH]]
Mum [[h|Amber]], partner [[h|Reece]], baby [[h|Rain]] (10 days), [[h|Ocean]] (4, [[s|Ladybrook Primary]] nursery), mum's mum [[h|Sandy]] visiting daily.
[[h|Rain]] wearing an {{amber teething necklace}} - advised removal ({{strangulation}} and choking risk). Mum took it off, said "it's my name, it was a gift".
Damp and mould in bedroom after the {{rain}} came through the roof; landlord informed. Baby 3.4kg.
""", """
Texts w [[h|amber]]
[[d|13/10]] 10:01 [[h|amber]]: the mould is back and [[h|rain]] is coughing
10:04 me: please send photos, I'll write to the landlord and environmental health. Any breathing difficulty ring {{999}}.
10:30 [[h|amber]]: [[h|sandy]] says come stay at hers on [[a|Oakleaf Close]]
10:32 me: Good idea for now. Let me know the address for visits.
""", """
Letter
[[d|20 October 2025]]
Dear Mr [[p|Raynor]] (landlord),
Re: [[a|29 Ladybrook Lane]], [[pl|Mansfield]]
I am the health visitor for the family living at this address, which includes a newborn baby. I have seen black mould in the bedroom and water coming in through the ceiling. Following the death of {{Awaab Ishak}}, please note damp and mould is a serious risk to children's health. Please contact me on [[ph|01632 960 618]].
Yours sincerely,
[[p|Jenna Whitworth]], Health Visitor
""", """
Supervision [[d|04.11]]
Family ([[h|Stone]]/[[h|Bishop]]) now at grandmother [[h|Sandy Stone]]'s, [[a|7 Oakleaf Close]]; six people in a 2-bed. [[h|Ocean]] sleeping with nan. [[h|Reece]] stayed at his mum's.
Baby [[h|Rain Bishop]] seen by GP for {{bronchiolitis}}, recovered.
Reflection: the {{ocean}} of housing issues feels bigger than my role. Action: {{Shelter}} advice line; Environmental health visit booked [[d|Thurs 13th]].
"""])
# === END OF DATA ===


# ---------------------------------------------------------------- rendering

TOKEN = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\{\{(.*?)\}\}|<<nhs:(\w+)>>", re.S)


def nhs_number(rng):
    while True:
        digits = [9, 9, 9] + [rng.randrange(10) for _ in range(6)]
        total = sum(d * (10 - i) for i, d in enumerate(digits))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        return "".join(map(str, digits + [check]))


def fmt_nhs(n, fmt):
    a, b, c = n[:3], n[3:6], n[6:]
    return {"spaced": f"{a} {b} {c}", "run": n, "dash": f"{a}-{b}-{c}",
            "dot": f"{a}.{b}.{c}"}[fmt]


def render(markup, rng):
    out, labels, keeps = [], [], []
    pos = 0  # characters
    last = 0
    for m in TOKEN.finditer(markup):
        plain = markup[last:m.start()]
        assert "[[" not in plain and "{{" not in plain and "]]" not in plain \
            and "}}" not in plain and "<<" not in plain, plain
        out.append(plain)
        pos += len(plain)
        if m.group(1) is not None:
            kind, text = KINDS[m.group(1)], m.group(2)
            labels.append((pos, pos + len(text), kind))
        elif m.group(3) is not None:
            text = m.group(3)
            keeps.append((pos, pos + len(text)))
        else:
            text = fmt_nhs(nhs_number(rng), m.group(4))
            labels.append((pos, pos + len(text), "nhs_number"))
        out.append(text)
        pos += len(text)
        last = m.end()
    tail = markup[last:]
    assert "[[" not in tail and "{{" not in tail and "<<" not in tail, tail
    out.append(tail)
    text = "".join(out)
    # char offsets -> UTF-8 byte offsets
    def b(i):
        return len(text[:i].encode("utf-8"))
    idents = [{"start": b(s), "end": b(e), "kind": k, "text": text[s:e]}
              for s, e, k in labels]
    keep = [text[s:e] for s, e in keeps]
    return text, idents, keep, keeps


def build():
    rng = random.Random(SEED)
    rows, keep_spans = [], []
    n = 0
    for background, members, notes in HOUSEHOLDS:
        hh = [{"role": r, "name": nm, "aliases": list(al)} for r, nm, al in members]
        for note in notes:
            n += 1
            text, idents, keep, ks = render(note.strip("\n"), rng)
            rows.append({"id": f"v{n:03d}", "text": text, "household": hh,
                         "identifiers": idents, "keep": keep})
            keep_spans.append(ks)
    return rows, keep_spans


# ---------------------------------------------------------------- checking

SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
           "ß": "ss", "ı": "i"}


def strip(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


WORD = re.compile(r"[^\W\d_]+")


def name_words(hh):
    words = set()
    for m in hh:
        for nm in [m["name"]] + m["aliases"]:
            for w in WORD.findall(strip(nm)):
                words.add(w)
    return words


def edit1(a, b):
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


def mod11_ok(d):
    if len(d) != 10:
        return False
    total = sum(int(x) * (10 - i) for i, x in enumerate(d[:9]))
    c = 11 - total % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


PC_AREAS = set("""AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE
DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L
LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE
SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO
ZE""".split())
PC = re.compile(r"^([A-Z]{1,2})[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
NI = re.compile(r"^([A-Z])([A-Z]) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-D])$")
DRAMA = ("07700900", "01632960", "02079460", "01134960")
EXAMPLE = re.compile(r"example\.(com|org|net)", re.I)


def check(rows, keep_spans=None):
    errs, warns = [], []
    if len(rows) != 120:
        errs.append(f"{len(rows)} rows, want 120")
    for i, row in enumerate(rows):
        rid = f"v{i + 1:03d}"
        if list(row) != ["id", "text", "household", "identifiers", "keep"]:
            errs.append(f"{rid}: fields {list(row)}")
        if row["id"] != rid:
            errs.append(f"{row['id']}: want id {rid}")
        if i % 4 and row["household"] != rows[i - 1]["household"]:
            errs.append(f"{rid}: household differs within its group of four")
        if i % 4 == 0 and i and row["household"] == rows[i - 1]["household"]:
            errs.append(f"{rid}: same household as the group before")
        for m in row["household"]:
            if list(m) != ["role", "name", "aliases"] or m["role"] not in ROLES:
                errs.append(f"{rid}: bad member {m}")
        text = row["text"]
        raw = text.encode("utf-8")
        prev_end = -1
        covered = []
        for lab in row["identifiers"]:
            s, e, k, t = lab["start"], lab["end"], lab["kind"], lab["text"]
            if list(lab) != ["start", "end", "kind", "text"]:
                errs.append(f"{rid}: label fields {list(lab)}")
            if k not in KINDS.values():
                errs.append(f"{rid}: kind {k}")
            try:
                got = raw[s:e].decode("utf-8")
                cs = len(raw[:s].decode("utf-8"))
            except UnicodeDecodeError:
                errs.append(f"{rid}: span {s}-{e} not on char boundary")
                continue
            if got != t or not t or t != t.strip() or "\n" in t or "[" in t:
                errs.append(f"{rid}: span {s}-{e} is {got!r}, label says {t!r}")
            if s < prev_end:
                errs.append(f"{rid}: labels overlap or out of order at {t!r}")
            prev_end = e
            covered.append((cs, cs + len(t)))
            digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", t))
            if k == "nhs_number" and not mod11_ok(digits):
                errs.append(f"{rid}: NHS number {t!r} fails modulus 11")
            if k == "phone":
                d = digits
                if t.lstrip().startswith("+44"):
                    d = digits[2:]
                    d = d if d.startswith("0") else "0" + d
                if not 6 <= len(digits) <= 15:
                    errs.append(f"{rid}: phone {t!r} has {len(digits)} digits")
                if len(d) >= 10 and not d.startswith(DRAMA):
                    errs.append(f"{rid}: phone {t!r} not in Ofcom drama ranges")
                if len(d) < 10 and not (d.startswith("4960") or d.startswith("960")):
                    errs.append(f"{rid}: local phone {t!r} not a drama number")
                for j in range(len(d) - 9):
                    if mod11_ok(d[j:j + 10]):
                        errs.append(f"{rid}: phone {t!r} holds a valid NHS number")
            if k == "ni_number":
                mm = NI.match(t.upper())
                if not mm or mm.group(1) in "DFIQUV" or mm.group(2) in "DFIQUVO" \
                        or mm.group(1) + mm.group(2) in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                    errs.append(f"{rid}: NI number {t!r} breaks HMRC rules")
            if k == "postcode":
                norm = re.sub(r"[\s\-]+", " ", t.upper())
                mm = PC.match(norm)
                if not mm or mm.group(1) not in PC_AREAS:
                    errs.append(f"{rid}: postcode {t!r}")
            if k in ("email", "url") and not EXAMPLE.search(t.replace(" dot ", ".")):
                errs.append(f"{rid}: {k} {t!r} not on an example domain")
        # text outside labels
        def outside(a, b):
            return all(b <= x or a >= y for x, y in covered)
        # keep entries: occurrences as whole words outside labels
        need = Counter(row["keep"])
        keep_occ = []
        for kw, cnt in need.items():
            pat = re.compile(r"(?<!\w)" + re.escape(kw) + r"(?!\w)")
            occ = [(m.start(), m.end()) for m in pat.finditer(text) if outside(m.start(), m.end())]
            keep_occ += occ
            if len(occ) < cnt:
                errs.append(f"{rid}: keep {kw!r} listed {cnt}x, found {len(occ)}x outside labels")
        if keep_spans is not None:
            keep_occ = keep_spans[i]
        # household-name lint
        words = name_words(row["household"])
        long_words = {w for w in words if len(w) >= 5}
        for m in WORD.finditer(text):
            a, b = m.start(), m.end()
            if not outside(a, b):
                continue
            w = strip(m.group())
            in_keep = any(x <= a and b <= y for x, y in keep_occ)
            if in_keep:
                continue
            if w in words:
                errs.append(f"{rid}: household word {m.group()!r} at {a} neither labelled nor kept")
            elif any(edit1(w, n) for n in long_words):
                errs.append(f"{rid}: near-miss {m.group()!r} at {a} of a household name")
            elif m.group()[0].isupper() and len(w) >= 3 and any(
                    n.startswith(w) and n != w for n in words):
                warns.append(f"{rid}: capitalised {m.group()!r} could be a short form")
    return errs, warns


def stats(rows):
    kinds = Counter(l["kind"] for r in rows for l in r["identifiers"])
    roles = Counter(m["role"] for r in rows[::4] for m in r["household"])
    print("kind counts:")
    for k, v in kinds.most_common():
        print(f"  {k:15} {v}")
    print(f"  {'total':15} {sum(kinds.values())}")
    print("roles (members):")
    for k, v in roles.most_common():
        print(f"  {k:15} {v}")
    keeps = [k for r in rows for k in r["keep"]]
    print(f"keep entries {len(keeps)}, distinct {len(set(keeps))}")
    hl = [l["text"] for r in rows for l in r["identifiers"] if l["kind"] == "household"]
    print(f"household labels: {len(hl)}, lower case {sum(t == t.lower() for t in hl)}, "
          f"multi-word {sum(' ' in t for t in hl)}")


def main():
    if "--check" in sys.argv:
        rows = [json.loads(l) for l in OUT.read_text(encoding="utf-8").splitlines()]
        spans = None
    else:
        rows, spans = build()
        with OUT.open("w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errs, warns = check(rows, spans)
    for w in warns:
        print("warning:", w)
    for e in errs:
        print("ERROR:", e)
    if "--stats" in sys.argv:
        stats(rows)
    n = sum(len(r["identifiers"]) for r in rows)
    print(f"{len(rows)} notes, {n} labels, {len(errs)} errors, {len(warns)} warnings")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
