//! The app's commands through Tauri's IPC on the mock runtime, with the real ACL from
//! `tauri.conf.json` and `capabilities/`, and a real encrypted store in a temporary folder.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use doorstep::keys::KdfParams;
use serde_json::{Value, json};
use tauri::Manager;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow};

struct TestApp {
    app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    _dir: tempfile::TempDir,
}

fn app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    // Tauri's mock runtime with a secret store in memory; the real Secret Service is tested in
    // tests/device_secret.rs and end to end.
    let secrets = std::sync::Arc::new(doorstep::secrets::MemorySecretStore::default());
    let app = doorstep_app::setup(
        mock_builder(),
        KdfParams::TESTING,
        Some(dir.path().into()),
        secrets,
    )
    .build(tauri::generate_context!("../tauri.conf.json"))
    .expect("app");
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    TestApp {
        app,
        window,
        _dir: dir,
    }
}

impl TestApp {
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    fn err(&self, cmd: &str, args: Value) -> Value {
        match self.call(cmd, args) {
            Ok(v) => panic!("{cmd} should have failed, gave {v}"),
            Err(e) => e,
        }
    }

    fn state(&self) -> tauri::State<'_, doorstep_app::state::AppState> {
        self.window.state()
    }
}

const PASS: &str = "kettle-harbour-91";

fn unlocked() -> TestApp {
    let t = app();
    t.ok("create_store", json!({ "passphrase": PASS }));
    t
}

fn add_family(t: &TestApp) -> Value {
    let mut h = t.ok("blank_household", json!({}));
    h["display_name"] = json!("Synthetic Fairweather");
    h["flags"] = json!(["premature"]);
    let mut mum = t.ok("blank_member", json!({}));
    mum["name"] = json!("Rowan Fairweather");
    mum["role"] = json!("mother");
    let mut partner = t.ok("blank_member", json!({}));
    partner["name"] = json!("Ellis Brack");
    partner["role"] = json!("partner");
    let mut baby = t.ok("blank_member", json!({}));
    baby["name"] = json!("Sparrow Fairweather");
    baby["role"] = json!("baby");
    h["members"] = json!([mum, partner, baby]);
    t.ok("save_household", json!({ "household": h }))
}

#[test]
fn first_run_then_unlock_and_lock() {
    let t = app();
    let info = t.ok("app_info", json!({}));
    assert_eq!(info["store_exists"], false);
    assert_eq!(info["unlocked"], false);
    assert_eq!(info["strength_rule"]["pin_digits"], 6);
    // What the practitioner is looking at: the content's version and when it was last reviewed.
    let content = doorstep::content::Content::embedded();
    assert_eq!(info["content_version"], content.version.as_str());
    assert_eq!(
        info["content_reviewed_on"],
        content.reviewed_on.unwrap().to_string()
    );

    let weak = t.err("create_store", json!({ "passphrase": "1234" }));
    assert_eq!(weak["code"], "weak_passphrase");
    // The UI words it from the reason (in the language in use): no words come from the core.
    assert_eq!(weak["weakness"], "pin_too_short");
    assert!(weak.get("message").is_none(), "{weak}");
    assert_eq!(t.ok("app_info", json!({}))["store_exists"], false);

    t.ok("create_store", json!({ "passphrase": PASS }));
    assert_eq!(t.ok("app_info", json!({}))["unlocked"], true);
    assert_eq!(t.ok("lock", json!({})), true);

    let locked = t.err("list_households", json!({ "search": null }));
    assert_eq!(locked["code"], "locked");

    let wrong = t.err("unlock", json!({ "passphrase": "kettle-harbour-19" }));
    assert_eq!(wrong["code"], "wrong_passphrase");
    // From the first wrong try, it says how many remain before the erase: the UI words it
    // from the count in the language in use.
    assert_eq!(wrong["tries_left"], 9);
    assert!(wrong.get("wait_seconds").is_none(), "{wrong}");
    t.ok("unlock", json!({ "passphrase": PASS }));
    assert_eq!(
        t.ok("list_households", json!({ "search": null })),
        json!([])
    );
}

