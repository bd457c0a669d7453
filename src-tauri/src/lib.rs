//! Doorstep's Tauri shell: state, commands, the auto-lock clock. The same `run()` is the
//! desktop `main` and the mobile entry point.

#![forbid(unsafe_code)]

pub mod commands;
pub mod error;
pub mod state;
mod text_scale;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use doorstep::service::types::{KdfParams, Outcome, PlatformSecretStore, SecretStore, Syncer};
use tauri::{Emitter, Manager, Runtime};

use crate::state::AppState;

/// How often the idle clock is checked.
const IDLE_CHECK: Duration = Duration::from_secs(5);

/// The event the UI hears when the app locks itself.
pub const LOCKED_EVENT: &str = "doorstep://locked";
/// The event the UI hears just before the app locks itself because its window was hidden: the
/// page saves what is being typed.
pub const BEFORE_LOCK_EVENT: &str = "doorstep://before-lock";
/// How long the page has to save before a lock for a hidden window.
const SAVE_GRACE: Duration = Duration::from_millis(300);
/// The event the UI hears after each sync run (the payload says how many replies arrived).
pub const SYNC_EVENT: &str = "doorstep://sync";

/// How often to check for replies when all is well.
const POLL: Duration = Duration::from_secs(120);

/// The background sync: runs when woken or due, never holding the store while on the network.
fn sync_loop<R: Runtime>(handle: tauri::AppHandle<R>) {
    let mut syncer = Syncer::default();
    let mut wait = POLL;
    loop {
        let Some(state) = handle.try_state::<AppState>() else {
            std::thread::sleep(IDLE_CHECK);
            continue;
        };
        state.wait_for_sync(wait);
        wait = POLL;
        let outcome = syncer.run(&*state, || {
            state.set_syncing(true);
            let _ = handle.emit(SYNC_EVENT, 0);
        });
        state.set_syncing(false);
        let outcome = match outcome {
            // Locked, or not enrolled: nothing to do until woken.
            Ok(None) => continue,
            Ok(Some(o)) => Ok(o),
            Err(e) => Err(e),
        };
        let replies = match &outcome {
            Ok(Outcome::Synced { replies, .. }) => *replies,
            _ => 0,
        };
        wait = match outcome {
            Ok(Outcome::Retry { wait, .. }) => wait,
            Ok(Outcome::Synced { .. }) => POLL,
            // Stopped (revoked, server changed, not enrolled) or locked: wait to be woken.
            _ => Duration::from_secs(24 * 3600),
        };
        let _ = handle.emit(SYNC_EVENT, replies);
    }
}

/// The app's commands, for the builder and for tests.
#[macro_export]
macro_rules! doorstep_handler {
    () => {
        tauri::generate_handler![
            $crate::commands::app_info,
            $crate::commands::setup_info,
            $crate::commands::create_store,
            $crate::commands::change_passphrase,
            $crate::commands::set_erase_after_failures,
            $crate::commands::start_again,
            $crate::commands::unlock,
            $crate::commands::lock,
            $crate::commands::touch,
            $crate::commands::list_households,
            $crate::commands::form_options,
            $crate::commands::blank_household,
            $crate::commands::blank_member,
            $crate::commands::get_household,
            $crate::commands::save_household,
            $crate::commands::delete_household,
            $crate::commands::close_household,
            $crate::commands::reopen_household,
            $crate::commands::household_view,
            $crate::commands::chronology,
            $crate::commands::prepare_visit,
            $crate::commands::plan_visit,
            $crate::commands::visit_did_not_happen,
            $crate::commands::day_plan,
            $crate::commands::set_answer,
            $crate::commands::get_visit,
            $crate::commands::visit_record,
            $crate::commands::save_visit,
            $crate::commands::safe_sleep_card,
            $crate::commands::escalation_card,
            $crate::commands::reflection_for_visit,
            $crate::commands::get_reflection,
            $crate::commands::save_reflection,
            $crate::commands::open_actions,
            $crate::commands::action_done,
            $crate::commands::set_case_link,
            $crate::commands::new_case_key,
            $crate::commands::get_settings,
            $crate::commands::set_auto_lock,
            $crate::commands::set_retention_days,
            $crate::commands::erase_pending,
            $crate::commands::suggest_passphrase,
            $crate::commands::undo_did_not_happen,
            $crate::commands::set_display_name,
            $crate::commands::sync_status,
            $crate::commands::sync_now,
            $crate::commands::enrol_device,
            $crate::commands::leave_team,
            $crate::commands::share_review,
            $crate::commands::share_confirm,
            $crate::commands::share_state,
        ]
    };
}

