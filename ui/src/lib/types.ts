// The shapes the Rust core returns (serde), kept by hand in step with src/ and src-tauri/.

export type Role =
  | 'mother'
  | 'father'
  | 'partner'
  | 'baby'
  | 'sibling'
  | 'grandparent'
  | 'other_adult'
  | 'other_child';
export type Residence = 'lives_here' | 'visits';
export type VisitKind = 'new_birth' | 'routine' | 'unannounced' | 'other';
export type VisitStatus = 'planned' | 'done' | 'no_access';
export type AnswerState = 'open' | 'answered' | 'not_known';
export type ReflectionStatus = 'draft' | 'ready' | 'shared';

export interface AppInfo {
  app_version: string;
  content_version: string;
  content_hash: string;
  schema_version: number;
  store_exists: boolean;
  unlocked: boolean;
  strength_rule: string;
  auto_lock_minutes: number;
}

export interface HouseholdSummary {
  id: string;
  display_name: string;
  members: number;
  visits_done: number;
  outstanding: string[];
  last_visit: string | null;
  updated_at: string;
}

export interface Member {
  id: string;
  name: string;
  aliases: string[];
  role: Role;
  dob: string | null;
  approx_age_years: number | null;
  residence: Residence;
  caring_role: boolean;
  notes: string;
  added_at: string;
}

export interface Household {
  id: string;
  display_name: string;
  flags: string[];
  members: Member[];
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface Unknown {
  kind: string;
  member_id: string | null;
  visits: number;
  text: string;
  short: string;
}

export interface Answer {
  prompt_id: string;
  state: AnswerState;
  note: string;
}

export interface Visit {
  id: string;
  household_id: string;
  date: string;
  kind: VisitKind;
  status: VisitStatus;
  present: string[];
  seen: string[];
  sleep_space_seen: boolean | null;
  older_children_spoken_to: boolean | null;
  answers: Answer[];
  notes: string;
  content_hash: string;
  created_at: string;
  updated_at: string;
}

export interface Reflection {
  id: string;
  household_id: string;
  visit_id: string | null;
  sections: Record<string, string>;
  themes: string[];
  status: ReflectionStatus;
  content_hash: string;
  /** The reflection template's version it was written with. */
  template_version: string;
  /** Answers to the template's structured questions, by question id. */
  choices: Record<string, string>;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface ReflectionView {
  reflection: Reflection;
  /** Sections added to the template after it was written: never asked of it. */
  not_asked: string[];
}

export interface HouseholdView {
  household: Household;
  conditions: [string, string][];
  unknowns: Unknown[];
  visits: Visit[];
  reflections: Reflection[];
  planned_visit: string | null;
}

export interface CarriedForward {
  visits: number;
  since: string;
  badge: string;
}

export interface ListedPrompt {
  id: string;
  theme: string;
  text: string;
  why: string[];
  carried_forward: CarriedForward | null;
  urgency: number;
  /** The reason to show beside it. */
  reason: string;
  source: string;
}

export interface PromptGroup {
  theme: string;
  title: string;
  summary: string;
  prompts: ListedPrompt[];
}

export interface PromptList {
  content_hash: string;
  most_important: ListedPrompt[];
  groups: PromptGroup[];
  unknowns: Unknown[];
  total: number;
  carried: number;
}

export interface Progress {
  answered: number;
  not_known: number;
  open: number;
  total: number;
}

export interface VisitPrep {
  visit: Visit;
  list: PromptList;
  progress: Progress;
}

export interface CardItem {
  id: string;
  kind: 'advice' | 'risk';
  heading: string;
  text: string;
  why: string[];
  source: string;
}

export interface SafeSleepView {
  title: string;
  tailored: boolean;
  advice: CardItem[];
  raised: CardItem[];
  folded: CardItem[];
}

export interface Contact {
  id: string;
  label: string;
  name: string;
  phone: string | null;
  hours: string | null;
  note: string | null;
}

export interface EscalationCard {
  title: string;
  intro: string;
  set_up: boolean;
  area: string;
  procedures: string;
  reviewed_by: string;
  reviewed_on: string;
  steps: { id: string; heading: string; text: string; contacts: Contact[]; source: string }[];
  /** Why the team's contacts file could not be used, if it could not. */
  problem: string | null;
}

export interface Choice {
  id: string;
  label: string;
}

export interface SectionChoice {
  id: string;
  question: string;
  options: Choice[];
}

export interface Section {
  id: string;
  heading: string;
  prompt: string;
  themes: string[];
  sources: string[];
  since: string;
  choice: SectionChoice | null;
}

export interface FormOptions {
  roles: Choice[];
  visit_kinds: Choice[];
  flag_groups: { group: string; flags: Choice[] }[];
  themes: Choice[];
  reflection: { title: string; version: string; sections: Section[] };
}

export interface Settings {
  auto_lock_minutes: number;
  server: string | null;
}

export interface AppError {
  code: string;
  message: string;
}

export interface SyncStatus {
  enrolled: boolean;
  server_url: string | null;
  queued: number;
  sent: number;
  rejected: number;
  syncing: boolean;
  /** When the last sync succeeded (RFC 3339), or null if never. */
  last_success_at: string | null;
  last_error: string | null;
  unread_replies: number;
}

export interface Segment {
  text: string;
  redaction: number | null;
  manual: boolean;
  active: boolean;
  replacement: string | null;
}

export interface ReviewItem {
  index: number;
  original: string;
  kind: string;
  replacement: string;
  reason: string;
  undoable: boolean;
  undone: boolean;
}

export interface ShareReview {
  reflection_id: string;
  segments: Segment[];
  redactions: ReviewItem[];
  preview: string;
  week: string;
  themes: string[];
  content_version: string;
}

export interface Decisions {
  undo: number[];
  redact: { start: number; end: number }[];
}

export interface ShareState {
  state: 'queued' | 'sent' | 'rejected';
  reason: string | null;
  text: string;
  replies: { text: string; at: string; read: boolean }[];
}
