// Generated from the Rust types by src-tauri/tests/bindings.rs (ts-rs). Do not edit:
// change the Rust type, then run
// UPDATE_BINDINGS=1 cargo test -p doorstep-app --test bindings

export type AppInfo = { app_version: string, content_version: string, content_hash: string, 
/**
 * When the content was last reviewed against its sources (the oldest pack's review).
 */
content_reviewed_on: string | null, 
/**
 * How many of the content's sources were read at the source itself at their last check,
 * and how many there are (the rest were read from copies, or not read: `content check`
 * lists them).
 */
sources_read_at_source: number, sources: number, schema_version: number, store_exists: boolean, unlocked: boolean, 
/**
 * The passphrase rule's numbers (the UI words it).
 */
strength_rule: StrengthRule, auto_lock_minutes: number, };

export type ErrorFacts = { 
/**
 * The catalogue's `error.<code>`.
 */
code: string, 
/**
 * What exactly is wrong, under the code: `error.<code>.<detail>`.
 */
detail?: string, 
/**
 * The numbers the detail's words use (a length limit is `max`; a range is `min` to `max`).
 */
min?: number, max?: number, 
/**
 * Seconds before the next try (after too many wrong tries).
 */
wait_seconds?: number, 
/**
 * Tries left before the data on this device is erased.
 */
tries_left?: number, 
/**
 * Why a passphrase is too weak: `weak.<weakness>` in the catalogue.
 */
weakness?: string, 
/**
 * The cause in English where it is technical (damaged data, a file, the database, a key) or
 * another system's own words (a team server's refusal): shown after the app's words, for
 * the IT lead.
 */
cause?: string, };

export type AppError = ErrorFacts;

export type Settings = { auto_lock_minutes: number, 
/**
 * Whether `erase_at` wrong unlocks in a row erase the data on this device (on by default).
 */
erase_after_failures: boolean, 
/**
 * Wrong tries in a row that erase the data (when the erase is on).
 */
erase_at: number, 
/**
 * Wrong tries in a row after which each try waits, longer each time.
 */
wait_from: number, 
/**
 * Days a closed family stays on this device before it is erased.
 */
retention_days: number, 
/**
 * The retention periods that may be chosen, in days.
 */
retention_min: number, retention_max: number, 
/**
 * The practitioner's name sent with what they share, for supervision (optional).
 */
display_name: string | null, };

export type SetupInfo = { 
/**
 * Whether the device has a keychain (without one, the rule asks for a longer passphrase).
 */
keychain: boolean, 
/**
 * Wrong tries in a row that erase the data on this device (when the erase is on).
 */
erase_at: number, };

export type Role = "mother" | "father" | "partner" | "baby" | "sibling" | "grandparent" | "other_adult" | "other_child";

export type Residence = "lives_here" | "visits";

export type Member = { id: string, name: string, aliases: Array<string>, role: Role, 
/**
 * Date of birth, when known.
 */
dob: string | null, 
/**
 * Approximate age in years when the date of birth is not known.
 */
approx_age_years: number | null, residence: Residence, 
/**
 * Cares for the baby (looks after the baby alone at times).
 */
caring_role: boolean, 
/**
 * The baby's gestation at birth in completed weeks, when recorded.
 */
gestation_weeks: number | null, 
/**
 * The baby's birth weight and its centile line, when recorded.
 */
birth_weight: Weight | null, notes: string, 
/**
 * When the member was added to the record; visits before it do not count them as unseen.
 */
added_at: string, };

export type Household = { id: string, 
/**
 * How the practitioner names the family on this device (e.g. a surname, or a code).
 */
display_name: string, 
/**
 * Vulnerability factors and circumstances: ids of `flag` conditions in the content pack.
 */
flags: Array<string>, members: Array<Member>, notes: string, created_at: string, updated_at: string, };

export type ClosedReason = "moved_away" | "case_closed";

export type Closure = { on: string, reason: ClosedReason, 
/**
 * The first day on which the family is erased (at the next unlock on or after it).
 */
erase_on: string, };

