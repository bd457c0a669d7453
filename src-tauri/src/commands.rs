//! The app's commands: each is one call into the core's use-cases ([`doorstep::service`]) or the
//! app's state, with errors mapped to `{code, message}` for the UI. Nothing here decides what to
//! ask or what is risky.
//!
//! Commands that touch the store, derive a key or anonymise run on a blocking thread
//! ([`blocking`]), so the UI never waits on them.

use chrono::Local;
use doorstep::Reflection;
use doorstep::anonymise::review::Decisions;
use doorstep::cards::SafeSleepView;
use doorstep::content::Content;
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::service::{
    self, cards::EscalationCard, families::HouseholdView, forms::FormOptions,
    reflections::ReflectionView, sharing::ShareReview, status::SyncStatus, visits::DayPlan,
    visits::VisitPrep, visits::VisitRecord,
};
use doorstep::store::retention::RETENTION_DAYS;
use doorstep::store::{
    ClosedReason, Closure, HouseholdSummary, Protection, SCHEMA_VERSION, ShareState,
};
use doorstep::visit::{AnswerState, Progress, Visit, VisitStatus};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::state::{AppError, AppState};

type Result<T> = std::result::Result<T, AppError>;

fn content() -> &'static Content {
    Content::embedded()
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
        .map_err(|_| AppError::new("internal", "That did not finish. Try again."))?
}

/// What the app shows before and after unlocking.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct AppInfo {
    pub app_version: &'static str,
    pub content_version: String,
    pub content_hash: String,
    /// When the content was last reviewed against its sources (the oldest pack's review).
    pub content_reviewed_on: Option<chrono::NaiveDate>,
    pub schema_version: u32,
    pub store_exists: bool,
    pub unlocked: bool,
    /// The passphrase rule's numbers (the UI words it).
    pub strength_rule: doorstep::keys::StrengthRule,
    pub auto_lock_minutes: u32,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    info_of(&state)
}

/// The app's info now (also handed to the page before its first script runs; see `run`).
pub fn info_of(state: &AppState) -> AppInfo {
    AppInfo {
        app_version: env!("CARGO_PKG_VERSION"),
        content_version: content().version.clone(),
        content_hash: content().hash.clone(),
        content_reviewed_on: content().reviewed_on,
        schema_version: SCHEMA_VERSION,
        store_exists: state.store_exists(),
        unlocked: state.is_unlocked(),
        strength_rule: doorstep::keys::STRENGTH_RULE,
        auto_lock_minutes: state.auto_lock_minutes(),
    }
}

/// What the set-up screen needs to say: whether the device's keychain will help protect the
/// data (then a PIN will do), and the rule for the passphrase.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct SetupInfo {
    /// Whether the device has a keychain (without one, the rule asks for a longer passphrase).
    pub keychain: bool,
    /// Wrong tries in a row that erase the data on this device (when the erase is on).
    pub erase_at: u32,
}

#[tauri::command]
pub async fn setup_info<R: Runtime>(app: AppHandle<R>) -> Result<SetupInfo> {
    blocking(app, |s| {
        let keychain = s.keychain_available();
        Ok(SetupInfo {
            erase_at: s.lockout().erase_at,
            keychain,
        })
    })
    .await
}

/// The protection the new store got: `true` if it is bound to the device's keychain.
#[tauri::command]
pub async fn create_store<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<bool> {
    // The passphrase is wiped from memory once used.
    let passphrase = Zeroizing::new(passphrase);
    blocking(app, move |s| {
        s.create(&passphrase)
            .map(|p| matches!(p, Protection::DeviceSecret { .. }))
    })
    .await
}

#[tauri::command]
pub async fn unlock<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<()> {
    let passphrase = Zeroizing::new(passphrase);
    blocking(app, move |s| s.unlock(&passphrase)).await
}

#[tauri::command]
pub async fn change_passphrase<R: Runtime>(
    app: AppHandle<R>,
    current: String,
    new: String,
) -> Result<()> {
    let (current, new) = (Zeroizing::new(current), Zeroizing::new(new));
    blocking(app, move |s| s.change_passphrase(&current, &new)).await
}

#[tauri::command]
pub async fn start_again<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    blocking(app, |s| s.start_again()).await
}

#[tauri::command]
pub async fn set_erase_after_failures<R: Runtime>(app: AppHandle<R>, on: bool) -> Result<bool> {
    blocking(app, move |s| s.set_erase_after_failures(on)).await
}

#[tauri::command]
pub async fn lock<R: Runtime>(app: AppHandle<R>) -> Result<bool> {
    blocking(app, |s| Ok(s.lock())).await
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
        s.with_store(|st| st.list_households(search.as_deref()))
    })
    .await
}

#[tauri::command]
pub fn form_options() -> FormOptions {
    service::forms::options(content())
}

#[tauri::command]
pub fn blank_household() -> Household {
    Household::new("")
}

#[tauri::command]
pub fn blank_member() -> Member {
    Member::new("", Role::OtherAdult, Residence::LivesHere)
}

