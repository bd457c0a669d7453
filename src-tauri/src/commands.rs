//! The app's commands: thin calls into the core, errors mapped to `{code, message}`.
//! Nothing here decides what to ask or what is risky; the core does.

use chrono::Local;
use doorstep::anonymise::review::Decisions;
use doorstep::cards::{
    EscalationView, SafeSleepView, escalation_card as escalation, safe_sleep_card as card,
};
use doorstep::content::{Content, FlagGroup, ReflectionTemplate, Theme};
use doorstep::content::{LOCAL_FILE, LocalPack};
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::prompt::evaluate_conditions;
use doorstep::reflection::Reflection;
use doorstep::store::{
    HouseholdSummary, HouseholdView, Progress, SCHEMA_VERSION, ShareReview, ShareState, VisitPrep,
};
use doorstep::visit::{AnswerState, Visit, VisitKind};
use serde::Serialize;
use tauri::State;
use uuid::Uuid;

use crate::state::{AppError, AppState};

type Result<T> = std::result::Result<T, AppError>;

fn content() -> &'static Content {
    Content::embedded()
}

fn today() -> chrono::NaiveDate {
    Local::now().date_naive()
}

/// What the app shows before and after unlocking.
#[derive(Debug, Serialize)]
pub struct AppInfo {
    pub app_version: &'static str,
    pub content_version: String,
    pub content_hash: String,
    pub schema_version: u32,
    pub store_exists: bool,
    pub unlocked: bool,
    pub strength_rule: String,
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
        schema_version: SCHEMA_VERSION,
        store_exists: state.store_exists(),
        unlocked: state.is_unlocked(),
        strength_rule: doorstep::lock::strength_rule(),
        auto_lock_minutes: state.auto_lock_minutes(),
    }
}

#[tauri::command]
pub fn create_store(state: State<'_, AppState>, passphrase: String) -> Result<()> {
    state.create(&passphrase)
}

#[tauri::command]
pub fn unlock(state: State<'_, AppState>, passphrase: String) -> Result<()> {
    state.unlock(&passphrase)
}

#[tauri::command]
pub fn lock(state: State<'_, AppState>) -> bool {
    state.lock()
}

/// The UI reports activity (typing, tapping) that does not otherwise reach the core.
#[tauri::command]
pub fn touch(state: State<'_, AppState>) -> bool {
    if state.is_unlocked() {
        state.touch();
    }
    state.is_unlocked()
}

#[tauri::command]
pub fn list_households(
    state: State<'_, AppState>,
    search: Option<String>,
) -> Result<Vec<HouseholdSummary>> {
    state.with_store(|s| s.list_households(search.as_deref()))
}

/// A role, residence or theme with its label.
#[derive(Debug, Serialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// The choices the household form offers.
#[derive(Debug, Serialize)]
pub struct FormOptions {
    pub roles: Vec<Choice>,
    pub visit_kinds: Vec<Choice>,
    pub flag_groups: Vec<FlagGroup>,
    pub themes: Vec<Choice>,
    pub reflection: ReflectionTemplate,
}