export type HouseholdSummary = { id: string, display_name: string, members: number, visits_done: number, 
/**
 * What is still unknown from earlier visits ("Partner not seen ×3"), longest first.
 */
outstanding: Array<Gap>, last_visit: string | null, updated_at: string, 
/**
 * Set when the family is closed: when, why, and the day it is erased from this device.
 */
closed: Closure | null, };

export type Unknown = { 
/**
 * `member_not_seen`, `sleep_space_not_seen`, `older_children_not_spoken_to` or
 * `visits_did_not_happen`.
 */
kind: string, member_id: string | null, 
/**
 * The member's role and name (`member_not_seen` only).
 */
role: Role | null, name: string | null, 
/**
 * Never seen at any past visit ("not yet seen").
 */
never: boolean, 
/**
 * How many visits in a row.
 */
visits: number, };

export type Gap = { kind: string, role: Role | null, visits: number, };

export type StrengthRule = { pin_digits: number, passphrase_chars: number, 
/**
 * When the device has no keychain.
 */
standalone_chars: number, };

export type Label = { text: string, cy: string | null, };

export type VisitKind = "new_birth" | "routine" | "unannounced" | "other";

export type VisitStatus = "planned" | "done" | "no_access" | "cancelled" | "not_brought";

export type AnswerState = "open" | "answered" | "not_known";

export type Answer = { prompt_id: string, state: AnswerState, note: string, };

export type Visit = { id: string, household_id: string, date: string, 
/**
 * The planned time of day ("14:30"), if one was given.
 */
time: string | null, kind: VisitKind, status: VisitStatus, 
/**
 * Members in the home during the visit.
 */
present: Array<string>, 
/**
 * Members the practitioner actually saw.
 */
seen: Array<string>, 
/**
 * `None` until recorded.
 */
sleep_space_seen: boolean | null, 
/**
 * `None` until recorded, or where there are no older children.
 */
older_children_spoken_to: boolean | null, 
/**
 * Whether the mother was seen on her own; `None` until recorded.
 */
mother_seen_alone: SeenAlone | null, 
/**
 * Why not, when she was not (or could not be).
 */
seen_alone_why: string, 
/**
 * What was seen of each baby.
 */
babies: Array<BabyCheck>, 
/**
 * The prompts on the list for this visit and where each stands.
 */
answers: Array<Answer>, notes: string, 
/**
 * The content hash of the prompts this visit answered.
 */
content_hash: string, created_at: string, updated_at: string, };

export type Mobility = "not_yet_rolling" | "rolling" | "crawling" | "pulling_to_stand" | "walking";

export type SeenAlone = "yes" | "no" | "not_possible";

export type InjuryKind = "bruise" | "mark" | "burn" | "torn_frenulum" | "petechiae" | "other";

export type Injury = { kind: InjuryKind, 
/**
 * Where on the body ("left cheek").
 */
site: string, 
/**
 * The explanation given, in the words used.
 */
explanation: string, 
/**
 * Who gave it ("mother").
 */
explained_by: string, 
/**
 * What the practitioner did.
 */
action: string, };

export type BabyCheck = { 
/**
 * The baby on the family's record.
 */
member_id: string, mobility: Mobility | null, weight: Weight | null, injuries: Array<Injury>, };

export type Centile = "below_0.4" | "0.4" | "2" | "9" | "25" | "50" | "75" | "91" | "98" | "99.6" | "above_99.6";

export type Weight = { grams: number, centile: Centile | null, };

export type Because = { kind: string, args: { [key in string]: string }, };

export type MobilityState = "mobile" | "not_mobile" | "assumed_not_mobile" | "unknown";

export type BabyFacts = { member_id: string, name: string, 
/**
 * Whole weeks and months since birth, when the date of birth is known.
 */
age_weeks: number | null, age_months: number | null, 
/**
 * For a baby born before 37 weeks: whole weeks and months of corrected age.
 */
corrected_weeks: number | null, corrected_months: number | null, gestation_weeks: number | null, mobility: MobilityState, 
/**
 * The mobility last recorded, and when.
 */
mobility_recorded: [Mobility, string] | null, 
/**
 * What shows the mobility state.
 */
mobility_because: Because, };

