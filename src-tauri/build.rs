//! Builds the Tauri context from the root `tauri.conf.json` and declares the app's commands, so
//! that each gets an `allow-…` permission and the capability file can grant exactly these.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&COMMANDS);
    let attrs = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(manifest);
    tauri_build::try_build(attrs).expect("tauri build step");
}

/// Every command the UI may call. Keep in step with `generate_handler!` in src/lib.rs and with
/// capabilities/default.json (a test checks all three agree).
const COMMANDS: [&str; 51] = [
    "app_info",
    "setup_info",
    "create_store",
    "change_passphrase",
    "set_erase_after_failures",
    "start_again",
    "unlock",
    "lock",
    "touch",
    "list_households",
    "form_options",
    "blank_household",
    "blank_member",
    "get_household",
    "save_household",
    "delete_household",
    "close_household",
    "reopen_household",
    "household_view",
    "chronology",
    "prepare_visit",
    "plan_visit",
    "visit_did_not_happen",
    "day_plan",
    "set_answer",
    "get_visit",
    "visit_record",
    "save_visit",
    "safe_sleep_card",
    "escalation_card",
    "reflection_for_visit",
    "get_reflection",
    "save_reflection",
    "open_actions",
    "action_done",
    "set_case_link",
    "new_case_key",
    "get_settings",
    "set_auto_lock",
    "set_retention_days",
    "erase_pending",
    "suggest_passphrase",
    "undo_did_not_happen",
    "set_display_name",
    "sync_status",
    "sync_now",
    "enrol_device",
    "leave_team",
    "share_review",
    "share_confirm",
    "share_state",
];
