//! The app's commands: each is one call into a use-case of `doorstep::service`, inside the app
//! state's session wrapper, with errors as facts for the UI to word ([`AppError`]). Nothing here
//! decides anything; `tests/architecture.rs` checks that a command calls nothing else.
//!
//! Commands that touch the store, derive a key or anonymise run on a blocking thread
//! ([`blocking`]), so the UI never waits on them.

use std::time::SystemTime;

use chrono::Local;
use doorstep::service::{self, types::*};
use tauri::{AppHandle, Manager, Runtime, State};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::AppError;
use crate::state::AppState;

type Result<T> = std::result::Result<T, AppError>;

fn content() -> &'static Content {
    service::content()
}

fn today() -> chrono::NaiveDate {
    Local::now().date_naive()
}

/// Runs `f` with the app's state on a blocking thread.
async fn blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    f: impl FnOnce(&AppState) -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>()))
        .await
        .map_err(|_| AppError::internal())?
}

/// The app's info now (also handed to the page before its first script runs; see `run`).
pub fn info_of(state: &AppState) -> AppInfo {
    service::session::info(
        state.device(),
        state.is_unlocked(),
        state.auto_lock_minutes(),
    )
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    info_of(&state)
}

#[tauri::command]
pub async fn setup_info<R: Runtime>(app: AppHandle<R>) -> Result<SetupInfo> {
    blocking(app, |s| Ok(service::session::setup(s.device()))).await
}

/// Five random words for a device without a keychain (set-up offers them).
#[tauri::command]
pub async fn suggest_passphrase<R: Runtime>(app: AppHandle<R>) -> Result<String> {
    blocking(app, |_| Ok(service::session::suggest_passphrase()?)).await
}

/// Whether the new store is bound to the device's keychain.
#[tauri::command]
pub async fn create_store<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<bool> {
    // The passphrase is wiped from memory once used.
    let passphrase = Zeroizing::new(passphrase);
    blocking(app, move |s| {
        s.session(|d, slot| service::session::create(d, slot, &passphrase))
    })
    .await
}

#[tauri::command]
pub async fn unlock<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<()> {
    let passphrase = Zeroizing::new(passphrase);
    blocking(app, move |s| {
        s.session(|d, slot| service::session::unlock(d, slot, &passphrase, SystemTime::now()))
    })
    .await
}

#[tauri::command]
pub async fn change_passphrase<R: Runtime>(
    app: AppHandle<R>,
    current: String,
    new: String,
) -> Result<()> {
    let (current, new) = (Zeroizing::new(current), Zeroizing::new(new));
    blocking(app, move |s| {
        s.session(|d, slot| {
            service::session::change_passphrase(d, slot, &current, &new, SystemTime::now())
        })
    })
    .await
}

#[tauri::command]
pub async fn start_again<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    blocking(app, |s| {
        s.session(|d, slot| service::session::start_again(d, slot))
    })
    .await
}

#[tauri::command]
pub async fn set_erase_after_failures<R: Runtime>(app: AppHandle<R>, on: bool) -> Result<bool> {
    blocking(app, move |s| {
        s.with_store(|st| service::session::set_erase_after_failures(s.device(), st, on))
    })
    .await
}

#[tauri::command]
pub async fn lock<R: Runtime>(app: AppHandle<R>) -> Result<bool> {
    blocking(app, |s| {
        s.session(|_, slot| Ok::<_, StoreError>(service::session::lock(slot)))
    })
    .await
}

/// The UI reports activity (typing, tapping) that does not otherwise reach the core.
#[tauri::command]
pub fn touch(state: State<'_, AppState>) -> bool {
    state.touch_if_unlocked()
}

#[tauri::command]
pub async fn list_households<R: Runtime>(
    app: AppHandle<R>,
    search: Option<String>,
) -> Result<Vec<HouseholdSummary>> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::list(st, search.as_deref()))
    })
    .await
}

#[tauri::command]
pub fn form_options() -> FormOptions {
    service::forms::options(content())
}

#[tauri::command]
pub fn blank_household() -> Household {
    service::families::blank_household()
}

#[tauri::command]
pub fn blank_member() -> Member {
    service::families::blank_member()
}

#[tauri::command]
pub async fn get_household<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<Household> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::get(st, id))
    })
    .await
}

#[tauri::command]
pub async fn save_household<R: Runtime>(
    app: AppHandle<R>,
    household: Household,
) -> Result<Household> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::save(st, content(), household))
    })
    .await
}

#[tauri::command]
pub async fn delete_household<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<()> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::delete(st, id))
    })
    .await
}