export type EntryKind = "visit" | "injury" | "growth" | "people" | "flag" | "reflection" | "action";

export type Entry = { date: string, kind: EntryKind, words: Because, labels: Array<Label>, 
/**
 * A concern the record shows (a weight that fell, an injury, a visit missed): marked.
 */
concern: boolean, 
/**
 * The visit it belongs to, if any (for a visit's text for the record).
 */
visit_id: string | null, };

export type Progress = { answered: number, not_known: number, open: number, total: number, };

export type VisitRecord = { visit: Visit, household: Household, 
/**
 * The family has children other than the baby: the screen asks whether they were heard.
 */
older_children: boolean, 
/**
 * A mother is on the record: the screen asks whether she was seen on her own.
 */
mother: boolean, 
/**
 * What the record shows of each baby before this visit (age, mobility): an injury on a
 * baby not known to be mobile asks for action today.
 */
babies: Array<BabyFacts>, 
/**
 * The ways of moving that count as mobile (`Mobility::is_mobile`), so that the screen
 * applies the core's rule to what is chosen on it instead of keeping its own copy.
 */
mobile: Array<Mobility>, };

export type Theme = "a" | "b" | "c" | "d" | "e" | "f" | "safe-sleep";

export type ReflectionStatus = "draft" | "ready" | "shared";

export type Reflection = { id: string, household_id: string, visit_id: string | null, 
/**
 * Text per template section id.
 */
sections: { [key in string]: string }, 
/**
 * The learning themes the practitioner tagged.
 */
themes: Array<Theme>, status: ReflectionStatus, 
/**
 * The content hash of the template it answered.
 */
content_hash: string, 
/**
 * The reflection template's version it was written with: sections added since were never
 * asked of it ([`Reflection::not_asked`]).
 */
template_version: string, 
/**
 * Answers to the template's structured questions, by question id (option ids).
 */
choices: { [key in string]: string }, 
/**
 * What must happen next (the template's action list).
 */
actions: Array<Action>, created_at: string, updated_at: string, 
/**
 * Bumped by every save; lets a save that lost a race be detected.
 */
revision: number, };

export type Action = { id: string, what: string, who: string, due: string | null, 
/**
 * The day it was marked done (it then leaves the home screen).
 */
done_on: string | null, };

export type OpenAction = { reflection_id: string, household_id: string, 
/**
 * The family's name on this device (never sent).
 */
family: string, action: Action, };

export type CaseLink = { 
/**
 * Its reflections are sent with the family's case key.
 */
linked: boolean, 
/**
 * A key has been made (a reflection was shared while linked).
 */
has_key: boolean, };

export type ActionDue = { overdue: boolean, reflection_id: string, household_id: string, 
/**
 * The family's name on this device (never sent).
 */
family: string, action: Action, };

export type ReflectionView = { reflection: Reflection, not_asked: Array<string>, };

export type HouseholdView = { household: Household, 
/**
 * The conditions that hold today (flags and derived), as (id, label, what in the record
 * shows it: empty for a flag only ticked).
 */
conditions: Array<[string, Label, Array<Because>]>, 
/**
 * Each baby's age, corrected age and mobility, worked out from the record.
 */
babies: Array<BabyFacts>, 
/**
 * What is still unknown from earlier visits, longest first.
 */
unknowns: Array<Unknown>, 
/**
 * Visits, newest first.
 */
visits: Array<Visit>, 
/**
 * The last three past visits, newest first, with what changed at each.
 */
recent: Array<RecentVisit>, 
/**
 * Reflections, newest first.
 */
reflections: Array<Reflection>, 
/**
 * The visit being prepared, if there is one.
 */
planned_visit: string | null, 
/**
 * Set when the family is closed: when, why, and the day it is erased from this device.
 */
closed: Closure | null, 
/**
 * Whether its shared reflections are linked for supervision (its case key).
 */
case: CaseLink, };