#[test]
fn a_family_with_a_premature_baby_gets_its_prompts_and_safe_sleep_message() {
    let t = unlocked();
    let h = add_family(&t);
    let id = h["id"].as_str().unwrap();

    let list = t.ok("list_households", json!({ "search": "fairweather" }));
    assert_eq!(list.as_array().unwrap().len(), 1);

    let prep = t.ok("prepare_visit", json!({ "householdId": id }));
    let prompts: Vec<&str> = prep["list"]["most_important"]
        .as_array()
        .unwrap()
        .iter()
        .chain(
            prep["list"]["groups"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|g| g["prompts"].as_array().unwrap()),
        )
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(prompts.contains(&"b-premature-support"));
    assert!(prompts.contains(&"ss-premature"));

    let card = t.ok("safe_sleep_card", json!({ "householdId": id }));
    assert_eq!(card["tailored"], true);
    let premature = card["raised"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "premature-low-weight")
        .expect("the prematurity risk is raised");
    assert_eq!(premature["kind"], "risk");
    assert!(premature["source"].as_str().unwrap().contains("NICE"));
    // The general card needs no family and works locked.
    t.ok("lock", json!({}));
    let general = t.ok("safe_sleep_card", json!({ "householdId": null }));
    assert_eq!(general["tailored"], false);
    assert!(general["raised"].as_array().unwrap().is_empty());
    let locked = t.err("safe_sleep_card", json!({ "householdId": id }));
    assert_eq!(locked["code"], "locked");
    // The escalation card works locked too: the example pack until the team's is set up.
    let card = t.ok("escalation_card", json!({}));
    assert_eq!(card["set_up"], false);
    assert_eq!(card["steps"][0]["id"], "immediate-danger");
    assert!(card["problem"].is_null());
}