#[tauri::command]
pub async fn get_household<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<Household> {
    blocking(app, move |s| s.with_store(|st| st.household(id))).await
}

#[tauri::command]
pub async fn save_household<R: Runtime>(
    app: AppHandle<R>,
    mut household: Household,
) -> Result<Household> {
    blocking(app, move |s| {
        s.with_store(|st| {
            st.save_household(&mut household, content())
                .map(|()| household)
        })
    })
    .await
}

#[tauri::command]
pub async fn delete_household<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<()> {
    blocking(app, move |s| s.with_store(|st| st.delete_household(id))).await
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
        s.with_store(|st| st.close_household(id, reason, today()))
    })
    .await
}

#[tauri::command]
pub async fn reopen_household<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<()> {
    blocking(app, move |s| s.with_store(|st| st.reopen_household(id))).await
}

#[tauri::command]
pub async fn household_view<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<HouseholdView> {
    blocking(app, move |s| {
        s.with_store(|st| service::families::view(st, content(), id, today()))
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
        s.with_store(|st| st.set_answer(visit_id, &prompt_id, answer, &note))
    })
    .await
}

#[tauri::command]
pub async fn get_visit<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<Visit> {
    blocking(app, move |s| s.with_store(|st| st.visit(id))).await
}

#[tauri::command]
pub async fn visit_record<R: Runtime>(app: AppHandle<R>, id: Uuid) -> Result<VisitRecord> {
    blocking(app, move |s| {
        s.with_store(|st| service::visits::record(st, id))
    })
    .await
}

#[tauri::command]
pub async fn save_visit<R: Runtime>(app: AppHandle<R>, mut visit: Visit) -> Result<Visit> {
    blocking(app, move |s| {
        s.with_store(|st| st.save_visit(&mut visit).map(|()| visit))
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
    match household_id {
        None => Ok(service::cards::safe_sleep(content())),
        Some(id) => {
            blocking(app, move |s| {
                s.with_store(|st| service::cards::safe_sleep_for(st, content(), id, today()))
            })
            .await
        }
    }
}

/// The escalation card with the team's local pack from beside the store (works locked).
#[tauri::command]
pub async fn escalation_card<R: Runtime>(app: AppHandle<R>) -> Result<EscalationCard> {
    blocking(app, |s| {
        Ok(service::cards::escalation(content(), s.data_dir()))
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
    mut reflection: Reflection,
) -> Result<Reflection> {
    blocking(app, move |s| {
        s.with_store(|st| {
            st.save_reflection(&mut reflection, content())
                .map(|()| reflection)
        })
    })
    .await
}

/// Settings as the settings screen shows them.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct Settings {
    pub auto_lock_minutes: u32,
    /// Whether `erase_at` wrong unlocks in a row erase the data on this device (on by default).
    pub erase_after_failures: bool,
    /// Wrong tries in a row that erase the data (when the erase is on).
    pub erase_at: u32,
    /// Wrong tries in a row after which each try waits, longer each time.
    pub wait_from: u32,
    /// Days a closed family stays on this device before it is erased.
    pub retention_days: u32,
    /// The retention periods that may be chosen, in days.
    pub retention_min: u32,
    pub retention_max: u32,
    /// The practitioner's name sent with what they share, for supervision (optional).
    pub display_name: Option<String>,
}

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Result<Settings> {
    state.with_store(|st| {
        Ok::<_, doorstep::StoreError>(Settings {
            auto_lock_minutes: state.auto_lock_minutes(),
            erase_after_failures: state.erase_after_failures(),
            erase_at: state.lockout().erase_at,
            wait_from: state.lockout().wait_from,
            retention_days: st.retention_days()?,
            retention_min: *RETENTION_DAYS.start(),
            retention_max: *RETENTION_DAYS.end(),
            display_name: st.display_name()?,
        })
    })
}

/// Sets (or, when empty, clears) the practitioner's name sent with what they share.
#[tauri::command]
pub async fn set_display_name<R: Runtime>(
    app: AppHandle<R>,
    name: String,
) -> Result<Option<String>> {
    blocking(app, move |s| {
        s.with_store(|st| service::sharing::set_display_name(st, &name))
    })
    .await
}

#[tauri::command]
pub async fn set_retention_days<R: Runtime>(app: AppHandle<R>, days: u32) -> Result<u32> {
    blocking(app, move |s| s.with_store(|st| st.set_retention_days(days))).await
}

#[tauri::command]
pub async fn set_auto_lock<R: Runtime>(app: AppHandle<R>, minutes: u32) -> Result<u32> {
    blocking(app, move |s| s.set_auto_lock(minutes)).await
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
    blocking(app, move |s| s.enrol(&server_url, &code, &label)).await
}

/// Leaves the team: forgets the server and the token. Queued items stay on the device.
#[tauri::command]
pub async fn leave_team<R: Runtime>(app: AppHandle<R>) -> Result<()> {
    blocking(app, |s| s.with_store(|st| st.clear_sync_config())).await
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