export type CarriedForward = { 
/**
 * How many visits in a row it was on the list and not answered.
 */
visits: number, 
/**
 * The date of the first of those visits.
 */
since: string, };

export type ListedPrompt = { id: string, theme: Theme, text: string, 
/**
 * Welsh text of the prompt, if the pack has it.
 */
cy: { [key in string]: string }, 
/**
 * Why it is on the list: the labels of the conditions that hold for it ("Every visit" in
 * English when it is asked at every visit; see `every_visit`).
 */
why: Array<Label>, 
/**
 * Asked at every visit (no condition): the UI says so in the language in use.
 */
every_visit: boolean, 
/**
 * What in this family's record raised it ("3 visits missed since 2 September"): the UI
 * words each from its kind.
 */
facts: Array<Because>, 
/**
 * Raised by this family's record: a condition, a combination, or a question unknown for
 * `boost_after` visits. Ranked above every question asked of every family.
 */
raised: boolean, 
/**
 * Concerns seen together (combinations.toml): ranked first of all.
 */
combination: boolean, carried_forward: CarriedForward | null, 
/**
 * How urgent today: the prompt's priority (1 most), one step more when it has been unknown
 * for the content's `boost_after` visits or more.
 */
urgency: number, 
/**
 * The citations of the sources its facts rest on.
 */
source: string, 
/**
 * The escalation card's step it may lead to today: the prompt offers a way to it.
 */
step: string | null, };

export type PromptGroup = { theme: Theme, title: string, summary: string, 
/**
 * Welsh of the title and summary, if the pack has it.
 */
cy: { [key in string]: string }, prompts: Array<ListedPrompt>, };

export type PromptList = { content_hash: string, 
/**
 * The few "most important today", chosen by the content's rule; not repeated in `groups`.
 */
most_important: Array<ListedPrompt>, 
/**
 * The rest, by theme.
 */
groups: Array<PromptGroup>, unknowns: Array<Unknown>, 
/**
 * How many prompts in all (the most important included).
 */
total: number, 
/**
 * How many of them are carried forward.
 */
carried: number, };

export type VisitPrep = { visit: Visit, list: PromptList, progress: Progress, };

export type DayPlan = { today: string, visits: Array<PlannedVisit>, };

export type RecentVisit = { visit_id: string, date: string, status: VisitStatus, 
/**
 * What changed since the visit before that happened; empty when nothing did.
 * `first_visit` when there was none before.
 */
changes: Array<Change>, };

export type Change = { 
/**
 * `first_visit`, `new_on_record`, `seen_first_time`, `seen_again`, `not_seen_this_time`,
 * `sleep_space_seen`, `sleep_space_not_seen`, `older_children_spoken_to` or
 * `older_children_not_spoken_to`.
 */
kind: string, 
/**
 * The member it is about, for the kinds about a member.
 */
role: Role | null, name: string | null, };

export type PlannedVisit = { visit_id: string, household_id: string, display_name: string, date: string, 
/**
 * "14:30", or `None` when no time was given.
 */
time: string | null, kind: VisitKind, 
/**
 * What is still unknown from earlier visits ("Partner not seen ×3"), longest first.
 */
outstanding: Array<Gap>, };

export type ItemKind = "advice" | "risk";

export type CardItemView = { id: string, kind: ItemKind, heading: string, text: string, 
/**
 * Welsh of the heading and text, if the pack has it.
 */
cy: { [key in string]: string }, 
/**
 * Why it is raised for this family (empty unless raised).
 */
why: Array<Label>, 
/**
 * The citations of its sources.
 */
source: string, };