#[test]
fn the_teams_local_pack_beside_the_store_is_used_and_a_broken_one_is_reported() {
    let t = app();
    let dir = t.state().device().data_dir().to_path_buf();
    let team = doorstep::content::LocalPack::example_text()
        .replacen("\nset_up = false\n", "\nset_up = true\n", 1)
        .replacen("01632 960001", "01632 960999", 1);
    std::fs::write(dir.join("local.toml"), team).unwrap();
    let card = t.ok("escalation_card", json!({}));
    assert_eq!(card["set_up"], true);
    let front: Vec<&Value> = card["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["contacts"].as_array().unwrap())
        .filter(|c| c["id"] == "front-door")
        .collect();
    assert_eq!(front[0]["phone"], "01632 960999");
    std::fs::write(dir.join("local.toml"), "id = \"local\"\nbroken").unwrap();
    let card = t.ok("escalation_card", json!({}));
    assert_eq!(card["set_up"], false, "falls back to the example pack");
    assert!(
        card["problem"]
            .as_str()
            .unwrap()
            .contains("safeguarding lead"),
        "{card}"
    );
}

#[test]
fn answers_visits_and_reflection_drafts_are_kept() {
    let t = unlocked();
    let h = add_family(&t);
    let id = h["id"].as_str().unwrap();
    let prep = t.ok("prepare_visit", json!({ "householdId": id }));
    let visit_id = prep["visit"]["id"].as_str().unwrap();
    let progress = t.ok(
        "set_answer",
        json!({ "visitId": visit_id, "promptId": "f-who-lives-here", "answer": "answered", "note": "as recorded" }),
    );
    assert_eq!(progress["answered"], 1);
    let bad = t.err(
        "set_answer",
        json!({ "visitId": visit_id, "promptId": "f-who-lives-here", "answer": "maybe", "note": "" }),
    );
    assert!(bad.as_str().is_some() || bad["code"].is_string(), "{bad}");

    let mut visit = t.ok("get_visit", json!({ "id": visit_id }));
    visit["status"] = json!("done");
    visit["sleep_space_seen"] = json!(true);
    visit["seen"] = json!([h["members"][0]["id"], h["members"][2]["id"]]);
    t.ok("save_visit", json!({ "visit": visit }));

    let view = t.ok(
        "reflection_for_visit",
        json!({ "householdId": id, "visitId": visit_id }),
    );
    assert_eq!(view["not_asked"], json!([]));
    let mut r = view["reflection"].clone();
    assert_eq!(r["status"], "draft");
    r["sections"]["babys-day"] = json!("Sleeps in a cot beside the bed.");
    let saved = t.ok("save_reflection", json!({ "reflection": r }));
    assert_eq!(saved["revision"], 2);
    // Asking again for the same visit gives the same draft.
    let again = t.ok(
        "reflection_for_visit",
        json!({ "householdId": id, "visitId": visit_id }),
    )["reflection"]
        .clone();
    assert_eq!(again["id"], r["id"]);
    assert_eq!(
        again["sections"]["babys-day"],
        "Sleeps in a cot beside the bed."
    );

    let view = t.ok("household_view", json!({ "id": id }));
    assert_eq!(view["visits"].as_array().unwrap().len(), 1);
    // What is still unknown comes as facts the UI words in the language in use.
    assert_eq!(
        view["unknowns"],
        json!([{
            "kind": "member_not_seen",
            "member_id": h["members"][1]["id"],
            "role": "partner",
            "name": "Ellis Brack",
            "never": true,
            "visits": 1
        }])
    );
}

#[test]
fn bad_input_gets_a_clear_error_and_changes_nothing() {
    let t = unlocked();
    let mut h = t.ok("blank_household", json!({}));
    h["display_name"] = json!("   ");
    let e = t.err("save_household", json!({ "household": h }));
    assert_eq!(e["code"], "invalid");
    assert_eq!(e["detail"], "household.empty_display_name");
    // Malformed arguments are refused by the IPC layer without reaching the store.
    let e = t.err(
        "save_household",
        json!({ "household": { "id": "not-a-uuid" } }),
    );
    assert!(e.is_string(), "{e}");
    assert_eq!(
        t.ok("list_households", json!({ "search": null })),
        json!([])
    );
    let e = t.err("household_view", json!({ "id": uuid::Uuid::now_v7() }));
    assert_eq!(e["code"], "not_found");
}

#[test]
fn the_auto_lock_setting_is_kept_and_locks_when_idle() {
    let t = unlocked();
    assert_eq!(t.ok("get_settings", json!({}))["auto_lock_minutes"], 5);
    assert_eq!(
        t.err("set_auto_lock", json!({ "minutes": 0 }))["code"],
        "invalid"
    );
    t.ok("set_auto_lock", json!({ "minutes": 2 }));
    assert!(!t.state().lock_if_idle(), "just used: stays unlocked");
    t.state().backdate_activity(Duration::from_secs(119));
    assert!(!t.state().lock_if_idle());
    t.state().backdate_activity(Duration::from_secs(121));
    assert!(t.state().lock_if_idle());
    assert_eq!(t.ok("app_info", json!({}))["unlocked"], false);
    // The setting survives the lock.
    t.ok("unlock", json!({ "passphrase": PASS }));
    assert_eq!(t.ok("get_settings", json!({}))["auto_lock_minutes"], 2);
}

/// The app's own idle clock locks the store: nothing here calls `lock_if_idle`; the thread the
/// app starts does (issue 37: the thread itself never ran in a test; here it checks every
/// 50 ms instead of every 5 s), and tells the page. A draft saved just before is there after
/// unlocking again.
#[test]
fn the_idle_thread_locks_an_idle_store_by_itself_and_keeps_what_was_saved() {
    use tauri::Listener;
    let t = unlocked();
    let heard = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let h2 = std::sync::Arc::clone(&heard);
    t.app.listen(doorstep_app::LOCKED_EVENT, move |e| {
        h2.lock().unwrap().push(e.payload().to_string());
    });
    doorstep_app::start_idle_clock(t.app.handle().clone(), Duration::from_millis(50)).unwrap();
    let h = add_family(&t);
    let id = h["id"].as_str().unwrap();
    let prep = t.ok("prepare_visit", json!({ "householdId": id }));
    let visit = prep["visit"]["id"].as_str().unwrap();
    t.ok(
        "set_answer",
        json!({ "visitId": visit, "promptId": "f-who-lives-here", "answer": "answered", "note": "Saved before the lock" }),
    );
    t.ok("set_auto_lock", json!({ "minutes": 1 }));
    t.state().backdate_activity(Duration::from_secs(61));
    let waited = std::time::Instant::now();
    while t.state().is_unlocked() && waited.elapsed() < Duration::from_secs(12) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        !t.state().is_unlocked(),
        "the idle thread did not lock the store in 12 s"
    );
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        heard.lock().unwrap().as_slice(),
        ["\"idle\""],
        "the page was not told"
    );
    t.ok("unlock", json!({ "passphrase": PASS }));
    let again = t.ok("prepare_visit", json!({ "householdId": id }));
    assert_eq!(again["visit"]["id"].as_str(), Some(visit));
    assert!(
        again.to_string().contains("Saved before the lock"),
        "{again}"
    );
}