/// Closes a family (moved away, case closed) today: it is erased from this device once the
/// retention period has passed.
#[tauri::command]
pub async fn close_household<R: Runtime>(
    app: AppHandle<R>,
    id: Uuid,
    reason: ClosedReason,
) -> Result<Closure> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::close(st, id, reason, today()))
    })
    .await
}

#[tauri::command]
pub async fn reopen_household<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<()> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::reopen(st, id))
    })
    .await
}

#[tauri::command]
pub async fn household_view<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<HouseholdView> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::view(st, content(), id, today()))
    })
    .await
}

/// The family's chronology, newest first.
#[tauri::command]
pub async fn chronology<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<Vec<Entry>> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::chronology_of(st, content(), id))
    })
    .await
}

#[tauri::command]
pub async fn prepare_visit<R: Runtime>(app: AppHandle<R>, household_id: Uuid) -> Result<VisitPrep> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::prepare(st, content(), household_id, today()))
    })
    .await
}

/// Plans the family's next visit for a day (today or later) and, optionally, a time ("14:30").
#[tauri::command]
pub async fn plan_visit<R: Runtime>(
    app: AppHandle<R>,
    household_id: Uuid,
    date: chrono::NaiveDate,
    time: Option<String>,
) -> Result<Visit> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::plan(st, content(), household_id, date, time, today()))
    })
    .await
}

/// Records that a planned visit did not happen: no access, cancelled, or not brought.
#[tauri::command]
pub async fn visit_did_not_happen<R: Runtime>(
    app: AppHandle<R>,
    visit_id: Uuid,
    status: VisitStatus,
) -> Result<Visit> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::did_not_happen(st, visit_id, status, today()))
    })
    .await
}

/// Takes back a "did not happen" recorded by mistake: planned again for `planned_for`.
#[tauri::command]
pub async fn undo_did_not_happen<R: Runtime>(
    app: AppHandle<R>,
    visit_id: Uuid,
    planned_for: chrono::NaiveDate,
) -> Result<Visit> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::undo_did_not_happen(st, visit_id, planned_for))
    })
    .await
}

/// The planned visits for today and the next few days, earlier unrecorded ones first.
#[tauri::command]
pub async fn day_plan<R: Runtime>(app: AppHandle<R>) -> Result<DayPlan> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::day_plan(st, today()))
    })
    .await
}

#[tauri::command]
pub async fn set_answer<R: Runtime>(
    app: AppHandle<R>,
    visit_id: Uuid,
    prompt_id: String,
    answer: AnswerState,
    note: String,
) -> Result<Progress> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::set_answer(st, visit_id, &prompt_id, answer, &note))
    })
    .await
}

#[tauri::command]
pub async fn get_visit<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<Visit> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::get(st, id))
    })
    .await
}

#[tauri::command]
pub async fn visit_record<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<VisitRecord> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::record(st, id, today()))
    })
    .await
}

#[tauri::command]
pub async fn save_visit<R: Runtime>(app: AppHandle<R>, visit: Visit) -> Result<Visit> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::save(st, visit))
    })
    .await
}

/// The safe-sleep card, tailored to a family when one is open (the general card works locked:
/// it holds nothing about anyone).
#[tauri::command]
pub async fn safe_sleep_card<R: Runtime>(
    app: AppHandle<R>,
    household_id: Option<Uuid>,
) -> Result<SafeSleepView> {
    blocking(app, move |s| {
        s.with_store_if_open(|st| {
            service::cards::safe_sleep_card_for(st, content(), household_id, today())
        })
    })
    .await
}

/// The escalation card with the team's local pack from beside the store (works locked).
#[tauri::command]
pub async fn escalation_card<R: Runtime>(app: AppHandle<R>) -> Result<EscalationCard> {
    blocking(app, |s| {
        Ok(service::cards::escalation(content(), s.device().data_dir()))
    })
    .await
}

#[tauri::command]
pub async fn reflection_for_visit<R: Runtime>(
    app: AppHandle<R>,
    household_id: Uuid,
    visit_id: Option<Uuid>,
) -> Result<ReflectionView> {
    blocking(app, move |s| {
        s.with_store(|st| service::reflections::for_visit(st, content(), household_id, visit_id))
    })
    .await
}

#[tauri::command]
pub async fn get_reflection<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<ReflectionView> {
    blocking(app, move |s| {
        s.with_store(|st| service::reflections::get(st, content(), id))
    })
    .await
}

#[tauri::command]
pub async fn save_reflection<R: Runtime>(
    app: AppHandle<R>,
    reflection: Reflection,
) -> Result<Reflection> {
    blocking(app, move |s| {
        s.with_store(|st| service::reflections::save(st, content(), reflection))
    })
    .await
}