export type SafeSleepView = { title: string, cy: { [key in string]: string }, 
/**
 * True when tailored to a family.
 */
tailored: boolean, 
/**
 * What applies to this family most: advice and risks whose conditions hold, in card order
 * (advice first).
 */
raised: Array<CardItemView>, 
/**
 * The rest of the core advice: always shown.
 */
advice: Array<CardItemView>, 
/**
 * Risk messages that do not apply to this family (or all of them, untailored): on the card,
 * folded.
 */
folded: Array<CardItemView>, };

export type Contact = { id: string, 
/**
 * What the contact is ("Children's social care front door (MASH)").
 */
label: string, name: string, phone: string | null, hours: string | null, note: string | null, cy: { [key in string]: string }, };

export type StepView = { id: string, heading: string, text: string, 
/**
 * Welsh of the heading and text, if the pack has it.
 */
cy: { [key in string]: string }, contacts: Array<Contact>, 
/**
 * A number the step itself says to call (999), first on the card as a call button.
 */
call: string | null, source: string, };

export type Nation = "england" | "wales";

export type EscalationView = { title: string, intro: string, 
/**
 * Welsh of the title and intro, if the pack has it.
 */
cy: { [key in string]: string }, 
/**
 * False while the team's local pack is the example: the card says so.
 */
set_up: boolean, 
/**
 * The nation whose procedures the steps follow (the local pack's).
 */
nation: Nation, area: string, procedures: string, 
/**
 * Welsh of the area and procedures, if the local pack has it.
 */
local_cy: { [key in string]: string }, reviewed_by: string, reviewed_on: string, steps: Array<StepView>, };

export type EscalationCard = { 
/**
 * Why the team's local pack beside the store was not used, in words.
 */
problem: string | null, title: string, intro: string, 
/**
 * Welsh of the title and intro, if the pack has it.
 */
cy: { [key in string]: string }, 
/**
 * False while the team's local pack is the example: the card says so.
 */
set_up: boolean, 
/**
 * The nation whose procedures the steps follow (the local pack's).
 */
nation: Nation, area: string, procedures: string, 
/**
 * Welsh of the area and procedures, if the local pack has it.
 */
local_cy: { [key in string]: string }, reviewed_by: string, reviewed_on: string, steps: Array<StepView>, };

export type Choice = { id: string, label: string, };

export type ThemeChoice = { id: Theme, label: string, 
/**
 * The heading in Welsh, if the pack has it.
 */
cy: string | null, };

export type FlagOption = { id: string, label: string, cy: { [key in string]: string }, };

export type FlagGroup = { group: string, 
/**
 * The group's name in Welsh, if the pack has it.
 */
cy: string | null, flags: Array<FlagOption>, };

export type ChoiceOption = { id: string, label: string, cy: { [key in string]: string }, 
/**
 * The escalation card's step this answer opens; an answer with a step also asks for an
 * action before the reflection can be marked done.
 */
step: string | null, 
/**
 * Where this answer puts a reflection in the supervisors' queue: 4 and 3 first, then 2;
 * 2 or more counts as urgent ([`URGENT`]).
 */
urgency: number, };

export type SectionChoice = { id: string, question: string, cy: { [key in string]: string }, options: Array<ChoiceOption>, };

export type Section = { id: string, heading: string, prompt: string, cy: { [key in string]: string }, themes: Array<Theme>, sources: Array<string>, 
/**
 * The template version that first asked it.
 */
since: string, choice: SectionChoice | null, 
/**
 * This section holds the reflection's action list (what, who, by when).
 */
actions: boolean, 
/**
 * This section starts from who the visit record says was present, seen and not seen
 * (written in, editable), so that the practitioner is not asked again what the record
 * already knows.
 */
people: boolean, };

export type ReflectionTemplate = { title: string, 
/**
 * The template's own version (reflection.toml), kept on every reflection written with it.
 */
version: string, cy: { [key in string]: string }, sections: Array<Section>, };

export type FormOptions = { roles: Array<Choice>, 
/**
 * The roles of children other than the baby (the UI asks about school and nursery for them).
 */
older_child_roles: Array<string>, visit_kinds: Array<Choice>, flag_groups: Array<FlagGroup>, themes: Array<ThemeChoice>, reflection: ReflectionTemplate, };