#[test]
fn a_closed_family_is_listed_with_its_erase_day_and_erased_at_the_unlock_after_it() {
    let t = unlocked();
    let id = add_family(&t)["id"].clone();
    let closed = t.ok(
        "close_household",
        json!({ "id": id, "reason": "moved_away" }),
    );
    let today = chrono::Local::now().date_naive();
    assert_eq!(closed["on"], today.to_string());
    assert_eq!(
        closed["erase_on"],
        (today + chrono::Days::new(90)).to_string()
    );
    assert_eq!(t.ok("list_households", json!({}))[0]["closed"], closed);
    assert_eq!(
        t.ok("household_view", json!({ "id": id }))["closed"],
        closed
    );
    // Reopened, it is no longer erased.
    t.ok("reopen_household", json!({ "id": id }));
    assert_eq!(
        t.ok("household_view", json!({ "id": id }))["closed"],
        Value::Null
    );
    // A reason that is not one of the choices is refused and changes nothing.
    t.err("close_household", json!({ "id": id, "reason": "gone" }));
    assert_eq!(
        t.ok("household_view", json!({ "id": id }))["closed"],
        Value::Null
    );

    // The retention period: within its bounds, kept, and applied at the next unlock.
    let settings = t.ok("get_settings", json!({}));
    assert_eq!(settings["retention_days"], 90);
    let min = settings["retention_min"].as_u64().unwrap();
    assert_eq!(
        t.err("set_retention_days", json!({ "days": min - 1 }))["code"],
        "invalid"
    );
    assert_eq!(t.ok("set_retention_days", json!({ "days": min })), min);
    let past = today - chrono::Days::new(min);
    t.state()
        .with_store(|st| {
            st.close_household(
                uuid::Uuid::parse_str(id.as_str().unwrap()).unwrap(),
                doorstep::store::ClosedReason::CaseClosed,
                past,
            )
        })
        .unwrap();
    t.ok("lock", json!({}));
    t.ok("unlock", json!({ "passphrase": PASS }));
    assert_eq!(t.ok("list_households", json!({})), json!([]));
    assert_eq!(
        t.err("household_view", json!({ "id": id }))["code"],
        "not_found"
    );
    assert_eq!(t.ok("get_settings", json!({}))["retention_days"], min);
}

#[test]
fn an_hour_asleep_locks_it_as_soon_as_the_clock_is_checked() {
    let t = unlocked();
    // A laptop closed for an hour: the wall clock moved on while the process was stopped.
    t.state().backdate_activity(Duration::from_secs(3600));
    assert!(t.state().lock_if_idle());
    assert_eq!(t.ok("app_info", json!({}))["unlocked"], false);
}

#[test]
fn set_up_says_whether_the_keychain_helps_and_binds_the_store_to_it() {
    let t = app();
    let info = t.ok("setup_info", json!({}));
    assert_eq!(info["keychain"], true);
    assert_eq!(
        t.ok("create_store", json!({ "passphrase": "583920" })),
        true
    );
}

