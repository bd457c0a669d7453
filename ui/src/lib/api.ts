// The app's commands as the screens call them, over the wrappers generated from the commands'
// Rust signatures (commands.ts): a renamed command or argument fails the type check here.

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { commands } from './commands';
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
  if (e && typeof e === 'object' && 'code' in e && typeof (e as AppError).code === 'string') {
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
  appInfo: () => commands.appInfo(),
  setupInfo: () => commands.setupInfo(),
  /** Resolves to true when the new store is bound to the device's keychain. */
  createStore: (passphrase: string) => commands.createStore({ passphrase }),
  /** Five random words, offered at set-up where the device has no keychain. */
  suggestPassphrase: () => commands.suggestPassphrase(),
  changePassphrase: (current: string, next: string) => commands.changePassphrase({ current, new: next }),
  startAgain: () => commands.startAgain(),
  setEraseAfterFailures: (on: boolean) => commands.setEraseAfterFailures({ on }),
  unlock: (passphrase: string) => commands.unlock({ passphrase }),
  lock: () => commands.lock(),
  touch: () => commands.touch(),
  listHouseholds: (search: string | null) => commands.listHouseholds({ search }),
  /** The forms' choices: they come with the build, so they are asked for once and kept. */
  formOptions: (): Promise<FormOptions> =>
    (formOptionsOnce ??= commands.formOptions().catch((e: unknown) => {
      formOptionsOnce = null;
      throw e;
    })),
  blankHousehold: () => commands.blankHousehold(),
  blankMember: () => commands.blankMember(),
  getHousehold: (id: string) => commands.getHousehold({ id }),
  saveHousehold: (household: Household) => commands.saveHousehold({ household }),
  deleteHousehold: (id: string) => commands.deleteHousehold({ id }),
  householdView: (id: string) => commands.householdView({ id }),
  chronology: (id: string) => commands.chronology({ id }),
  closeHousehold: (id: string, reason: ClosedReason) => commands.closeHousehold({ id, reason }),
  reopenHousehold: (id: string) => commands.reopenHousehold({ id }),
  prepareVisit: (householdId: string) => commands.prepareVisit({ householdId }),
  planVisit: (householdId: string, date: string, time: string | null) =>
    commands.planVisit({ householdId, date, time }),
  visitDidNotHappen: (visitId: string, status: VisitStatus) => commands.visitDidNotHappen({ visitId, status }),
  /** Takes a "did not happen" back: planned again for the day it was planned for. */
  undoDidNotHappen: (visitId: string, plannedFor: string) => commands.undoDidNotHappen({ visitId, plannedFor }),
  dayPlan: () => commands.dayPlan(),
  setAnswer: (visitId: string, promptId: string, answer: AnswerState, note: string) =>
    commands.setAnswer({ visitId, promptId, answer, note }),
  getVisit: (id: string) => commands.getVisit({ id }),
  visitRecord: (id: string) => commands.visitRecord({ id }),
  saveVisit: (visit: Visit) => commands.saveVisit({ visit }),
  safeSleepCard: (householdId: string | null) => commands.safeSleepCard({ householdId }),
  escalationCard: () => commands.escalationCard(),
  reflectionForVisit: (householdId: string, visitId: string | null) =>
    commands.reflectionForVisit({ householdId, visitId }),
  getReflection: (id: string) => commands.getReflection({ id }),
  saveReflection: (reflection: Reflection) => commands.saveReflection({ reflection }),
  /** Links a family's shared reflections over time, or not. */
  setCaseLink: (householdId: string, on: boolean) => commands.setCaseLink({ householdId, on }),
  /** Starts a new case key for a family. */
  newCaseKey: (householdId: string) => commands.newCaseKey({ householdId }),
  /** The actions not yet done: every family's, or one family's. */
  openActions: (householdId: string | null) => commands.openActions({ householdId }),
  actionDone: (reflectionId: string, actionId: string, done: boolean) =>
    commands.actionDone({ reflectionId, actionId, done }),
  getSettings: () => commands.getSettings(),
  setAutoLock: (minutes: number) => commands.setAutoLock({ minutes }),
  setRetentionDays: (days: number) => commands.setRetentionDays({ days }),
  /** True while a closed family's erase has not yet reached the data file (retried at lock). */
  erasePending: () => commands.erasePending(),
  setDisplayName: (name: string) => commands.setDisplayName({ name }),
  /** The app is about to lock because its window was hidden: save what is being typed. */
  onBeforeLock: (f: () => void): Promise<UnlistenFn> => listen('doorstep://before-lock', () => f()),
  /** The app locked itself: `reason` is "idle" or "hidden". */
  onLocked: (f: (reason: string) => void): Promise<UnlistenFn> =>
    listen<string>('doorstep://locked', (e) => f(e.payload)),
  syncStatus: () => commands.syncStatus(),
  syncNow: () => commands.syncNow(),
  enrolDevice: (serverUrl: string, code: string, label: string) =>
    commands.enrolDevice({ serverUrl, code, label }),
  leaveTeam: () => commands.leaveTeam(),
  shareReview: (reflectionId: string, decisions: Decisions) => commands.shareReview({ reflectionId, decisions }),
  shareConfirm: (reflectionId: string, decisions: Decisions) => commands.shareConfirm({ reflectionId, decisions }),
  shareState: (reflectionId: string) => commands.shareState({ reflectionId }),
  onSync: (f: (replies: number) => void): Promise<UnlistenFn> =>
    listen<number>('doorstep://sync', (e) => f(e.payload)),
};
