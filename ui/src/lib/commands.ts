// Generated from the commands in src-tauri/src/commands.rs by src-tauri/tests/bindings.rs.
// Do not edit: change the command, then run
// UPDATE_BINDINGS=1 cargo test -p doorstep-app --test bindings

import { invoke } from '@tauri-apps/api/core';
import type { ActionDue, AnswerState, AppInfo, ClosedReason, Closure, DayPlan, Decisions, Entry, EscalationCard, FormOptions, Household, HouseholdSummary, HouseholdView, Member, Progress, Reflection, ReflectionView, SafeSleepView, Settings, SetupInfo, ShareReview, ShareState, SyncStatus, Visit, VisitPrep, VisitRecord, VisitStatus } from './bindings';

/** Every command of the app, typed by its Rust signature; a failed one rejects with an
 * `AppError`. */
export const commands = {
  appInfo: () => invoke<AppInfo>('app_info'),
  setupInfo: () => invoke<SetupInfo>('setup_info'),
  createStore: (args: { passphrase: string }) => invoke<boolean>('create_store', args),
  unlock: (args: { passphrase: string }) => invoke<void>('unlock', args),
  changePassphrase: (args: { current: string; new: string }) => invoke<void>('change_passphrase', args),
  startAgain: () => invoke<void>('start_again'),
  setEraseAfterFailures: (args: { on: boolean }) => invoke<boolean>('set_erase_after_failures', args),
  lock: () => invoke<boolean>('lock'),
  touch: () => invoke<boolean>('touch'),
  listHouseholds: (args: { search: string | null }) => invoke<Array<HouseholdSummary>>('list_households', args),
  formOptions: () => invoke<FormOptions>('form_options'),
  blankHousehold: () => invoke<Household>('blank_household'),
  blankMember: () => invoke<Member>('blank_member'),
  getHousehold: (args: { id: string }) => invoke<Household>('get_household', args),
  saveHousehold: (args: { household: Household }) => invoke<Household>('save_household', args),
  deleteHousehold: (args: { id: string }) => invoke<void>('delete_household', args),
  closeHousehold: (args: { id: string; reason: ClosedReason }) => invoke<Closure>('close_household', args),
  reopenHousehold: (args: { id: string }) => invoke<void>('reopen_household', args),
  householdView: (args: { id: string }) => invoke<HouseholdView>('household_view', args),
  chronology: (args: { id: string }) => invoke<Array<Entry>>('chronology', args),
  prepareVisit: (args: { householdId: string }) => invoke<VisitPrep>('prepare_visit', args),
  planVisit: (args: { householdId: string; date: string; time: string | null }) => invoke<Visit>('plan_visit', args),
  visitDidNotHappen: (args: { visitId: string; status: VisitStatus }) => invoke<Visit>('visit_did_not_happen', args),
  dayPlan: () => invoke<DayPlan>('day_plan'),
  setAnswer: (args: { visitId: string; promptId: string; answer: AnswerState; note: string }) => invoke<Progress>('set_answer', args),
  getVisit: (args: { id: string }) => invoke<Visit>('get_visit', args),
  visitRecord: (args: { id: string }) => invoke<VisitRecord>('visit_record', args),
  saveVisit: (args: { visit: Visit }) => invoke<Visit>('save_visit', args),
  safeSleepCard: (args: { householdId: string | null }) => invoke<SafeSleepView>('safe_sleep_card', args),
  escalationCard: () => invoke<EscalationCard>('escalation_card'),
  reflectionForVisit: (args: { householdId: string; visitId: string | null }) => invoke<ReflectionView>('reflection_for_visit', args),
  getReflection: (args: { id: string }) => invoke<ReflectionView>('get_reflection', args),
  saveReflection: (args: { reflection: Reflection }) => invoke<Reflection>('save_reflection', args),
  setCaseLink: (args: { householdId: string; on: boolean }) => invoke<void>('set_case_link', args),
  newCaseKey: (args: { householdId: string }) => invoke<void>('new_case_key', args),
  openActions: (args: { householdId: string | null }) => invoke<Array<ActionDue>>('open_actions', args),
  actionDone: (args: { reflectionId: string; actionId: string; done: boolean }) => invoke<void>('action_done', args),
  getSettings: () => invoke<Settings>('get_settings'),
  setDisplayName: (args: { name: string }) => invoke<string | null>('set_display_name', args),
  setRetentionDays: (args: { days: number }) => invoke<number>('set_retention_days', args),
  setAutoLock: (args: { minutes: number }) => invoke<number>('set_auto_lock', args),
  syncStatus: () => invoke<SyncStatus>('sync_status'),
  syncNow: () => invoke<void>('sync_now'),
  enrolDevice: (args: { serverUrl: string; code: string; label: string }) => invoke<string>('enrol_device', args),
  leaveTeam: () => invoke<void>('leave_team'),
  shareReview: (args: { reflectionId: string; decisions: Decisions }) => invoke<ShareReview>('share_review', args),
  shareConfirm: (args: { reflectionId: string; decisions: Decisions }) => invoke<ShareReview>('share_confirm', args),
  shareState: (args: { reflectionId: string }) => invoke<ShareState | null>('share_state', args),
};