#[test]
fn changing_the_passphrase_asks_for_the_current_one_and_the_new_one_unlocks() {
    let t = unlocked();
    let wrong = t.err(
        "change_passphrase",
        json!({ "current": "kettle-harbour-19", "new": "583920" }),
    );
    assert_eq!(wrong["code"], "wrong_passphrase");
    let weak = t.err(
        "change_passphrase",
        json!({ "current": PASS, "new": "123456" }),
    );
    assert_eq!(weak["code"], "weak_passphrase");
    assert_eq!(weak["weakness"], "pin_guessable");
    t.ok(
        "change_passphrase",
        json!({ "current": PASS, "new": "583920" }),
    );
    t.ok("lock", json!({}));
    assert_eq!(
        t.err("unlock", json!({ "passphrase": PASS }))["code"],
        "wrong_passphrase"
    );
    t.ok("unlock", json!({ "passphrase": "583920" }));
}

#[test]
fn wrong_tries_say_how_long_to_wait_and_the_erase_can_be_turned_off() {
    let t = unlocked();
    let settings = t.ok("get_settings", json!({}));
    assert_eq!(settings["erase_after_failures"], true);
    // The screens say the numbers the policy enforces, from the policy itself.
    let policy = doorstep::store::LockoutPolicy::default();
    assert_eq!(
        (settings["wait_from"].clone(), settings["erase_at"].clone()),
        (json!(policy.wait_from), json!(policy.erase_at))
    );
    assert_eq!(t.ok("setup_info", json!({}))["erase_at"], policy.erase_at);
    assert_eq!(
        t.ok("set_erase_after_failures", json!({ "on": false })),
        false
    );
    assert_eq!(
        t.ok("get_settings", json!({}))["erase_after_failures"],
        false
    );
    t.ok("lock", json!({}));
    for _ in 0..4 {
        let e = t.err("unlock", json!({ "passphrase": "kettle-harbour-19" }));
        assert_eq!(e["code"], "wrong_passphrase");
        assert!(e.get("wait_seconds").is_none(), "{e}");
    }
    let e = t.err("unlock", json!({ "passphrase": "kettle-harbour-19" }));
    assert_eq!(e["code"], "try_later");
    assert_eq!(e["wait_seconds"], 30);
    // With the erase off, nothing speaks of erasing: no tries left are counted.
    assert!(e.get("tries_left").is_none(), "{e}");
    // Even the right passphrase waits.
    assert_eq!(
        t.err("unlock", json!({ "passphrase": PASS }))["code"],
        "try_later"
    );
}

#[test]
fn starting_again_erases_the_store_only_when_locked() {
    let t = unlocked();
    assert_eq!(t.err("start_again", json!({}))["code"], "invalid");
    assert_eq!(t.ok("app_info", json!({}))["unlocked"], true);
    t.ok("lock", json!({}));
    t.ok("start_again", json!({}));
    assert_eq!(t.ok("app_info", json!({}))["store_exists"], false);
    t.ok("create_store", json!({ "passphrase": "583920" }));
}

#[test]
fn a_command_outside_the_capability_is_refused() {
    let t = unlocked();
    // A core command the capability does not grant.
    let e = t.err("plugin:window|close", json!({}));
    assert!(e.to_string().contains("not allowed"), "{e}");
}

/// The commands in build.rs (permissions), lib.rs (handler) and the capability file agree.
#[test]
fn every_command_is_declared_handled_and_granted_exactly_once() {
    let root = env!("CARGO_MANIFEST_DIR");
    let build = std::fs::read_to_string(format!("{root}/build.rs")).unwrap();
    let lib = std::fs::read_to_string(format!("{root}/src/lib.rs")).unwrap();
    let cap: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/capabilities/default.json")).unwrap(),
    )
    .unwrap();
    let start = build.find("const COMMANDS").unwrap();
    let declared: Vec<String> = build[start..]
        .lines()
        .skip(1)
        .take_while(|l| l.trim() != "];")
        .map(|l| l.trim().trim_matches(|c| c == '"' || c == ',').to_string())
        .collect();
    let handled: Vec<String> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("$crate::commands::"))
        .map(|c| c.trim_end_matches(',').to_string())
        .collect();
    let granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|c| c.replace('-', "_"))
        .collect();
    assert!(declared.len() > 20);
    assert_eq!(declared, handled);
    assert_eq!(declared, granted);
    let others: Vec<&str> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| !p.starts_with("allow-"))
        .collect();
    assert_eq!(
        others,
        ["core:event:allow-listen", "core:event:allow-unlisten"]
    );
}