/// Adds Doorstep's state, commands, main window and background threads to a builder (any
/// runtime, so that tests can use the mock runtime). The store lives in `data_dir`, or in the
/// platform's app data folder when that is `None`; its device secret in `secrets` (the
/// platform's secret store in the app).
///
/// Start-up order: Tauri runs the setup hook when the app starts running, not in `build()`.
/// Everything that reads the state (the main window's boot info, the threads) is started in the
/// hook, after the state is managed, whichever way the folder was chosen.
pub fn setup<R: Runtime>(
    builder: tauri::Builder<R>,
    kdf: KdfParams,
    data_dir: Option<PathBuf>,
    secrets: Arc<dyn SecretStore>,
) -> tauri::Builder<R> {
    // With a known folder the state exists from the start (the command tests, which never run
    // the app, need it); otherwise it is made once the platform's folders are known.
    let later = match &data_dir {
        Some(_) => None,
        None => Some(Arc::clone(&secrets)),
    };
    let builder = match &data_dir {
        Some(dir) => builder.manage(AppState::new(dir.clone(), kdf, secrets)),
        None => builder,
    };
    builder
        .setup(move |app| {
            if let Some(secrets) = later {
                app.manage(AppState::new(app.path().app_data_dir()?, kdf, secrets));
            }
            open_main_window(app)?;
            let sync_handle = app.handle().clone();
            std::thread::Builder::new()
                .name("sync".into())
                .spawn(move || sync_loop(sync_handle))?;
            start_idle_clock(app.handle().clone(), IDLE_CHECK)?;
            Ok(())
        })
        .on_window_event(lock_when_hidden)
        .invoke_handler(doorstep_handler!())
}

/// Starts the idle clock: a thread that, every `every`, locks the store if it has been idle for
/// longer than the auto-lock time and tells the page ([`LOCKED_EVENT`], "idle"). The app starts
/// it once it is set up; the command tests start it on their mock app.
pub fn start_idle_clock<R: Runtime>(
    handle: tauri::AppHandle<R>,
    every: Duration,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("auto-lock".into())
        .spawn(move || {
            loop {
                std::thread::sleep(every);
                if let Some(state) = handle.try_state::<AppState>()
                    && state.lock_if_idle()
                {
                    let _ = handle.emit(LOCKED_EVENT, "idle");
                }
            }
        })
        .map(|_| ())
}

/// Locks as soon as the window is minimised or hidden. This is done here, from the window
/// system's events, because the page's `visibilitychange` does not fire in every case (WebKitGTK
/// does not fire it when a laptop's lid closes). The page hears [`BEFORE_LOCK_EVENT`] first and
/// has a moment to save what is being typed.
fn lock_when_hidden<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    let hidden = match event {
        tauri::WindowEvent::Resized(_) | tauri::WindowEvent::Moved(_) => {
            window.is_minimized().unwrap_or(false) || !window.is_visible().unwrap_or(true)
        }
        _ => false,
    };
    let unlocked = window
        .try_state::<AppState>()
        .is_some_and(|s| s.is_unlocked());
    if hidden && unlocked {
        let _ = window.emit(BEFORE_LOCK_EVENT, "hidden");
        let handle = window.app_handle().clone();
        let _ = std::thread::Builder::new()
            .name("lock-hidden".into())
            .spawn(move || {
                std::thread::sleep(SAVE_GRACE);
                let still_hidden = handle.get_webview_window("main").is_none_or(|w| {
                    w.is_minimized().unwrap_or(false) || !w.is_visible().unwrap_or(true)
                });
                if still_hidden
                    && let Some(state) = handle.try_state::<AppState>()
                    && state.lock()
                {
                    let _ = handle.emit(LOCKED_EVENT, "hidden");
                }
            });
    }
}

/// Opens the main window (declared in tauri.conf.json with `"create": false`) with the app's
/// info already on the page, so the first screen (set up or unlock) is drawn without waiting for
/// a round trip to the back end. The page still asks again once it is running.
fn open_main_window<R: Runtime>(app: &tauri::App<R>) -> tauri::Result<()> {
    let info = commands::info_of(&app.state::<AppState>());
    let json = serde_json::to_string(&info).unwrap_or_else(|_| "null".into());
    let mut script = format!("window.__DOORSTEP_BOOT__ = Object.freeze({json});");
    if let Some(scale) = text_scale::wanted() {
        script.push_str(&text_scale::boot_script(scale));
    }
    for config in app.config().app.windows.iter().filter(|w| !w.create) {
        tauri::WebviewWindowBuilder::from_config(app, config)?
            .initialization_script(script.clone())
            .build()?;
    }
    Ok(())
}

/// Runs the app.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    // Before anything is decrypted: no core dump can hold a family's name or the store's key.
    if let Err(e) = doorstep::service::session::harden_process() {
        eprintln!("Doorstep could not turn core dumps off ({e}).");
    }
    // `DOORSTEP_DATA_DIR` moves the store (end-to-end tests, portable installs).
    let data_dir = std::env::var_os("DOORSTEP_DATA_DIR").map(PathBuf::from);
    let secrets: Arc<dyn SecretStore> = Arc::new(PlatformSecretStore);
    let app = setup(
        tauri::Builder::default(),
        KdfParams::DEVICE,
        data_dir,
        secrets,
    )
    .build(tauri::generate_context!("../tauri.conf.json"));
    match app {
        Ok(app) => app.run(|handle, event| {
            if let tauri::RunEvent::Exit = event {
                // Closing: write the WAL back and drop the key.
                if let Some(state) = handle.try_state::<AppState>() {
                    state.lock();
                }
            }
        }),
        Err(e) => {
            eprintln!("Doorstep could not start: {e}");
            std::process::exit(1);
        }
    }
}