/// Links a family's shared reflections over time (on) or not (off).
#[tauri::command]
pub async fn set_case_link<R: Runtime>(
    app: AppHandle<R>,
    household_id: Uuid,
    on: bool,
) -> Result<()> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::set_case_link(st, household_id, on))
    })
    .await
}

/// Starts a new case key for a family.
#[tauri::command]
pub async fn new_case_key<R: Runtime>(app: AppHandle<R>, household_id: Uuid) -> Result<()> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::new_case_key(st, household_id))
    })
    .await
}

/// The actions not yet done: every family's (the home screen) or one family's.
#[tauri::command]
pub async fn open_actions<R: Runtime>(
    app: AppHandle<R>,
    household_id: Option<Uuid>,
) -> Result<Vec<ActionDue>> {
    blocking(app, move |s| {
        s.with_store(|st| service::reflections::open_actions(st, household_id, today()))
    })
    .await
}

/// Marks an action done today (or not done again).
#[tauri::command]
pub async fn action_done<R: Runtime>(
    app: AppHandle<R>,
    reflection_id: Uuid,
    action_id: Uuid,
    done: bool,
) -> Result<()> {
    blocking(app, move |s| {
        s.with_store(|st| {
            service::reflections::action_done(st, reflection_id, action_id, done, today())
        })
    })
    .await
}

#[tauri::command]
pub async fn get_settings<R: Runtime>(app: AppHandle<R>) -> Result<Settings> {
    blocking(app, |s| {
        s.with_store(|st| service::settings::get(st, s.device()))
    })
    .await
}

/// Sets (or, when empty, clears) the practitioner's name sent with what they share.
#[tauri::command]
pub async fn set_display_name<R: Runtime>(
    app: AppHandle<R>,
    name: String,
) -> Result<Option<String>> {
    blocking(app, move |s| {
        s.with_store(|st| service::settings::set_display_name(st, &name))
    })
    .await
}

/// Whether a closed family's erase has not yet reached the database file.
#[tauri::command]
pub async fn erase_pending<R: Runtime>(app: AppHandle<R>) -> Result<bool> {
    blocking(app, |s| {
        s.with_store(|st| service::session::erase_pending(st))
    })
    .await
}

#[tauri::command]
pub async fn set_retention_days<R: Runtime>(app: AppHandle<R>, days: u32) -> Result<u32> {
    blocking(app, move |s| {
        s.with_store(|st| service::settings::set_retention_days(st, days))
    })
    .await
}

#[tauri::command]
pub async fn set_auto_lock<R: Runtime>(app: AppHandle<R>, minutes: u32) -> Result<u32> {
    blocking(app, move |s| {
        s.configure(|st| service::settings::set_auto_lock(st, minutes))
    })
    .await
}

// ---------------------------------------------------------------- sharing and sync

#[tauri::command]
pub async fn sync_status<R: Runtime>(app: AppHandle<R>) -> Result<SyncStatus> {
    blocking(app, |s| {
        s.with_store(|st| service::status::sync_status(st, s.is_syncing()))
    })
    .await
}

#[tauri::command]
pub fn sync_now(state: State<'_, AppState>) -> Result<()> {
    state.sync_now()
}

/// Joins the team: sends the one-time code and keeps the device token in the encrypted store.
#[tauri::command]
pub async fn enrol_device<R: Runtime>(
    app: AppHandle<R>,
    server_url: String,
    code: String,
    label: String,
) -> Result<String> {
    blocking(app, move |s| {
        Ok(service::team::enrol(s, &server_url, &code, &label)?)
    })
    .await
}

/// Leaves the team: forgets the server and the token. Queued items stay on the device.
#[tauri::command]
pub async fn leave_team<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    blocking(app, |s| s.with_store(service::team::leave)).await
}

#[tauri::command]
pub async fn share_review<R: Runtime>(
    app: AppHandle<R>,
    reflection_id: Uuid,
    decisions: Decisions,
) -> Result<ShareReview> {
    blocking(app, move |s| {
        s.with_store(|st| {
            service::sharing::review(st, content(), reflection_id, &decisions, today())
        })
    })
    .await
}

#[tauri::command]
pub async fn share_confirm<R: Runtime>(
    app: AppHandle<R>,
    reflection_id: Uuid,
    decisions: Decisions,
) -> Result<ShareReview> {
    blocking(app, move |s| {
        s.share(|st| service::sharing::confirm(st, content(), reflection_id, &decisions, today()))
    })
    .await
}

/// A shared reflection's state and replies; opening it marks its replies read.
#[tauri::command]
pub async fn share_state<R: Runtime>(
    app: AppHandle<R>,
    reflection_id: Uuid,
) -> Result<Option<ShareState>> {
    blocking(app, move |s| {
        s.with_store(|st| service::sharing::open(st, reflection_id))
    })
    .await
}