#[test]
fn sharing_marks_the_reflection_shared_and_queues_only_anonymised_text() {
    let t = unlocked();
    let h = add_family(&t);
    let id = h["id"].as_str().unwrap();
    let prep = t.ok("prepare_visit", json!({ "householdId": id }));
    let visit_id = prep["visit"]["id"].as_str().unwrap();
    let mut r = t.ok(
        "reflection_for_visit",
        json!({ "householdId": id, "visitId": visit_id }),
    )["reflection"]
        .clone();
    r["sections"]["worries"] =
        json!("Rowan said Ellis sleeps on the sofa; friend Jolene from OL4 2QT visits.");
    let r = t.ok("save_reflection", json!({ "reflection": r }));
    let rid = r["id"].as_str().unwrap();
    // The practitioner's own name goes with it when given (checked as the server checks it).
    assert_eq!(t.ok("get_settings", json!({}))["display_name"], Value::Null);
    for bad in ["x".repeat(81), "Call 07700 900123".to_string()] {
        let e = t.err("set_display_name", json!({ "name": bad }));
        assert_eq!(e["code"], "invalid", "{e}");
    }
    assert_eq!(
        t.ok("set_display_name", json!({ "name": "  Jo Practitioner " })),
        "Jo Practitioner"
    );
    assert_eq!(
        t.ok("get_settings", json!({}))["display_name"],
        "Jo Practitioner"
    );
    let review = t.ok(
        "share_review",
        json!({ "reflectionId": rid, "decisions": {"undo": [], "redact": []} }),
    );
    assert_eq!(review["author"], "Jo Practitioner");
    let preview = review["preview"].as_str().unwrap();
    for word in ["Rowan", "Ellis", "Jolene", "OL4"] {
        assert!(!preview.contains(word), "{word} in {preview}");
    }
    // A postcode may not be brought back.
    let postcode = review["redactions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "postcode")
        .unwrap()["index"]
        .clone();
    let e = t.err(
        "share_confirm",
        json!({ "reflectionId": rid, "decisions": {"undo": [postcode], "redact": []} }),
    );
    assert_eq!(e["code"], "share");
    t.ok(
        "share_confirm",
        json!({ "reflectionId": rid, "decisions": {"undo": [], "redact": []} }),
    );
    let again = t.ok(
        "reflection_for_visit",
        json!({ "householdId": id, "visitId": visit_id }),
    )["reflection"]
        .clone();
    assert_eq!(again["id"], r["id"]);
    assert_eq!(again["status"], "shared");
    let state = t.ok("share_state", json!({ "reflectionId": rid }));
    assert_eq!(state["state"], "queued");
    assert_eq!(state["text"], preview);
    let status = t.ok("sync_status", json!({}));
    assert_eq!(status["enrolled"], false);
    assert_eq!(status["queued"], 1);
    let queued = t.state().with_store(|st| st.outbox_batch(10)).unwrap();
    assert_eq!(queued[0].item.author.as_deref(), Some("Jo Practitioner"));
    // Cleared, nothing more is sent with the next.
    assert_eq!(t.ok("set_display_name", json!({ "name": "" })), Value::Null);
    // Not enrolled: joining needs a server; a bad address is refused in words.
    let e = t.err(
        "enrol_device",
        json!({ "serverUrl": "http://doorstep.example.org", "code": "x", "label": "" }),
    );
    assert_eq!(
        (e["code"].as_str(), e["detail"].as_str()),
        (Some("enrol"), Some("not_https")),
        "{e}"
    );
}

/// Everything logged through the `log` facade (Tauri's own messages included), kept.
struct Capture(std::sync::Mutex<Vec<String>>);

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        if let Ok(mut lines) = self.0.lock() {
            lines.push(format!(
                "{} {} {}",
                record.level(),
                record.target(),
                record.args()
            ));
        }
    }
    fn flush(&self) {}
}

static CAPTURE: Capture = Capture(std::sync::Mutex::new(Vec::new()));

