// Typed calls to the app's commands. Every command is one call into the Rust core.

import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { get } from 'svelte/store';
import { _ } from 'svelte-i18n';
import { t } from './i18n';
import { errorText } from './words';
import type {
  AnswerState,
  AppError,
  AppInfo,
  ClosedReason,
  Closure,
  EscalationCard,
  FormOptions,
  Household,
  HouseholdSummary,
  HouseholdView,
  Member,
  Progress,
  Reflection,
  ReflectionView,
  SafeSleepView,
  Settings,
  SetupInfo,
  ShareReview,
  ShareState,
  SyncStatus,
  Decisions,
  DayPlan,
  Visit,
  VisitPrep,
  VisitRecord,
  VisitStatus,
} from './types';

/**
 * The app's info as it was when the window opened, put on the page by the back end before any
 * script runs (so the first screen needs no round trip). Null when absent or not an AppInfo.
 */
export function bootInfo(): AppInfo | null {
  const boot = (globalThis as { __DOORSTEP_BOOT__?: unknown }).__DOORSTEP_BOOT__;
  if (boot && typeof boot === 'object' && 'store_exists' in boot && 'unlocked' in boot) {
    return boot as AppInfo;
  }
  return null;
}

let formOptionsOnce: Promise<FormOptions> | null = null;

/** The words to show for an error from a command (or anything else thrown), in the language in
 * use where the catalogue has them (lib/words.ts). */
export function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e && typeof (e as AppError).message === 'string') {
    return errorText(get(_), e as AppError, bootInfo()?.strength_rule);
  }
  if (typeof e === 'string') return e;
  return t('common.wentWrong');
}

/** Seconds to wait before the next unlock may be tried, if the error says so. */
export function errorWait(e: unknown): number {
  if (e && typeof e === 'object' && typeof (e as AppError).wait_seconds === 'number') {
    return (e as AppError).wait_seconds ?? 0;
  }
  return 0;
}

/** The stable code of an error from a command, or "unknown". */
export function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as AppError).code === 'string') {
    return (e as AppError).code;
  }
  return 'unknown';
}

export const api = {
  appInfo: () => invoke<AppInfo>('app_info'),
  setupInfo: () => invoke<SetupInfo>('setup_info'),
  /** Resolves to true when the new store is bound to the device's keychain. */
  createStore: (passphrase: string) => invoke<boolean>('create_store', { passphrase }),
  changePassphrase: (current: string, next: string) =>
    invoke<void>('change_passphrase', { current, new: next }),
  startAgain: () => invoke<void>('start_again'),
  setEraseAfterFailures: (on: boolean) => invoke<boolean>('set_erase_after_failures', { on }),
  unlock: (passphrase: string) => invoke<void>('unlock', { passphrase }),
  lock: () => invoke<boolean>('lock'),
  touch: () => invoke<boolean>('touch'),
  listHouseholds: (search: string | null) =>
    invoke<HouseholdSummary[]>('list_households', { search }),
  /** The forms' choices: they come with the build, so they are asked for once and kept. */
  formOptions: (): Promise<FormOptions> =>
    (formOptionsOnce ??= invoke<FormOptions>('form_options').catch((e: unknown) => {
      formOptionsOnce = null;
      throw e;
    })),
  blankHousehold: () => invoke<Household>('blank_household'),
  blankMember: () => invoke<Member>('blank_member'),
  getHousehold: (id: string) => invoke<Household>('get_household', { id }),
  saveHousehold: (household: Household) => invoke<Household>('save_household', { household }),
  deleteHousehold: (id: string) => invoke<void>('delete_household', { id }),
  householdView: (id: string) => invoke<HouseholdView>('household_view', { id }),
  closeHousehold: (id: string, reason: ClosedReason) =>
    invoke<Closure>('close_household', { id, reason }),
  reopenHousehold: (id: string) => invoke<void>('reopen_household', { id }),
  prepareVisit: (householdId: string) => invoke<VisitPrep>('prepare_visit', { householdId }),
  planVisit: (householdId: string, date: string, time: string | null) =>
    invoke<Visit>('plan_visit', { householdId, date, time }),
  visitDidNotHappen: (visitId: string, status: VisitStatus) =>
    invoke<Visit>('visit_did_not_happen', { visitId, status }),
  dayPlan: () => invoke<DayPlan>('day_plan'),
  setAnswer: (visitId: string, promptId: string, answer: AnswerState, note: string) =>
    invoke<Progress>('set_answer', { visitId, promptId, answer, note }),
  getVisit: (id: string) => invoke<Visit>('get_visit', { id }),
  visitRecord: (id: string) => invoke<VisitRecord>('visit_record', { id }),
  saveVisit: (visit: Visit) => invoke<Visit>('save_visit', { visit }),
  safeSleepCard: (householdId: string | null) =>
    invoke<SafeSleepView>('safe_sleep_card', { householdId }),
  escalationCard: () => invoke<EscalationCard>('escalation_card'),
  reflectionForVisit: (householdId: string, visitId: string | null) =>
    invoke<ReflectionView>('reflection_for_visit', { householdId, visitId }),
  getReflection: (id: string) => invoke<ReflectionView>('get_reflection', { id }),
  saveReflection: (reflection: Reflection) =>
    invoke<Reflection>('save_reflection', { reflection }),
  getSettings: () => invoke<Settings>('get_settings'),
  setAutoLock: (minutes: number) => invoke<number>('set_auto_lock', { minutes }),
  setRetentionDays: (days: number) => invoke<number>('set_retention_days', { days }),
  setDisplayName: (name: string) => invoke<string | null>('set_display_name', { name }),
  /** The app is about to lock because its window was hidden: save what is being typed. */
  onBeforeLock: (f: () => void): Promise<UnlistenFn> => listen('doorstep://before-lock', () => f()),
  /** The app locked itself: `reason` is "idle" or "hidden". */
  onLocked: (f: (reason: string) => void): Promise<UnlistenFn> =>
    listen<string>('doorstep://locked', (e) => f(e.payload)),
  syncStatus: () => invoke<SyncStatus>('sync_status'),
  syncNow: () => invoke<void>('sync_now'),
  enrolDevice: (serverUrl: string, code: string, label: string) =>
    invoke<string>('enrol_device', { serverUrl, code, label }),
  leaveTeam: () => invoke<void>('leave_team'),
  shareReview: (reflectionId: string, decisions: Decisions) =>
    invoke<ShareReview>('share_review', { reflectionId, decisions }),
  shareConfirm: (reflectionId: string, decisions: Decisions) =>
    invoke<ShareReview>('share_confirm', { reflectionId, decisions }),
  shareState: (reflectionId: string) => invoke<ShareState | null>('share_state', { reflectionId }),
  onSync: (f: (replies: number) => void): Promise<UnlistenFn> =>
    listen<number>('doorstep://sync', (e) => f(e.payload)),
};