#[tauri::command]
pub fn form_options() -> FormOptions {
    FormOptions {
        roles: Role::ALL
            .iter()
            .map(|r| Choice {
                id: r.as_str().to_string(),
                label: r.label().to_string(),
            })
            .collect(),
        visit_kinds: VisitKind::ALL
            .iter()
            .map(|k| Choice {
                id: k.as_str().to_string(),
                label: k.label().to_string(),
            })
            .collect(),
        flag_groups: content().flag_groups(),
        themes: Theme::ALL
            .iter()
            .filter_map(|t| content().theme(*t))
            .map(|t| Choice {
                id: t.theme.as_str().to_string(),
                label: t.title.clone(),
            })
            .collect(),
        reflection: content().reflection.clone(),
    }
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
pub fn get_household(state: State<'_, AppState>, id: Uuid) -> Result<Household> {
    state.with_store(|s| s.household(id))
}

#[tauri::command]
pub fn save_household(state: State<'_, AppState>, mut household: Household) -> Result<Household> {
    state.with_store(|s| {
        s.save_household(&mut household, content())
            .map(|()| household)
    })
}

#[tauri::command]
pub fn delete_household(state: State<'_, AppState>, id: Uuid) -> Result<()> {
    state.with_store(|s| s.delete_household(id))
}

#[tauri::command]
pub fn household_view(state: State<'_, AppState>, id: Uuid) -> Result<HouseholdView> {
    state.with_store(|s| s.household_view(content(), id, today()))
}

#[tauri::command]
pub fn prepare_visit(state: State<'_, AppState>, household_id: Uuid) -> Result<VisitPrep> {
    state.with_store(|s| s.prepare_visit(content(), household_id, today()))
}

#[tauri::command]
pub fn set_answer(
    state: State<'_, AppState>,
    visit_id: Uuid,
    prompt_id: String,
    answer: AnswerState,
    note: String,
) -> Result<Progress> {
    state.with_store(|s| s.set_answer(visit_id, &prompt_id, answer, &note))
}

#[tauri::command]
pub fn get_visit(state: State<'_, AppState>, id: Uuid) -> Result<Visit> {
    state.with_store(|s| s.visit(id))
}

#[tauri::command]
pub fn save_visit(state: State<'_, AppState>, mut visit: Visit) -> Result<Visit> {
    state.with_store(|s| s.save_visit(&mut visit).map(|()| visit))
}

/// The safe-sleep card, tailored to a family when one is open (works locked too: it holds
/// nothing about anyone unless a family is given, and then it needs the store).
#[tauri::command]
pub fn safe_sleep_card(
    state: State<'_, AppState>,
    household_id: Option<Uuid>,
) -> Result<SafeSleepView> {
    match household_id {
        None => Ok(card(content(), None)),
        Some(id) => state.with_store(|s| {
            let h = s.household(id)?;
            let visits = s.visits(id)?;
            Ok(card(
                content(),
                Some(&evaluate_conditions(content(), &h, &visits, today())),
            ))
        }),
    }
}

/// The escalation card as the app shows it: the team's local pack where one is set up, else the
/// example pack (and why, when a team's file cannot be used).
#[derive(Debug, Serialize)]
pub struct EscalationCard {
    #[serde(flatten)]
    pub card: EscalationView,
    /// Why the team's local pack beside the store was not used, in words.
    pub problem: Option<String>,
}

/// The escalation card (works locked: it holds nothing about any family). The local contacts
/// are read from `local.toml` in the app's data folder when it is there.
#[tauri::command]
pub fn escalation_card(state: State<'_, AppState>) -> EscalationCard {
    let path = state.data_dir().join(LOCAL_FILE);
    let (local, problem) = if path.exists() {
        match LocalPack::from_file(&path, content()) {
            Ok(local) => (local, None),
            Err(e) => (
                LocalPack::example().clone(),
                Some(format!(
                    "The team's contacts file could not be used, so these are the example contacts. Tell your safeguarding lead: {e}"
                )),
            ),
        }
    } else {
        (LocalPack::example().clone(), None)
    };
    EscalationCard {
        card: escalation(content(), &local),
        problem,
    }
}

/// A reflection with the template's sections that were never asked of it (added after it was
/// written), so the editor can say so instead of showing them as left empty.
#[derive(Debug, Serialize)]
pub struct ReflectionView {
    pub reflection: Reflection,
    pub not_asked: Vec<String>,
}

fn reflection_view(reflection: Reflection) -> ReflectionView {
    ReflectionView {
        not_asked: reflection.not_asked(content()),
        reflection,
    }
}

#[tauri::command]
pub fn reflection_for_visit(
    state: State<'_, AppState>,
    household_id: Uuid,
    visit_id: Option<Uuid>,
) -> Result<ReflectionView> {
    state
        .with_store(|s| s.reflection_for_visit(content(), household_id, visit_id))
        .map(reflection_view)
}

#[tauri::command]
pub fn get_reflection(state: State<'_, AppState>, id: Uuid) -> Result<ReflectionView> {
    state.with_store(|s| s.reflection(id)).map(reflection_view)
}

#[tauri::command]
pub fn save_reflection(
    state: State<'_, AppState>,
    mut reflection: Reflection,
) -> Result<Reflection> {
    state.with_store(|s| {
        s.save_reflection(&mut reflection, content())
            .map(|()| reflection)
    })
}

/// Settings as the settings screen shows them.
#[derive(Debug, Serialize)]
pub struct Settings {
    pub auto_lock_minutes: u32,
    /// The team server, once sync is set up; `None` shows "not set up".
    pub server: Option<String>,
}

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Result<Settings> {
    state.with_store(|_| Ok(()))?;
    Ok(Settings {
        auto_lock_minutes: state.auto_lock_minutes(),
        server: None,
    })
}

#[tauri::command]
pub fn set_auto_lock(state: State<'_, AppState>, minutes: u32) -> Result<u32> {
    state.set_auto_lock(minutes)
}

// ---------------------------------------------------------------- sharing and sync

/// The sync line shown on every screen.
#[derive(Debug, Serialize)]
pub struct SyncStatus {
    pub enrolled: bool,
    pub server_url: Option<String>,
    pub queued: u64,
    pub sent: u64,
    pub rejected: u64,
    pub syncing: bool,
    /// When the last sync succeeded (RFC 3339), or `None` if never; the UI says it in words.
    pub last_success_at: Option<String>,
    /// The last error in words, with what to do.
    pub last_error: Option<String>,
    pub unread_replies: u64,
}

#[tauri::command]
pub fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus> {
    let syncing = state.is_syncing();
    state.with_store(|s| {
        let config = s.sync_config()?;
        let counts = s.outbox_counts()?;
        let (last, error) = s.sync_history()?;
        Ok(SyncStatus {
            enrolled: config.is_some(),
            server_url: config.map(|c| c.server_url),
            queued: counts.queued,
            sent: counts.sent,
            rejected: counts.rejected,
            syncing,
            last_success_at: last.map(|t| t.to_rfc3339()),
            last_error: error,
            unread_replies: s.unread_replies()?,
        })
    })
}

#[tauri::command]
pub fn sync_now(state: State<'_, AppState>) -> Result<()> {
    state.with_store(|_| Ok(()))?;
    state.wake_sync();
    Ok(())
}

/// Joins the team: sends the one-time code and keeps the device token in the encrypted store.
#[tauri::command]
pub async fn enrol_device(
    state: State<'_, AppState>,
    server_url: String,
    code: String,
    label: String,
) -> Result<String> {
    state.with_store(|_| Ok(()))?;
    let label = if label.trim().is_empty() {
        "Doorstep device".to_string()
    } else {
        label
    };
    let (base, resp) = tauri::async_runtime::spawn_blocking(move || {
        doorstep::sync::http::enrol(&server_url, &code, &label)
    })
    .await
    .map_err(|_| AppError::new("sync", "Joining the team did not finish. Try again."))?
    .map_err(|e| AppError::new("enrol", e.to_string()))?;
    state.with_store(|s| {
        s.set_sync_config(&doorstep::store::SyncConfig {
            server_url: base.clone(),
            device_id: resp.device_id,
            token: resp.token,
        })
    })?;
    state.wake_sync();
    Ok(base)
}

/// Leaves the team: forgets the server and the token. Queued items stay on the device.
#[tauri::command]
pub fn leave_team(state: State<'_, AppState>) -> Result<()> {
    state.with_store(|s| s.clear_sync_config())
}

#[tauri::command]
pub fn share_review(
    state: State<'_, AppState>,
    reflection_id: Uuid,
    decisions: Decisions,
) -> Result<ShareReview> {
    state.with_store_share(|s| s.share_review(content(), reflection_id, &decisions, today()))
}

#[tauri::command]
pub fn share_confirm(
    state: State<'_, AppState>,
    reflection_id: Uuid,
    decisions: Decisions,
) -> Result<ShareReview> {
    let r = state
        .with_store_share(|s| s.share_confirm(content(), reflection_id, &decisions, today()))?;
    state.wake_sync();
    Ok(r)
}

/// A shared reflection's state and replies (which are then marked read).
#[tauri::command]
pub fn share_state(state: State<'_, AppState>, reflection_id: Uuid) -> Result<Option<ShareState>> {
    state.with_store(|s| {
        let st = s.share_state(reflection_id)?;
        if st
            .as_ref()
            .is_some_and(|x| x.replies.iter().any(|r| !r.read))
        {
            s.mark_replies_read(reflection_id)?;
        }
        Ok(st)
    })
}