/// A name and an NHS number planted in a family, a visit note, a reflection, a share review
/// and bad input reach no log line and no error message. The capture is shown to be live (it
/// is the process's logger, and a line logged through the facade reaches it) so that an empty
/// capture means nothing was logged, not that nothing was listening. The app writes to
/// standard error only when it cannot start (src-tauri/src/lib.rs, before any store is open).
#[test]
fn the_app_logs_nothing_a_family_is_recorded_with() {
    const NAME: &str = "Jolene Quarrington";
    const NHS: &str = "943 476 5919";
    log::set_logger(&CAPTURE).expect("the capture is the only logger of this test binary");
    log::set_max_level(log::LevelFilter::Trace);
    log::warn!(target: "doorstep_app", "capture check");
    assert!(
        CAPTURE
            .0
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.ends_with("capture check")),
        "the capture does not receive what is logged"
    );
    let t = unlocked();
    let mut h = t.ok("blank_household", json!({}));
    h["display_name"] = json!(NAME);
    let mut m = t.ok("blank_member", json!({}));
    m["name"] = json!(NAME);
    m["role"] = json!("mother");
    m["notes"] = json!(format!("NHS {NHS}"));
    h["members"] = json!([m]);
    let h = t.ok("save_household", json!({ "household": h }));
    let id = h["id"].as_str().unwrap();
    let prep = t.ok("prepare_visit", json!({ "householdId": id }));
    let visit = prep["visit"]["id"].as_str().unwrap();
    t.ok(
        "set_answer",
        json!({ "visitId": visit, "promptId": "f-who-lives-here", "answer": "answered", "note": NAME }),
    );
    let mut r = t.ok(
        "reflection_for_visit",
        json!({ "householdId": id, "visitId": visit }),
    )["reflection"]
        .clone();
    r["sections"]["worries"] = json!(format!("{NAME}, NHS {NHS}, was upset."));
    let r = t.ok("save_reflection", json!({ "reflection": r }));
    t.ok(
        "share_review",
        json!({ "reflectionId": r["id"], "decisions": {"undo": [], "redact": []} }),
    );
    // Bad input that carries the name: refused without repeating it.
    let mut bad = h.clone();
    bad["members"][0]["name"] = json!(NAME.repeat(20));
    let e = t.err("save_household", json!({ "household": bad }));
    let mut bad = h.clone();
    bad["flags"] = json!([NAME]);
    let e2 = t.err("save_household", json!({ "household": bad }));
    for error in [&e, &e2] {
        let text = error.to_string();
        assert!(!text.contains("Jolene") && !text.contains(NHS), "{text}");
    }
    t.ok("lock", json!({}));
    let e = t.err("unlock", json!({ "passphrase": NAME }));
    assert!(!e.to_string().contains("Jolene"), "{e}");
    let lines = CAPTURE.0.lock().unwrap().clone();
    for secret in ["Jolene", "Quarrington", NHS, "9434765919"] {
        let line = lines.iter().find(|l| l.contains(secret));
        assert!(line.is_none(), "{secret:?} was logged: {line:?}");
    }
}

/// A baby born today, by the device's own calendar, can be recorded whatever the time zone and
/// the hour: "today" is the device's local date, not UTC's (issue 37: scripts/test.sh runs this
/// under Pacific/Auckland and America/Los_Angeles as well, where the two dates differ for half
/// of every day).
#[test]
fn a_baby_born_today_by_the_devices_calendar_can_be_recorded_in_any_time_zone() {
    let t = unlocked();
    let today = chrono::Local::now().date_naive();
    let mut h = t.ok("blank_household", json!({}));
    h["display_name"] = json!("Synthetic Tz");
    let mut m = t.ok("blank_member", json!({}));
    m["name"] = json!("Synthetic Newborn");
    m["role"] = json!("baby");
    m["dob"] = json!(today.to_string());
    h["members"] = json!([m]);
    let saved = t.ok("save_household", json!({ "household": h }));
    assert_eq!(saved["members"][0]["dob"], json!(today.to_string()));
    // Tomorrow, by the same calendar, is refused.
    let mut later = saved.clone();
    later["members"][0]["dob"] = json!((today + chrono::Days::new(1)).to_string());
    t.err("save_household", json!({ "household": later }));
}