export type SyncStatus = { enrolled: boolean, server_url: string | null, queued: number, sent: number, rejected: number, syncing: boolean, 
/**
 * When the last sync succeeded (RFC 3339), or `None` if never; the UI says it in words.
 */
last_success_at: string | null, 
/**
 * The last error in words (English), with what to do.
 */
last_error: string | null, 
/**
 * Its code, for the app to word in the language in use (`sync.error.<code>`).
 */
last_error_code: string | null, unread_replies: number, 
/**
 * Where the oldest unread reply is, so the sync line can open it; `None` when all are read.
 */
unread_reply_at: ReplyAt | null, };

export type ReplyAt = { household_id: string, reflection_id: string, };

export type Kind = "person" | "nhs_number" | "ni_number" | "postcode" | "phone" | "email" | "url" | "handle" | "date" | "address" | "vehicle" | "school" | "health_service" | "reference" | "place";

export type Rule = "household_name" | "household_alias" | "shared_by_household" | "household_nickname" | "household_part" | "household_close_spelling" | "household_short_form" | "after_title" | "after_relation" | "before_role" | "known_forename" | "forename_as_name" | "word_as_name" | "not_an_english_word" | "known_surname" | "initial_and_surname" | "possessive_name" | "forename_lower_case" | "before_surname" | "possessive_forename" | "town" | "nhs_after_word" | "nhs_check_digit" | "ni_number" | "ni_after_word" | "uk_phone" | "phone_shape" | "phone_after_word" | "postcode" | "house_and_street" | "flat_number" | "named_street" | "email" | "web_address" | "handle" | "platform_name" | "date" | "vehicle" | "reference" | "school" | "health_service" | "venue" | "practitioner";

export type Segment = { text: string, 
/**
 * Index into the automatic redactions, when it is one.
 */
redaction: number | null, 
/**
 * Redacted by the practitioner.
 */
manual: boolean, 
/**
 * Whether it will be replaced (false for an undone redaction).
 */
active: boolean, replacement: string | null, };

export type ReviewItem = { index: number, original: string, kind: Kind, replacement: string, 
/**
 * The rule that matched: the review words it in the language in use.
 */
rule: Rule, undoable: boolean, undone: boolean, };

export type ShareReview = { reflection_id: string, segments: Array<Segment>, redactions: Array<ReviewItem>, preview: string, week: string, themes: Array<string>, content_version: string, 
/**
 * The practitioner's name sent with it (Settings), if they gave one.
 */
author: string | null, 
/**
 * What the team is learning, sent with it: the signals that held ([`SentSignal`]).
 */
signals: Array<SentSignal>, 
/**
 * Sent as ids and dates, apart from the text: the answer to "safe tonight?", the decision,
 * and the due dates of the actions not yet done (their words go only in the text above).
 */
judgement: string | null, decision: string | null, actions_due: Array<string>, 
/**
 * Sent linked to the family's earlier shared reflections (its random case key), so that
 * supervision sees the case over time; off on the family's page.
 */
linked: boolean, };

export type SentSignal = { id: string, label: Label, };

export type Selection = { start: number, end: number, };

export type Decisions = { 
/**
 * Indices (into the automatic redactions) to undo.
 */
undo: Array<number>, 
/**
 * More text to redact.
 */
redact: Array<Selection>, };

export type OutboxState = "queued" | "sent" | "rejected";

export type Reply = { text: string, at: string, read: boolean, 
/**
 * The supervisor who wrote it, as the server names them (empty from older servers).
 */
author: string, 
/**
 * The supervisor edited it after sending it (this is the latest version).
 */
edited: boolean, 
/**
 * The supervisor withdrew it (the text is then empty).
 */
withdrawn: boolean, };

export type ShareState = { state: OutboxState, reason: string | null, 
/**
 * The anonymised text that was (or will be) sent.
 */
text: string, replies: Array<Reply>, };
