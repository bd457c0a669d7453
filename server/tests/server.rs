//! The team server's story, run against both backends: the embedded SQLite file and a real
//! PostgreSQL. Each test starts the real binary and talks to it over HTTP on loopback.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

use std::time::Duration;

use common::*;
use serde_json::{Value, json};

both!(
    enrolment_codes_work_once_and_expire,
    tokens_missing_wrong_and_revoked_are_refused,
    pushes_are_idempotent_and_conflicts_never_overwrite,
    bad_items_are_rejected_one_by_one,
    oversize_and_malformed_bodies_are_refused,
    identifiers_are_refused_by_kind_never_by_value,
    replies_flow_back_by_cursor_and_teams_are_isolated,
    supervisors_log_in_and_forms_need_their_csrf_token,
    export_and_audit,
    data_survives_a_restart_and_shutdown_is_graceful,
    a_database_from_schema_one_keeps_its_replies_and_their_cursor,
    nothing_a_request_carries_reaches_the_logs,
    the_queue_pages_states_authors_and_search,
    a_reply_is_never_lost_to_an_error_or_an_ended_session,
    a_reply_can_be_corrected_or_withdrawn_by_its_author_for_ten_minutes,
    what_the_team_is_learning_is_counted_over_the_reflections_that_carry_it,
    the_urgent_come_first_with_their_judgement_decision_and_due_date,
    a_case_is_seen_over_time_within_its_team_only,
    supervisors_are_told_by_mail_that_an_urgent_reflection_waits_never_what_it_says,
);

fn uuid() -> String {
    uuid::Uuid::now_v7().to_string()
}

async fn enrolment_codes_work_once_and_expire(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    admin(&db.url, &["team", "create", "Enrol team"]).unwrap();
    let code = admin(&db.url, &["enrol-code", "--team", "Enrol team"]).unwrap();
    let code = code.trim();
    assert_eq!(code.len(), 32, "the code is printed alone: {code:?}");
    let post = |code: String| {
        let url = format!("{}/v1/devices", server.url);
        async move {
            client()
                .post(url)
                .json(&json!({"code": code, "label": "Tablet"}))
                .send()
                .await
                .unwrap()
        }
    };
    let first = post(code.to_string()).await;
    assert_eq!(first.status(), 201);
    let v: Value = first.json().await.unwrap();
    assert_eq!(v["token"].as_str().unwrap().len(), 64, "256 bits");
    let again = post(code.to_string()).await;
    assert_eq!(again.status(), 403, "a code works once");
    assert_eq!(again.json::<Value>().await.unwrap()["code"], "invalid_code");
    assert_eq!(post("not-a-real-code".into()).await.status(), 403);
    let short = admin(
        &db.url,
        &["enrol-code", "--team", "Enrol team", "--expires", "1s"],
    )
    .unwrap();
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(
        post(short.trim().to_string()).await.status(),
        403,
        "an expired code"
    );
    // The token is stored only as a hash: it is nowhere in the database as written.
    if let Some(path) = db.url.strip_prefix("sqlite:") {
        drop(server);
        let token = v["token"].as_str().unwrap();
        for suffix in ["", "-wal"] {
            if let Ok(bytes) = std::fs::read(format!("{path}{suffix}")) {
                assert!(!bytes.windows(token.len()).any(|w| w == token.as_bytes()));
            }
        }
    }
}

async fn tokens_missing_wrong_and_revoked_are_refused(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Auth team").await;
    let url = format!("{}/v1/replies?after=0", server.url);
    let r = client().get(&url).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "unauthorized");
    let r = client()
        .get(&url)
        .bearer_auth("0".repeat(64))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let r = client()
        .get(&url)
        .bearer_auth(&d.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let list = admin(&db.url, &["devices", "list", "--team", "Auth team"]).unwrap();
    assert!(
        list.contains(&d.device_id) && list.contains("active"),
        "{list}"
    );
    admin(&db.url, &["devices", "revoke", &d.device_id]).unwrap();
    let r = client()
        .get(&url)
        .bearer_auth(&d.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "device_revoked");
    let r = push(
        &server,
        &d.token,
        vec![item(&uuid(), "A revoked device's reflection.")],
    )
    .await;
    assert_eq!(r.status(), 401);
    assert!(
        admin(&db.url, &["devices", "list"])
            .unwrap()
            .contains("revoked")
    );
}

async fn pushes_are_idempotent_and_conflicts_never_overwrite(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Push team").await;
    let (a, c) = (uuid(), uuid());
    let text = "[Mother] said [Partner] sleeps on the sofa with [Baby] after nights out.";
    let r = push(
        &server,
        &d.token,
        vec![item(&a, text), item(&c, "Second reflection.")],
    )
    .await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["results"][0], json!({"id": a, "status": "stored"}));
    assert_eq!(v["results"][1]["status"], "stored");
    // The same again: a no-op.
    let v: Value = push(&server, &d.token, vec![item(&a, text)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["results"][0]["status"], "duplicate");
    // Same id, other content: refused, never overwritten.
    let v: Value = push(&server, &d.token, vec![item(&a, "Changed text.")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["results"][0]["status"], "rejected");
    assert!(
        v["results"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("conflict")
    );
    // A correct body hash is accepted, a wrong one refused.
    let mut good = item(&uuid(), "Third reflection.");
    good["body_hash"] = json!(doorstep::sync::wire::body_hash(
        "2026-W48",
        "2026.11.1+abc",
        &["e".into(), "f".into()],
        "Third reflection."
    ));
    let mut bad = item(&uuid(), "Fourth reflection.");
    bad["body_hash"] = json!("0".repeat(64));
    let v: Value = push(&server, &d.token, vec![good, bad])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["results"][0]["status"], "stored");
    assert_eq!(v["results"][1]["status"], "rejected");
    let csv = admin(
        &db.url,
        &["export", "--team", "Push team", "--format", "csv"],
    )
    .unwrap();
    assert!(csv.contains(text), "the original text is kept: {csv}");
    assert!(!csv.contains("Changed text."));
    // Another device may not take an id over.
    let other = enrol(&server, "Push team").await;
    let v: Value = push(&server, &other.token, vec![item(&a, text)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["results"][0]["status"], "rejected");
}

async fn bad_items_are_rejected_one_by_one(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Items team").await;
    let good = uuid();
    let mut bad_week = item(&uuid(), "Bad week.");
    bad_week["week"] = json!("2026-11-27");
    let mut bad_theme = item(&uuid(), "Bad theme.");
    bad_theme["themes"] = json!(["e", "z"]);
    let mut no_text = item(&uuid(), "x");
    no_text.as_object_mut().unwrap().remove("text");
    let r = push(
        &server,
        &d.token,
        vec![
            item("not-a-uuid", "Bad id."),
            bad_week,
            item(&good, "Good one."),
            bad_theme,
            no_text,
            json!(42),
        ],
    )
    .await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    let statuses: Vec<&str> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "rejected", "rejected", "stored", "rejected", "rejected", "rejected"
        ]
    );
    assert!(v["results"][0]["reason"].as_str().unwrap().contains("UUID"));
    assert!(v["results"][1]["reason"].as_str().unwrap().contains("week"));
    assert!(
        v["results"][3]["reason"]
            .as_str()
            .unwrap()
            .contains("theme")
    );
    assert!(v["results"][4]["reason"].as_str().unwrap().contains("text"));
    assert_eq!(v["results"][2]["id"], good);

    // A week more than one ahead of the server's is refused like other bad input; next week
    // (a device's clock a little ahead) is taken.
    let week_in = |days: u64| {
        doorstep::sync::wire::iso_week(chrono::Utc::now().date_naive() + chrono::Days::new(days))
    };
    let mut future = item(&uuid(), "From the future.");
    future["week"] = json!(week_in(21));
    let mut next = item(&uuid(), "Next week.");
    next["week"] = json!(week_in(7));
    let v: Value = push(&server, &d.token, vec![future, next])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["results"][0]["status"], "rejected");
    assert!(
        v["results"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("ahead"),
        "{v}"
    );
    assert_eq!(v["results"][1]["status"], "stored");

    // A practitioner's name that is too long, or a number, is refused like other bad input.
    let mut long = item(&uuid(), "A long name.");
    long["author"] = json!("x".repeat(81));
    let mut number = item(&uuid(), "A number for a name.");
    number["author"] = json!("07700 900123");
    let v: Value = push(&server, &d.token, vec![long, number])
        .await
        .json()
        .await
        .unwrap();
    for r in v["results"].as_array().unwrap() {
        assert_eq!(r["status"], "rejected");
        assert!(r["reason"].as_str().unwrap().contains("bad author"), "{v}");
    }
}

/// A device enrolled in `team` with its own label.
async fn enrol_as(server: &Server, team: &str, label: &str) -> (String, String) {
    let _ = admin(&server.database, &["team", "create", team]);
    let code = admin(&server.database, &["enrol-code", "--team", team]).unwrap();
    let r = client()
        .post(format!("{}/v1/devices", server.url))
        .json(&json!({"code": code.trim(), "label": label}))
        .send()
        .await
        .unwrap();
    let v: Value = r.json().await.unwrap();
    (
        v["device_id"].as_str().unwrap().to_string(),
        v["token"].as_str().unwrap().to_string(),
    )
}

/// The reflections linked from a list page.
fn linked(html: &str) -> Vec<String> {
    html.split("href=\"/reflections/")
        .skip(1)
        .map(|s| s[..36].to_string())
        .collect()
}

async fn the_queue_pages_states_authors_and_search(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let (_, jo) = enrol_as(&server, "Queue team", "Jo's tablet").await;
    let (sam_id, sam) = enrol_as(&server, "Queue team", "Sam's laptop").await;
    let (_, other) = enrol_as(&server, "Other team", "Elsewhere").await;
    make_supervisor(&db.url, "Queue team", "qsup");
    // 230 reflections from Jo over ten weeks, sent newest week first; three from Sam.
    let mut ids = Vec::new();
    for batch in 0..3 {
        let items: Vec<Value> = (0..(if batch < 2 { 100 } else { 30 }))
            .map(|i| {
                let n = batch * 100 + i;
                let id = uuid();
                ids.push((id.clone(), 48 - (n % 10)));
                let mut it = item(
                    &id,
                    &format!("What worries me\nSleep space number {n} not seen."),
                );
                it["week"] = json!(format!("2026-W{:02}", 48 - (n % 10)));
                it
            })
            .collect();
        assert_eq!(push(&server, &jo, items).await.status(), 200);
    }
    let sam_items: Vec<Value> = (0..3)
        .map(|i| {
            let mut it = item(
                &uuid(),
                &format!("Sam wrote about the bannister gate, note {i}."),
            );
            it["author"] = json!("Sam Practitioner");
            it
        })
        .collect();
    let sam_ids: Vec<String> = sam_items
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();
    push(&server, &sam, sam_items).await;
    push(
        &server,
        &other,
        vec![item(&uuid(), "Other team: the bannister gate.")],
    )
    .await;

    let web = Browser::new(&server);
    web.login("qsup", SUPERVISOR_PASSWORD).await;
    // The first view is the queue: all 233 need a reply, oldest week first, 50 a page.
    let (status, first) = web.get("/").await;
    assert_eq!(status, 200);
    assert!(first.contains("Reflections that need a reply"), "{first}");
    assert!(
        first.contains("<span class=\"count\">233</span>"),
        "the count in the navigation"
    );
    assert!(first.contains("233 reflections · 1–50 shown · page 1 of 5"));
    assert!(first.contains("the names of families are never here"));
    let page_one = linked(&first);
    assert_eq!(page_one.len(), 50);
    let week_of = |id: &String| ids.iter().find(|(i, _)| i == id).map(|(_, w)| *w);
    assert_eq!(week_of(&page_one[0]), Some(39), "the oldest week first");
    assert!(
        first.contains("W39 · 21–27 Sep 2026"),
        "weeks with their dates"
    );
    assert!(first.contains("Jo&#39;s tablet"), "the author");
    assert!(
        first.contains("<strong>What worries me</strong> Sleep space"),
        "the section first"
    );
    // Opened from the list: the way back and its neighbours in that list.
    let (_, opened) = web
        .get(&format!("/reflections/{}?from=", page_one[1]))
        .await;
    assert!(
        opened.contains(&format!(
            "rel=\"prev\" href=\"/reflections/{}?from=",
            page_one[0]
        )),
        "{opened}"
    );
    assert!(opened.contains(&format!(
        "rel=\"next\" href=\"/reflections/{}?from=",
        page_one[2]
    )));
    assert!(opened.contains("Written with the reflection questions of November 2026 (2026.11.1)"));
    assert!(opened.contains("href=\"/questions\""));
    let (status, asked) = web.get("/questions").await;
    assert_eq!(status, 200);
    assert!(asked.contains("<h2>What worries me</h2>"));
    // The week filter offers the weeks that have reflections.
    assert!(first.contains("<option value=\"2026-W48\">W48 · 23–29 Nov 2026</option>"));
    // Every reflection is reachable through the pages, beyond 200.
    let mut seen = page_one.clone();
    for p in 2..=5 {
        let (_, html) = web.get(&format!("/?page={p}")).await;
        seen.extend(linked(&html));
        if p == 5 {
            assert!(html.contains("201–233 shown · page 5 of 5"));
            assert!(html.contains("Previous page") && !html.contains("Next page"));
        }
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 233);

    // A reply takes it out of the queue; states are set and filtered on, and audited.
    let (target, second) = (page_one[0].clone(), page_one[1].clone());
    assert_eq!(
        web.reply(&target, "Let us talk about this one.")
            .await
            .status(),
        200
    );
    let (_, html) = web.get("/").await;
    assert!(html.contains("<span class=\"count\">232</span>"));
    assert!(!linked(&html).contains(&target));
    let (_, page) = web.get(&format!("/reflections/{target}")).await;
    assert!(
        page.contains("<h2>What worries me</h2>"),
        "sections as headings"
    );
    assert!(page.contains("By <strong>Jo&#39;s tablet</strong> · replied"));
    let set = |id: String, state: &'static str, on: &'static str| {
        let web = &web;
        async move {
            let (_, page) = web.get(&format!("/reflections/{id}")).await;
            web.http
                .post(format!("{}/reflections/{id}/state", web.base))
                .form(&[
                    ("csrf", csrf_in(&page).as_str()),
                    ("state", state),
                    ("discussed_on", on),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(
        set(target.clone(), "discussed", "2026-11-30")
            .await
            .status(),
        200
    );
    assert_eq!(set(second.clone(), "closed", "").await.status(), 200);
    assert_eq!(
        set(second.clone(), "discussed", "").await.status(),
        400,
        "discussed needs a day"
    );
    assert_eq!(set(second.clone(), "lost", "").await.status(), 400);
    let (_, discussed) = web.get("/?state=discussed").await;
    assert_eq!(linked(&discussed), vec![target.clone()]);
    assert!(
        discussed.contains("1 reflection<"),
        "one, not ones: {discussed}"
    );
    assert!(discussed.contains("discussed in supervision on 30 Nov 2026"));
    let (_, closed) = web.get("/?state=closed").await;
    assert_eq!(linked(&closed), vec![second.clone()]);
    let (_, html) = web.get("/").await;
    assert!(html.contains("<span class=\"count\">231</span>"));
    let audit = admin(&db.url, &["audit", "--limit", "20"]).unwrap();
    assert!(
        audit.contains(&format!("reflection {target}: discussed on 2026-11-30")),
        "{audit}"
    );

    // By practitioner, and by words in the text, within the team only.
    let (_, by_sam) = web.get(&format!("/?state=all&author={sam_id}")).await;
    let mut got = linked(&by_sam);
    got.sort();
    let mut want = sam_ids.clone();
    want.sort();
    assert_eq!(got, want);
    assert!(
        by_sam.contains("Sam Practitioner (Sam&#39;s laptop)"),
        "the name the device sent, with its label"
    );
    let (_, found) = web.get("/?state=all&q=bannister+gates").await;
    let mut got = linked(&found);
    got.sort();
    assert_eq!(got, want, "the other team's reflection is not found");
    let (_, one) = web.get("/?state=all&q=number+117").await;
    assert_eq!(linked(&one).len(), 1);

    // Bad filters are answered, not ignored.
    let (status, html) = web.get("/?week=2026-W99").await;
    assert_eq!(status, 400);
    assert!(html.contains("is not a week"), "{html}");
    let (status, html) = web.get("/?author=someone").await;
    assert_eq!(status, 400);
    assert!(html.contains("not in your team"));
    let (status, _) = web.get("/?q=%22%28%2A").await;
    assert_eq!(
        status, 400,
        "a search with no words is answered, and no FTS syntax error"
    );
}

async fn oversize_and_malformed_bodies_are_refused(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Size team").await;
    let many: Vec<Value> = (0..101)
        .map(|i| item(&uuid(), &format!("Reflection {i}.")))
        .collect();
    let r = push(&server, &d.token, many).await;
    assert_eq!(r.status(), 413);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "too_large");
    let big = "x".repeat(300 * 1024);
    let r = push(&server, &d.token, vec![item(&uuid(), &big)]).await;
    assert_eq!(r.status(), 413);
    let r = client()
        .post(format!("{}/v1/reflections", server.url))
        .bearer_auth(&d.token)
        .header("content-type", "application/json")
        .body("{\"reflections\": [")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["code"], "bad_request");
    assert!(v["message"].as_str().unwrap().contains("JSON"));
    let r = client()
        .post(format!("{}/v1/devices", server.url))
        .body("nonsense")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let r = client()
        .get(format!("{}/v1/replies?after=banana", server.url))
        .bearer_auth(&d.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    // And the server is still fine.
    let r = push(
        &server,
        &d.token,
        vec![item(&uuid(), "After the bad ones.")],
    )
    .await;
    assert_eq!(r.status(), 200);
}

async fn identifiers_are_refused_by_kind_never_by_value(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Identifier team").await;
    let r = push(
        &server,
        &d.token,
        vec![
            item(&uuid(), "Moved to OL4 2QT last week."),
            item(&uuid(), "Call 07700 900123 and NHS 943 476 5919."),
            item(
                &uuid(),
                "Seen at [Address], [Postcode]; 9th centile, 34 weeks.",
            ),
        ],
    )
    .await;
    let v: Value = r.json().await.unwrap();
    let reason0 = v["results"][0]["reason"].as_str().unwrap();
    assert!(reason0.contains("postcode"), "{reason0}");
    assert_eq!(echoes(reason0, "OL4 2QT"), None, "{reason0}");
    let reason1 = v["results"][1]["reason"].as_str().unwrap();
    assert!(
        reason1.contains("phone") && reason1.contains("nhs_number"),
        "{reason1}"
    );
    for value in ["07700 900123", "943 476 5919"] {
        assert_eq!(echoes(reason1, value), None, "{reason1}");
    }
    assert_eq!(v["results"][2]["status"], "stored");
}

/// Schema 1 as the first release left it: the replies table was called `feedback`, and
/// supervisors and sessions had no lifecycle columns (disabled, last used).
fn back_to_schema_one(b: Backend) -> &'static str {
    match b {
        Backend::Sqlite => {
            "ALTER TABLE devices DROP COLUMN person;
             DROP INDEX reflections_case; ALTER TABLE reflections DROP COLUMN case_key;
             DROP INDEX reflections_queue;
             CREATE INDEX reflections_queue ON reflections(team_id, state, week, seq);
             ALTER TABLE reflections DROP COLUMN judgement;
             ALTER TABLE reflections DROP COLUMN decision;
             ALTER TABLE reflections DROP COLUMN actions_due;
             ALTER TABLE reflections DROP COLUMN urgency;
             ALTER TABLE supervisors DROP COLUMN credential_gen;
             DELETE FROM meta WHERE key = 'search_indexed_to';
             ALTER TABLE reflections DROP COLUMN signals;
             DROP INDEX replies_number; ALTER TABLE replies DROP COLUMN number;
             ALTER TABLE replies DROP COLUMN edited_at; ALTER TABLE replies DROP COLUMN withdrawn_at;
             DROP TRIGGER reflections_fts_delete;
             DROP TABLE reflections_fts;
             DROP INDEX reflections_queue; DROP INDEX reflections_week;
             ALTER TABLE reflections DROP COLUMN state;
             ALTER TABLE reflections DROP COLUMN discussed_on;
             ALTER TABLE reflections DROP COLUMN author_name;
             ALTER TABLE supervisors DROP COLUMN display_name;
             DROP TABLE device_days;
             ALTER TABLE supervisors DROP COLUMN disabled_at;
             ALTER TABLE sessions DROP COLUMN last_seen_at;
             ALTER TABLE replies RENAME TO feedback;
             DROP INDEX replies_device; DROP INDEX replies_reflection;
             CREATE INDEX feedback_device ON feedback(device_id, seq);
             CREATE INDEX feedback_reflection ON feedback(reflection_id);
             PRAGMA user_version = 1;"
        }
        Backend::Postgres => {
            "DROP TABLE throttle; DROP TABLE search_pending; DROP TABLE reflection_search;
             ALTER TABLE devices DROP COLUMN person;
             DROP INDEX reflections_case; ALTER TABLE reflections DROP COLUMN case_key;
             DROP INDEX reflections_queue;
             CREATE INDEX reflections_queue ON reflections(team_id, state, week, seq);
             ALTER TABLE reflections DROP COLUMN judgement, DROP COLUMN decision,
                 DROP COLUMN actions_due, DROP COLUMN urgency;
             ALTER TABLE supervisors DROP COLUMN credential_gen;
             ALTER TABLE reflections DROP COLUMN signals;
             DROP INDEX replies_number;
             ALTER TABLE replies DROP COLUMN number, DROP COLUMN edited_at, DROP COLUMN withdrawn_at;
             DROP INDEX reflections_queue; DROP INDEX reflections_week;
             ALTER TABLE reflections DROP COLUMN state, DROP COLUMN discussed_on,
                 DROP COLUMN author_name;
             ALTER TABLE supervisors DROP COLUMN display_name;
             DROP TABLE device_days;
             ALTER TABLE supervisors DROP COLUMN disabled_at;
             ALTER TABLE sessions DROP COLUMN last_seen_at;
             ALTER TABLE replies RENAME TO feedback;
             ALTER SEQUENCE replies_seq_seq RENAME TO feedback_seq_seq;
             ALTER INDEX replies_device RENAME TO feedback_device;
             ALTER INDEX replies_reflection RENAME TO feedback_reflection;
             UPDATE meta SET value = '1' WHERE key = 'schema_version';"
        }
    }
}

async fn a_database_from_schema_one_keeps_its_replies_and_their_cursor(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Upgrade team").await;
    make_supervisor(&db.url, "Upgrade team", "usup");
    let rid = uuid();
    push(
        &server,
        &d.token,
        vec![item(&rid, "Written before the upgrade.")],
    )
    .await;
    let br = Browser::new(&server);
    br.login("usup", SUPERVISOR_PASSWORD).await;
    assert_eq!(
        br.reply(&rid, "A reply kept through the upgrade.")
            .await
            .status(),
        200
    );
    let pull = |server_url: String, after: i64| {
        let token = d.token.clone();
        async move {
            let v: Value = client()
                .get(format!("{server_url}/v1/replies?after={after}"))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            v
        }
    };
    let before = pull(server.url.clone(), 0).await;
    assert!(server.stop().success());
    run_sql(&db.url, back_to_schema_one(b));

    let server = Server::start(&db.url);
    let after = pull(server.url.clone(), 0).await;
    assert_eq!(after, before, "the same replies at the same cursor");
    let br = Browser::new(&server);
    br.login("usup", SUPERVISOR_PASSWORD).await;
    // A reflection replied to before the upgrade is not in the queue, and is found by its text.
    let (_, replied) = br.get("/?state=replied&q=upgrade").await;
    assert!(
        replied.contains(&format!("/reflections/{rid}")),
        "{replied}"
    );
    let (_, queue) = br.get("/").await;
    assert!(!queue.contains(&format!("/reflections/{rid}")));
    assert_eq!(br.reply(&rid, "And one after it.").await.status(), 200);
    let cursor = before["cursor"].as_i64().unwrap();
    let next = pull(server.url.clone(), cursor).await;
    let items = next["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{next}");
    assert_eq!(items[0]["text"], "And one after it.");
    assert!(
        items[0]["seq"].as_i64().unwrap() > cursor,
        "the cursor only moves on"
    );
}

async fn replies_flow_back_by_cursor_and_teams_are_isolated(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let north = enrol(&server, "North").await;
    let south = enrol(&server, "South").await;
    make_supervisor(&db.url, "North", "nsup");
    make_supervisor(&db.url, "South", "ssup");
    let (r1, r2) = (uuid(), uuid());
    push(
        &server,
        &north.token,
        vec![
            item(&r1, "North reflection one."),
            item(&r2, "North reflection two."),
        ],
    )
    .await;
    let south_r = uuid();
    push(
        &server,
        &south.token,
        vec![item(&south_r, "South reflection.")],
    )
    .await;

    let n = Browser::new(&server);
    n.login("nsup", SUPERVISOR_PASSWORD).await;
    let (_, list) = n.get("/").await;
    assert!(list.contains("North reflection one.") && !list.contains("South reflection."));
    let (status, _) = n.get(&format!("/reflections/{south_r}")).await;
    assert_eq!(status, 404, "a supervisor sees only their own team");
    assert_eq!(
        n.reply(&r1, "Good curiosity about the sofa.")
            .await
            .status(),
        200
    );
    assert_eq!(n.reply(&r2, "Take this to core group.").await.status(), 200);
    assert_eq!(n.reply(&r1, "One more thought.").await.status(), 200);

    let get = |token: String, after: i64| {
        let url = format!("{}/v1/replies?after={after}", server.url);
        async move { client().get(url).bearer_auth(token).send().await.unwrap() }
    };
    let v: Value = get(north.token.clone(), 0).await.json().await.unwrap();
    let items = v["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["reflection_id"], r1);
    assert_eq!(items[0]["text"], "Good curiosity about the sofa.");
    assert_eq!(
        items[0]["supervisor"], "nsup",
        "the username when no display name"
    );
    let seqs: Vec<i64> = items.iter().map(|i| i["seq"].as_i64().unwrap()).collect();
    assert!(
        seqs.windows(2).all(|w| w[0] < w[1]),
        "in server order: {seqs:?}"
    );
    assert_eq!(v["cursor"], seqs[2]);
    let v: Value = get(north.token.clone(), seqs[0])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["items"].as_array().unwrap().len(), 2);
    let v: Value = get(north.token.clone(), seqs[2])
        .await
        .json()
        .await
        .unwrap();
    assert!(v["items"].as_array().unwrap().is_empty());
    assert_eq!(v["cursor"], seqs[2]);
    // The other team's device sees none of it.
    let v: Value = get(south.token.clone(), 0).await.json().await.unwrap();
    assert!(v["items"].as_array().unwrap().is_empty());
    // A supervisor with a display name is named by it, on the device and on the page.
    admin_env(
        &db.url,
        &[
            "supervisor",
            "create",
            "--team",
            "South",
            "--username",
            "ssup2",
            "--display-name",
            "Sam South",
        ],
        &[("DOORSTEP_SUPERVISOR_PASSWORD", SUPERVISOR_PASSWORD)],
    )
    .unwrap();
    let s = Browser::new(&server);
    s.login("ssup2", SUPERVISOR_PASSWORD).await;
    assert_eq!(s.reply(&south_r, "Thank you.").await.status(), 200);
    let (_, page) = s.get(&format!("/reflections/{south_r}")).await;
    assert!(page.contains("Sam South"), "{page}");
    let v: Value = get(south.token.clone(), 0).await.json().await.unwrap();
    assert_eq!(v["items"][0]["supervisor"], "Sam South");
    // A cursor this server never gave: it has lost data or is another server.
    let r = get(north.token.clone(), seqs[2] + 1000).await;
    assert_eq!(r.status(), 409);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "unknown_cursor");
}

async fn supervisors_log_in_and_forms_need_their_csrf_token(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Web team").await;
    make_supervisor(&db.url, "Web team", "websup");
    let rid = uuid();
    let mut tagged = item(&rid, "A reflection about <b>sleep</b> & who was there.");
    tagged["themes"] = json!(["safe-sleep", "f"]);
    push(&server, &d.token, vec![tagged]).await;

    let br = Browser::new(&server);
    let (status, html) = br.get("/").await;
    assert_eq!(status, 200);
    assert!(html.contains("Log in"), "not logged in: the login page");
    let wrong = br.login("websup", "not the password at all").await;
    assert_eq!(wrong.status(), 401);
    let ok = br.login("websup", SUPERVISOR_PASSWORD).await;
    assert_eq!(ok.status(), 200);
    let csp = ok
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("unsafe"),
        "{csp}"
    );
    let html = ok.text().await.unwrap();
    assert!(
        html.contains("&lt;b&gt;sleep&lt;/b&gt; &amp; who"),
        "text is escaped"
    );
    let (_, filtered) = br.get("/?theme=e").await;
    assert!(
        !filtered.contains("A reflection about"),
        "filtered out by theme"
    );
    let (_, filtered) = br.get("/?theme=safe-sleep&week=2026-W48").await;
    assert!(filtered.contains("A reflection about"));
    // A reply without the form's token is refused.
    let forged = br
        .http
        .post(format!("{}/reflections/{rid}/reply", br.base))
        .form(&[("text", "Forged reply"), ("csrf", "0000")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let r = br.reply(&rid, "Thank you, let's talk Tuesday.").await;
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("Thank you, let&#39;s talk Tuesday.") && !page.contains("Forged reply"));
    let (_, themes) = br.get("/themes").await;
    assert!(
        themes.contains("<svg") && themes.contains("safe sleep"),
        "charts drawn by the server"
    );
    assert_eq!(br.get("/static/app.css").await.0, 200);
}

async fn export_and_audit(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Export team").await;
    make_supervisor(&db.url, "Export team", "expsup");
    let rid = uuid();
    let sectioned = uuid();
    let mut with_sections = item(
        &sectioned,
        "What worries me\nDad drinks at weekends.\n\nFor supervision: what I want challenged\n=Am I too hopeful?",
    );
    with_sections["signals"] = json!(["partner-not-seen"]);
    push(
        &server,
        &d.token,
        vec![
            item(&rid, "Text with a comma, and \"quotes\"."),
            with_sections,
        ],
    )
    .await;
    let br = Browser::new(&server);
    br.login("expsup", SUPERVISOR_PASSWORD).await;
    br.reply(&rid, "Noted.").await;
    admin(&db.url, &["devices", "revoke", &d.device_id]).unwrap();
    let csv = admin(
        &db.url,
        &["export", "--team", "Export team", "--format", "csv"],
    )
    .unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    // One column per field: the reflection's sections and the signals each in their own.
    let content = doorstep_core::content::Content::embedded();
    let header: Vec<&str> = lines[0].split(',').collect();
    let mut expected_header = vec![
        "id".to_string(),
        "week".into(),
        "content_version".into(),
        "themes".into(),
        "practitioner".into(),
        "state".into(),
        "discussed_on".into(),
        "replies".into(),
        "judgement".into(),
        "decision".into(),
        "urgent".into(),
        "actions_due".into(),
        "case_key".into(),
    ];
    expected_header.extend(
        content
            .reflection
            .sections
            .iter()
            .map(|s| format!("section:{}", s.id)),
    );
    expected_header.push("section:other".into());
    expected_header.extend(
        content
            .reflection
            .signals
            .iter()
            .map(|s| format!("signal:{}", s.id)),
    );
    // Each standing reply: its author, its time and its text (one reply at most here).
    expected_header.extend(["reply:1:author", "reply:1:at", "reply:1:text"].map(String::from));
    assert_eq!(header, expected_header);
    // Text under no heading goes to `section:other`; no signals sent leaves theirs empty, no
    // judgement, decision or due dates sent leaves theirs empty (and it is not urgent).
    assert_eq!(
        lines[1],
        format!(
            "{rid},2026-W48,2026.11.1+abc,e f,Test tablet,replied,,1,,,no,,{},\"Text with a comma, and \"\"quotes\"\".\"{},expsup,{},Noted.",
            ",".repeat(content.reflection.sections.len()),
            ",".repeat(content.reflection.signals.len()),
            lines[1].split(',').rev().nth(1).unwrap()
        )
    );
    let at = lines[1].split(',').rev().nth(1).unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(at).is_ok(),
        "the reply's time: {at}"
    );
    // Sections by their headings, each in its column (a formula made text); signals yes or no.
    let row: std::collections::HashMap<&str, &str> =
        header.iter().copied().zip(lines[2].split(',')).collect();
    assert_eq!(row["id"], sectioned);
    assert_eq!(row["section:worries"], "Dad drinks at weekends.");
    assert_eq!(row["section:supervision"], "'=Am I too hopeful?");
    assert_eq!(row["section:other"], "");
    assert_eq!(row["section:judgement"], "");
    assert_eq!(row["signal:partner-not-seen"], "yes");
    assert_eq!(row["signal:sleep-space-not-seen"], "no");
    assert_eq!(row["state"], "new");
    assert_eq!(row["replies"], "0");
    assert_eq!(row["reply:1:author"], "");
    // The supervisor downloads the same file from the page, audited under their name.
    let r = br
        .http
        .get(format!("{}/export.csv", br.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(r.text().await.unwrap().trim_end(), csv.trim_end());
    let audit = admin(&db.url, &["audit", "--limit", "100"]).unwrap();
    assert!(audit.contains("supervisor expsup\texport\t"), "{audit}");
    for action in [
        "team_create",
        "enrol_code_create",
        "device_enrol",
        "ingest",
        "supervisor_create",
        "login",
        "reply",
        "device_revoke",
        "export",
    ] {
        assert!(
            audit.contains(&format!("\t{action}\t")),
            "{action} not audited:\n{audit}"
        );
    }
    assert!(
        !audit.contains("Text with a comma"),
        "the audit never holds reflection text"
    );
    assert!(!audit.contains(&d.token));
}

async fn data_survives_a_restart_and_shutdown_is_graceful(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Restart team").await;
    let rid = uuid();
    push(&server, &d.token, vec![item(&rid, "Before the restart.")]).await;
    let health: Value = client()
        .get(format!("{}/v1/health", server.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let status = server.stop();
    assert!(status.success(), "a clean exit on SIGTERM: {status:?}");
    let server = Server::start(&db.url);
    let again: Value = client()
        .get(format!("{}/v1/health", server.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["instance"], again["instance"], "the same database");
    let v: Value = push(&server, &d.token, vec![item(&rid, "Before the restart.")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        v["results"][0]["status"], "duplicate",
        "the reflection was kept"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_rate_limit_answers_429_with_retry_after() {
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start_with(&db.url, &["--rate-limit", "6"]);
    let d = enrol(&server, "Rate team").await;
    let mut limited = None;
    for _ in 0..20 {
        let r = client()
            .get(format!("{}/v1/replies?after=0", server.url))
            .bearer_auth(&d.token)
            .send()
            .await
            .unwrap();
        if r.status() == 429 {
            limited = Some(r);
            break;
        }
    }
    let r = limited.expect("the limit was reached");
    let wait: u64 = r
        .headers()
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait));
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "rate_limited");
}

/// The limit a team gets without setting one (issue 37: every other test sets it): 120 requests
/// a minute per device, after a burst of 12, so a device's sync is never refused and a runaway
/// one is within a second.
#[tokio::test(flavor = "multi_thread")]
async fn the_default_rate_limit_lets_a_burst_through_then_answers_429() {
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Default rate team").await;
    let started = std::time::Instant::now();
    let mut passed = 0;
    let mut refused = None;
    for _ in 0..40 {
        let r = client()
            .get(format!("{}/v1/replies?after=0", server.url))
            .bearer_auth(&d.token)
            .send()
            .await
            .unwrap();
        if r.status() == 429 {
            refused = Some(r);
            break;
        }
        assert_eq!(r.status(), 200);
        passed += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    let r = refused.expect("the default limit was reached within 40 requests");
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "rate_limited");
    // The burst of 12, and the 2 a second the bucket refills while the loop ran.
    let refill = (secs * 2.0).ceil() as usize;
    assert!(
        (12..=12 + refill).contains(&passed),
        "{passed} passed in {secs:.2} s"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_served_openapi_document_is_the_checked_in_one() {
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start(&db.url);
    let served = client()
        .get(format!("{}/v1/openapi.json", server.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let file =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json")).unwrap();
    assert!(
        served == file,
        "server/openapi.json is out of date: run `doorstep-server openapi > server/openapi.json`"
    );
    let doc: Value = serde_json::from_str(&served).unwrap();
    for path in [
        "/v1/health",
        "/v1/devices",
        "/v1/reflections",
        "/v1/replies",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} documented");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn https_with_a_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let cert =
        rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
    let (cert_path, key_path) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert_path, cert.cert.pem()).unwrap();
    std::fs::write(&key_path, cert.signing_key.serialize_pem()).unwrap();
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start_with(
        &db.url,
        &[
            "--tls-cert",
            cert_path.to_str().unwrap(),
            "--tls-key",
            key_path.to_str().unwrap(),
        ],
    );
    assert!(server.url.starts_with("https://"), "{}", server.url);
    let https = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap())
        .build()
        .unwrap();
    let port = server.url.rsplit(':').next().unwrap();
    let r = https
        .get(format!("https://localhost:{port}/v1/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

/// The defaults an IT lead gets with no flags: the embedded database in
/// `./doorstep-server-data/`, and a supervisor's password asked for clearly when there is no
/// terminal and no DOORSTEP_SUPERVISOR_PASSWORD. (Every other test names its database.)
#[tokio::test(flavor = "multi_thread")]
async fn with_no_database_named_the_server_runs_on_its_embedded_default() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(BIN)
            .args(args)
            .current_dir(dir.path())
            .env_remove("DOORSTEP_DATABASE")
            .env_remove("DOORSTEP_SUPERVISOR_PASSWORD")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let out = run(&["team", "create", "Default Team"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        dir.path()
            .join("doorstep-server-data/doorstep-server.db")
            .is_file()
    );
    let out = run(&[
        "supervisor",
        "create",
        "--team",
        "Default Team",
        "--username",
        "jo",
    ]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("DOORSTEP_SUPERVISOR_PASSWORD"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut child = std::process::Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env_remove("DOORSTEP_DATABASE")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http"))
        .unwrap_or_else(|| panic!("the server did not say where it listens: {line:?}"))
        .to_string();
    let r = client().get(format!("{url}/v1/health")).send().await;
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(r.unwrap().status(), 200);
}

/// A name, an NHS number and a postcode planted in every part of every kind of request (path,
/// query, headers, cookies, JSON and form bodies, a reply, a failed login) appear in no line of
/// the server's log, at debug level for the server's own code. Every request is still logged,
/// by its id, with the id the response carries.
async fn nothing_a_request_carries_reaches_the_logs(backend: Backend) {
    const NAME: &str = "Jolene Quarrington";
    const NHS: &str = "9434765919";
    const POSTCODE: &str = "OL4 2QT";
    let planted = format!("{NAME} {NHS} {POSTCODE}");
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("server.log");
    let db = TestDb::new(backend);
    let server = Server::start_logged(&db.url, &log, "info,doorstep_server=debug");
    let device = enrol(&server, "Log Team").await;
    make_supervisor(&server.database, "Log Team", "logsup");
    let http = client();
    let url = &server.url;
    let noisy = |r: reqwest::RequestBuilder| {
        r.header("x-request-id", &planted)
            .header("user-agent", &planted)
            .header(
                "cookie",
                format!("doorstep_session={NAME}; other={POSTCODE}"),
            )
    };
    let mut ids = Vec::new();
    let mut note = |r: &reqwest::Response| {
        ids.push(r.headers()["x-request-id"].to_str().unwrap().to_string());
    };
    // Paths and queries.
    for path in [
        format!("/v1/health?who={NAME}&nhs={NHS}"),
        format!("/reflections/{NAME}"),
        format!("/{POSTCODE}/{NHS}"),
        format!("/v1/replies?after={NHS}&name={NAME}"),
    ] {
        let r = noisy(http.get(format!("{url}{path}")))
            .bearer_auth(&device.token)
            .send()
            .await
            .unwrap();
        note(&r);
    }
    // JSON bodies: a bad enrolment, a push with the identifiers (refused) and one anonymised.
    let r = noisy(http.post(format!("{url}/v1/devices")))
        .json(&json!({"code": planted, "label": planted}))
        .send()
        .await
        .unwrap();
    note(&r);
    let r = noisy(http.post(format!("{url}/v1/reflections")))
        .bearer_auth(&device.token)
        .json(&json!({"reflections": [item("0190d5a0-0000-7000-8000-00000000a001", &planted)]}))
        .send()
        .await
        .unwrap();
    note(&r);
    let r = noisy(http.post(format!("{url}/v1/reflections")))
        .bearer_auth(format!("{NAME}-{NHS}"))
        .body(format!("{{\"reflections\": \"{planted}\""))
        .send()
        .await
        .unwrap();
    note(&r);
    push(
        &server,
        &device.token,
        vec![item(
            "0190d5a0-0000-7000-8000-00000000a002",
            "[Mother] seen; cot seen.",
        )],
    )
    .await;
    // Forms: a failed login with the name as the username, then a reply that names her.
    let browser = Browser::new(&server);
    let r = browser.login(&planted, &planted).await;
    note(&r);
    let r = browser.login("logsup", SUPERVISOR_PASSWORD).await;
    note(&r);
    browser
        .reply("0190d5a0-0000-7000-8000-00000000a002", &planted)
        .await;
    // The supervisor's pages with the name in their queries.
    let (_, _) = browser.get(&format!("/?theme={NAME}&week={NHS}")).await;
    drop(server);
    let text = std::fs::read_to_string(&log).unwrap();
    for secret in [
        NAME,
        "Jolene",
        "Quarrington",
        NHS,
        "943 476 5919",
        POSTCODE,
        "OL4",
    ] {
        let line = text.lines().find(|l| l.contains(secret));
        assert!(line.is_none(), "{secret:?} is in the log: {line:?}");
    }
    // Every request was logged by the id its response carried.
    for id in &ids {
        assert!(text.contains(id.as_str()), "request {id} not logged");
    }
    assert!(
        text.lines()
            .all(|l| serde_json::from_str::<Value>(l).is_ok()),
        "{text}"
    );
}

async fn a_reply_is_never_lost_to_an_error_or_an_ended_session(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Draft team").await;
    make_supervisor(&db.url, "Draft team", "dsup");
    let rid = uuid();
    push(
        &server,
        &d.token,
        vec![item(&rid, "The partner was not seen.")],
    )
    .await;
    let web = Browser::new(&server);
    web.login("dsup", SUPERVISOR_PASSWORD).await;

    // An identifier: the same page, the text kept in the form, the problem said beside it.
    let r = web
        .reply(
            &rid,
            "Call mum on 07700 900123 about the cot.\r\nThen the partner.",
        )
        .await;
    assert_eq!(r.status(), 400);
    let html = r.text().await.unwrap();
    assert!(html.contains("holds an identifier (phone)"), "{html}");
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(
        html.contains(">Call mum on 07700 900123 about the cot.\nThen the partner.</textarea>")
    );

    // The session ends while the supervisor writes: the reply is carried through the login.
    let (_, page) = web.get(&format!("/reflections/{rid}")).await;
    let csrf = csrf_in(&page);
    run_sql(&db.url, "UPDATE sessions SET expires_at = 0");
    let text = "Good that you noticed.\r\nLet us plan how to see the partner.";
    let r = web
        .http
        .post(format!("{}/reflections/{rid}/reply", web.base))
        .form(&[("text", text), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let login = r.text().await.unwrap();
    assert!(login.contains("limit of 8 hours"), "{login}");
    assert!(login.contains("Your reply was not sent yet"));
    assert!(
        login.contains(">Good that you noticed.\nLet us plan how to see the partner.</textarea>")
    );
    let form_csrf = csrf_in(&login);
    let kept = "Good that you noticed.\nLet us plan how to see the partner.";
    // A wrong password keeps it too.
    let r = web
        .http
        .post(format!("{}/login", web.base))
        .form(&[
            ("username", "dsup"),
            ("password", "not the password"),
            ("csrf", form_csrf.as_str()),
            ("reflection", rid.as_str()),
            ("kept", kept),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains(&format!(">{kept}</textarea>"))
    );
    let r = web
        .http
        .post(format!("{}/login", web.base))
        .form(&[
            ("username", "dsup"),
            ("password", SUPERVISOR_PASSWORD),
            ("csrf", form_csrf.as_str()),
            ("reflection", rid.as_str()),
            ("kept", kept),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let back = r.text().await.unwrap();
    assert!(
        back.contains("The partner was not seen."),
        "on the reflection's page: {back}"
    );
    assert!(back.contains(&format!(">{kept}</textarea>")));
    // Sent from there, it reaches the device with LF line endings.
    assert_eq!(web.reply(&rid, kept).await.status(), 200);
    let v: Value = client()
        .get(format!("{}/v1/replies?after=0", server.url))
        .bearer_auth(&d.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["items"][0]["text"], kept);
}

/// The device's replies after a cursor: (items, cursor).
async fn pull(server: &Server, token: &str, after: i64) -> (Vec<Value>, i64) {
    let v: Value = client()
        .get(format!("{}/v1/replies?after={after}", server.url))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    (
        v["items"].as_array().unwrap().clone(),
        v["cursor"].as_i64().unwrap(),
    )
}

async fn a_reply_can_be_corrected_or_withdrawn_by_its_author_for_ten_minutes(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Edit team").await;
    make_supervisor(&db.url, "Edit team", "esup");
    make_supervisor(&db.url, "Edit team", "other");
    let rid = uuid();
    push(&server, &d.token, vec![item(&rid, "The cot was not seen.")]).await;
    let web = Browser::new(&server);
    web.login("esup", SUPERVISOR_PASSWORD).await;
    assert_eq!(
        web.reply(&rid, "Bring this to supervison.").await.status(),
        200
    );
    let (first, cursor) = pull(&server, &d.token, 0).await;
    let number = first[0]["number"].as_i64().unwrap();
    assert_eq!(
        first[0]["seq"].as_i64(),
        Some(number),
        "a new reply's number is its seq"
    );
    let change = |what: &'static str, text: &'static str| {
        let web = &web;
        let rid = rid.clone();
        async move {
            let (_, page) = web.get(&format!("/reflections/{rid}")).await;
            let csrf = csrf_in(&page);
            web.http
                .post(format!(
                    "{}/reflections/{rid}/replies/{number}/{what}",
                    web.base
                ))
                .form(&[("text", text), ("csrf", csrf.as_str())])
                .send()
                .await
                .unwrap()
        }
    };

    // Only its author is offered the forms, and only its author may use them.
    let (_, page) = web.get(&format!("/reflections/{rid}")).await;
    assert!(page.contains("Correct or withdraw this reply"), "{page}");
    assert!(page.contains(&format!(
        "action=\"/reflections/{rid}/replies/{number}/withdraw\""
    )));
    let other = Browser::new(&server);
    other.login("other", SUPERVISOR_PASSWORD).await;
    let (_, theirs) = other.get(&format!("/reflections/{rid}")).await;
    assert!(!theirs.contains("Correct or withdraw"));
    let r = other
        .http
        .post(format!(
            "{}/reflections/{rid}/replies/{number}/edit",
            other.base
        ))
        .form(&[
            ("text", "Not mine to change."),
            ("csrf", csrf_in(&theirs).as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    // A correction with an identifier is refused on the page, the text kept in its own form.
    let r = change("edit", "Ring 07700 900123 first.").await;
    assert_eq!(r.status(), 400);
    let html = r.text().await.unwrap();
    assert!(html.contains("holds an identifier (phone)"), "{html}");
    assert!(html.contains(&format!(
        "id=\"edit-{number}\" name=\"text\" rows=\"5\" required aria-invalid=\"true\""
    )));
    assert!(html.contains(">Ring 07700 900123 first.</textarea>"));

    // The correction reaches the device as a new version of the same reply.
    assert_eq!(
        change("edit", "Bring this to supervision.\r\nThank you.")
            .await
            .status(),
        200
    );
    let (after, cursor2) = pull(&server, &d.token, cursor).await;
    assert_eq!(after.len(), 1);
    assert_eq!(after[0]["number"].as_i64(), Some(number));
    assert!(after[0]["seq"].as_i64().unwrap() > cursor);
    assert_eq!(after[0]["text"], "Bring this to supervision.\nThank you.");
    assert!(after[0]["edited_at"].as_str().is_some());
    assert_eq!(after[0]["withdrawn"], false);
    let (_, page) = web.get(&format!("/reflections/{rid}")).await;
    assert!(page.contains(" · edited "), "{page}");
    assert!(!page.contains("supervison"), "the old version is gone");
    // A device pulling from the start sees only the latest version.
    let (all, _) = pull(&server, &d.token, 0).await;
    assert_eq!(all.len(), 1);

    // Withdrawn: an empty version that says so; the reflection needs a reply again.
    assert_eq!(change("withdraw", "").await.status(), 200);
    let (after, _) = pull(&server, &d.token, cursor2).await;
    assert_eq!(
        (after[0]["number"].as_i64(), after[0]["withdrawn"].as_bool()),
        (Some(number), Some(true))
    );
    assert_eq!(after[0]["text"], "");
    let (_, page) = web.get(&format!("/reflections/{rid}")).await;
    assert!(page.contains("Withdrawn by its author"));
    assert!(!page.contains("Bring this to supervision"));
    assert!(
        !page.contains("Correct or withdraw"),
        "nothing left to change"
    );
    let (_, list) = web.get("/").await;
    assert!(
        list.contains(&format!("/reflections/{rid}")),
        "back in what needs a reply: {list}"
    );

    // Ten minutes after sending, a correction is refused and offered as a new reply.
    assert_eq!(web.reply(&rid, "A second thought.").await.status(), 200);
    run_sql(
        &db.url,
        "UPDATE replies SET created_at = created_at - 601 WHERE withdrawn_at IS NULL",
    );
    let (_, page) = web.get(&format!("/reflections/{rid}")).await;
    assert!(
        !page.contains("Correct or withdraw"),
        "past the window: {page}"
    );
    let (items, _) = pull(&server, &d.token, 0).await;
    let second = items.iter().find(|i| i["withdrawn"] == false).unwrap()["number"]
        .as_i64()
        .unwrap();
    let (_, page) = web.get(&format!("/reflections/{rid}")).await;
    let r = web
        .http
        .post(format!(
            "{}/reflections/{rid}/replies/{second}/edit",
            web.base
        ))
        .form(&[
            ("text", "A better second thought."),
            ("csrf", csrf_in(&page).as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let html = r.text().await.unwrap();
    assert!(html.contains("that time has passed"), "{html}");
    assert!(html.contains("name=\"text\" rows=\"6\" required aria-invalid=\"true\" aria-describedby=\"reply-problem\" autofocus>A better second thought.</textarea>"), "{html}");

    let audit = admin(&db.url, &["audit", "--limit", "20"]).unwrap();
    assert!(
        audit.contains(&format!("reply_edit\treflection {rid} reply {number}")),
        "{audit}"
    );
    assert!(audit.contains(&format!("reply_withdraw\treflection {rid} reply {number}")));
    assert!(!audit.contains("supervision."), "never the text");
}

async fn what_the_team_is_learning_is_counted_over_the_reflections_that_carry_it(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Learning team").await;
    let other = enrol(&server, "Another team").await;
    make_supervisor(&db.url, "Learning team", "lsup");
    let with_id = |id: &str, signals: Value| {
        let mut i = item(id, "A reflection.");
        i["signals"] = signals;
        i
    };
    let with = |signals: Value| with_id(&uuid(), signals);
    let (two, none, older) = (uuid(), uuid(), uuid());
    let r = push(
        &server,
        &d.token,
        vec![
            with(json!([
                "sleep-space-not-seen",
                "partner-not-seen",
                "sleep-space-not-seen"
            ])),
            with_id(&two, json!(["sleep-space-not-seen", "over-optimism"])),
            with_id(&none, json!([])),
            // From a device that does not send them: not counted either way.
            item(&older, "An older device's reflection."),
            // An unknown signal is refused like any bad field, without echoing it.
            with(json!(["sleep-space-not-seen", "Jayden-at-12-Oak-Road"])),
        ],
    )
    .await;
    let v: Value = r.json().await.unwrap();
    let statuses: Vec<&str> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["stored", "stored", "stored", "stored", "rejected"]
    );
    let reason = v["results"][4]["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("unknown signal (known: sleep-space-not-seen"),
        "{reason}"
    );
    assert!(!reason.contains("Oak"));
    // Another team's reflections are not this team's picture.
    push(
        &server,
        &other.token,
        vec![with(json!(["partner-not-seen"]))],
    )
    .await;

    let web = Browser::new(&server);
    web.login("lsup", SUPERVISOR_PASSWORD).await;
    let (status, html) = web.get("/themes").await;
    assert_eq!(status, 200);
    assert!(html.contains("What the team is learning"), "{html}");
    assert!(
        html.contains("over the 3 reflections that carry these answers"),
        "{html}"
    );
    for (label, n, share) in [
        ("Where the baby sleeps was not seen", 2, 67),
        ("A father or partner on the record was not seen", 1, 33),
        ("The older children were not heard from", 0, 0),
        (
            "The practitioner wondered if they were more hopeful than the facts allow",
            1,
            33,
        ),
    ] {
        let row = format!("<th scope=\"row\">{label}</th><td>{n} of 3</td><td>{share}%</td>");
        assert!(html.contains(&row), "{row} in {html}");
    }

    // Each reflection's page says what its device worked out, by the content's labels: the
    // signals it carries, that none held, or that its device did not send them.
    let (_, page) = web.get(&format!("/reflections/{two}")).await;
    let signals = page
        .split("<section class=\"signals\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .unwrap_or_else(|| panic!("no signals section in {page}"));
    assert!(signals.contains("<h2 id=\"signals-h\">Worked out on the device</h2>"));
    assert!(
        signals.contains("<li>Where the baby sleeps was not seen</li>"),
        "{signals}"
    );
    assert!(
        signals.contains(
            "<li>The practitioner wondered if they were more hopeful than the facts allow</li>"
        ),
        "{signals}"
    );
    assert!(!signals.contains("partner"), "only its own: {signals}");
    let (_, page) = web.get(&format!("/reflections/{none}")).await;
    assert!(page.contains("None of the gaps the team counts held at this visit."));
    let (_, page) = web.get(&format!("/reflections/{older}")).await;
    assert!(page.contains("Sent by a version of the app that does not send these."));
}

async fn the_urgent_come_first_with_their_judgement_decision_and_due_date(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Urgent team").await;
    make_supervisor(&db.url, "Urgent team", "usup");
    let judged = |week: &str, judgement: &str, decision: &str, due: Value| {
        let mut i = item(&uuid(), "What worries me\nThe baby slept on the sofa.");
        i["week"] = json!(week);
        i["judgement"] = json!(judgement);
        i["decision"] = json!(decision);
        i["actions_due"] = due;
        i
    };
    // Sent oldest first; the urgent ones are the newest weeks, so the old order would put
    // them last.
    let mut old_device = item(&uuid(), "An older device's reflection.");
    old_device["week"] = json!("2026-W40");
    let items = vec![
        old_device.clone(),
        judged("2026-W41", "yes", "none", json!([])),
        judged("2026-W46", "not-sure", "lead", json!(["2026-12-11"])),
        judged(
            "2026-W47",
            "no",
            "referral",
            json!(["2026-12-09", "2026-12-08"]),
        ),
        judged("2026-W48", "yes", "emergency", json!(["2026-12-07"])),
        // Refused, each on its own, never echoing what was sent.
        judged("2026-W48", "maybe-Jayden", "none", json!([])),
        judged("2026-W48", "yes", "phone-Oak-Road", json!([])),
        judged("2026-W48", "yes", "none", json!(["11/12/2026"])),
    ];
    let ids: Vec<String> = items
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();
    let v: Value = push(&server, &d.token, items).await.json().await.unwrap();
    let results = v["results"].as_array().unwrap();
    let statuses: Vec<&str> = results
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "stored", "stored", "stored", "stored", "stored", "rejected", "rejected", "rejected"
        ],
        "{v}"
    );
    let reasons: Vec<&str> = results[5..]
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons[0], "unknown judgement (known: yes, no, not-sure)");
    assert_eq!(
        reasons[1],
        "unknown decision (known: none, lead, referral, emergency)"
    );
    assert!(reasons[2].starts_with("bad actions_due"), "{}", reasons[2]);
    for value in ["maybe-Jayden", "phone-Oak-Road"] {
        assert_eq!(echoes(&reasons.concat(), value), None, "{reasons:?}");
    }
    // The date as sent (the reason's own example date may share its year).
    assert!(!reasons.concat().contains("11/12/2026"), "{reasons:?}");

    let web = Browser::new(&server);
    web.login("usup", SUPERVISOR_PASSWORD).await;
    // The queue: emergency, referral, not sure, then the rest oldest week first.
    let (status, html) = web.get("/").await;
    assert_eq!(status, 200);
    assert_eq!(
        linked(&html),
        [ids[4].as_str(), &ids[3], &ids[2], &ids[0], &ids[1]],
        "{html}"
    );
    // The navigation counts the urgent beside "needs a reply": emergency, referral, not sure.
    assert!(
        html.contains("Needs a reply <span class=\"count\">5</span>"),
        "{html}"
    );
    assert!(
        html.contains("Urgent <span class=\"count urgent\">3</span>"),
        "{html}"
    );
    // Each row says what was judged and decided, and when the first action is due.
    let row = |id: &str| {
        html.split("<tr")
            .find(|r| r.contains(id))
            .unwrap_or_else(|| panic!("no row for {id}"))
            .to_string()
    };
    let referral = row(&ids[3]);
    assert!(referral.starts_with(" class=\"urgent\""), "{referral}");
    assert!(
        referral.contains("Safe tonight: <strong>No</strong>"),
        "{referral}"
    );
    assert!(
        referral.contains("Next: <strong>Refer to children&#39;s social care</strong>")
            || referral.contains("Next: <strong>Refer to children&#x27;s social care</strong>"),
        "{referral}"
    );
    assert!(
        referral.contains("First action due 8 Dec 2026"),
        "{referral}"
    );
    let older = row(&ids[0]);
    assert!(older.contains("Safe tonight: not given"), "{older}");
    assert!(!older.contains("class=\"urgent\""), "{older}");
    let lead = row(&ids[2]);
    assert!(lead.contains("Next: <strong>Talk to the safeguarding lead</strong>"));

    // Filters: only the urgent; by judgement; by decision; a bad one is said, not ignored.
    let (_, html) = web.get("/?urgent=1").await;
    assert_eq!(linked(&html), [ids[4].as_str(), &ids[3], &ids[2]]);
    let (_, html) = web.get("/?state=all&judgement=not-sure").await;
    assert_eq!(linked(&html), [ids[2].as_str()]);
    let (_, html) = web.get("/?state=all&decision=none").await;
    assert_eq!(linked(&html), [ids[1].as_str()]);
    let (status, html) = web.get("/?state=all&judgement=perhaps").await;
    assert_eq!(status, 400);
    assert!(
        html.contains("&quot;perhaps&quot; is not a judgement: showing every judgement."),
        "{html}"
    );
    assert_eq!(linked(&html).len(), 5);
    // The compact view: one line per reflection, the urgent first, what worries the
    // practitioner on the line; a way back to the full rows.
    let (status, html) = web.get("/?view=compact").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("<table class=\"reflections compact\">"),
        "{html}"
    );
    assert_eq!(
        linked(&html),
        [ids[4].as_str(), &ids[3], &ids[2], &ids[0], &ids[1]]
    );
    assert!(
        html.contains("<td>The baby slept on the sofa.</td>"),
        "{html}"
    );
    assert!(html.contains("Show what each reflection says first"));
    assert!(!html.contains("What it says first"));
    let (status, html) = web.get("/?view=tiles").await;
    assert_eq!(status, 400);
    assert!(html.contains("&quot;tiles&quot; is not a view"), "{html}");
    // The reflection's own page says it too.
    let (_, page) = web.get(&format!("/reflections/{}", ids[4])).await;
    assert!(
        page.contains("Next: <strong>Emergency: police or ambulance now</strong>"),
        "{page}"
    );
    assert!(page.contains("First action due 7 Dec 2026"));
    // Sent with no case key: no case row.
    assert!(!page.contains("<section class=\"case\""), "{page}");

    // The CSV has a column for each: judgement, decision, urgent and the due dates.
    let csv = admin(
        &db.url,
        &["export", "--team", "Urgent team", "--format", "csv"],
    )
    .unwrap();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
    };
    let (j, dcol, u, due) = (
        col("judgement"),
        col("decision"),
        col("urgent"),
        col("actions_due"),
    );
    let referral_line: Vec<&str> = lines
        .clone()
        .find(|l| l.starts_with(&ids[3]))
        .unwrap()
        .split(',')
        .collect();
    assert_eq!(
        (
            referral_line[j],
            referral_line[dcol],
            referral_line[u],
            referral_line[due]
        ),
        ("no", "referral", "yes", "2026-12-08 2026-12-09")
    );
    let old_line: Vec<&str> = lines
        .find(|l| l.starts_with(&ids[0]))
        .unwrap()
        .split(',')
        .collect();
    assert_eq!(
        (old_line[j], old_line[dcol], old_line[u], old_line[due]),
        ("", "", "no", "")
    );
    // The themes page counts "not safe" and escalations week by week, every week a row.
    let (_, themes) = web.get("/themes").await;
    for (week, judged, not_safe, escalated) in [
        ("W40 · 28 Sep–4 Oct 2026", 0, 0, 0),
        ("W41 · 5–11 Oct 2026", 1, 0, 0),
        ("W44 · 26 Oct–1 Nov 2026", 0, 0, 0),
        ("W46 · 9–15 Nov 2026", 1, 1, 0),
        ("W47 · 16–22 Nov 2026", 1, 1, 1),
        ("W48 · 23–29 Nov 2026", 1, 0, 1),
    ] {
        let row = format!(
            "<tr><th scope=\"row\">{week}</th><td>{judged}</td><td>{not_safe}</td><td>{escalated}</td></tr>"
        );
        assert!(themes.contains(&row), "{row} in {themes}");
    }
    // The practitioner filter lists people, with the device as a detail: the name the
    // device's practitioner last sent.
    let mut named = item(&uuid(), "What worries me\nNothing new.");
    named["author"] = json!("Jo Bloggs");
    named["week"] = json!("2026-W30");
    push(&server, &d.token, vec![named]).await;
    let (_, html) = web.get("/?state=closed").await;
    assert!(html.contains(">Jo Bloggs (Test tablet)</option>"), "{html}");

    // A phrase in quotes finds the words one after the other; words alone find them anywhere;
    // what matched is marked in the rows.
    let phrase = item(
        &uuid(),
        "What worries me\nThe partner was not seen at any visit.",
    );
    let apart = item(
        &uuid(),
        "What worries me\nNot once has the partner been seen.",
    );
    let (p_id, a_id) = (
        phrase["id"].as_str().unwrap().to_string(),
        apart["id"].as_str().unwrap().to_string(),
    );
    push(&server, &d.token, vec![phrase, apart]).await;
    let (_, html) = web.get("/?state=all&q=%22partner+was+not+seen%22").await;
    assert_eq!(linked(&html), [p_id.as_str()], "{html}");
    assert!(
        html.contains("<mark>partner</mark> <mark>was</mark> <mark>not</mark> <mark>seen</mark>"),
        "{html}"
    );
    let (_, html) = web.get("/?state=all&q=partner+seen").await;
    let mut found = linked(&html);
    found.sort();
    let mut both = vec![p_id.clone(), a_id.clone()];
    both.sort();
    assert_eq!(found, both);
}

async fn a_case_is_seen_over_time_within_its_team_only(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Case team").await;
    let other = enrol(&server, "Another case team").await;
    make_supervisor(&db.url, "Case team", "csup");
    let key = "3f2a9c1e5b7d40a8b6c2e9f1d4a7b3c5";
    let in_case = |week: &str, judgement: &str, signals: Value, key: &str| {
        let mut i = item(&uuid(), "What worries me\nThe partner was not seen again.");
        i["week"] = json!(week);
        i["judgement"] = json!(judgement);
        i["decision"] = json!("none");
        i["signals"] = signals;
        i["case_key"] = json!(key);
        i
    };
    // Four visits to one family, each judged safe, the partner never seen; sent out of order.
    let items = vec![
        in_case("2026-W44", "yes", json!(["partner-not-seen"]), key),
        in_case("2026-W41", "yes", json!(["partner-not-seen"]), key),
        in_case("2026-W47", "yes", json!(["partner-not-seen"]), key),
        in_case(
            "2026-W48",
            "yes",
            json!(["partner-not-seen", "over-optimism"]),
            key,
        ),
        // Another family of the same team.
        in_case(
            "2026-W48",
            "no",
            json!([]),
            "00000000000000000000000000000001",
        ),
        // A key that is not one a device makes: refused.
        in_case(
            "2026-W48",
            "yes",
            json!([]),
            "Pendragon-family-12-Oak-Road-xx",
        ),
    ];
    let ids: Vec<String> = items
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();
    let v: Value = push(&server, &d.token, items).await.json().await.unwrap();
    let reasons: Vec<Option<&str>> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reason"].as_str())
        .collect();
    assert_eq!(
        reasons,
        [
            None,
            None,
            None,
            None,
            None,
            Some("bad case_key: expected 32 lowercase hex digits")
        ]
    );
    // The same key from another team is another team's case: never shown here.
    push(
        &server,
        &other.token,
        vec![in_case("2026-W45", "no", json!([]), key)],
    )
    .await;

    let web = Browser::new(&server);
    web.login("csup", SUPERVISOR_PASSWORD).await;
    // The queue marks each linked reflection's place in its case (by week).
    let (_, html) = web.get("/?state=all").await;
    let row = |id: &str| {
        html.split("<tr")
            .find(|r| r.contains(id))
            .unwrap_or_else(|| panic!("no row for {id}"))
            .to_string()
    };
    assert!(
        row(&ids[3]).contains("4th reflection on this case"),
        "{html}"
    );
    assert!(row(&ids[2]).contains("3rd reflection on this case"));
    assert!(row(&ids[0]).contains("2nd reflection on this case"));
    assert!(
        !row(&ids[1]).contains("on this case"),
        "the first says nothing"
    );
    assert!(!row(&ids[4]).contains("on this case"));
    // The latest reflection's page shows the case in a row, oldest first: judged safe four
    // times with the partner never seen.
    let (_, page) = web.get(&format!("/reflections/{}", ids[3])).await;
    let case = page
        .split("<section class=\"case\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .unwrap_or_else(|| panic!("no case row in {page}"));
    assert!(
        case.contains("<caption>4 reflections, oldest first</caption>"),
        "{case}"
    );
    let order: Vec<usize> = [&ids[1], &ids[0], &ids[2]]
        .iter()
        .map(|id| {
            case.find(id.as_str())
                .unwrap_or_else(|| panic!("{id} not in {case}"))
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "oldest first: {case}"
    );
    assert!(case.contains("aria-current=\"true\""));
    assert!(case.contains("this one"));
    assert_eq!(
        case.matches("Safe tonight: <strong>Yes</strong>").count(),
        4
    );
    assert_eq!(
        case.matches("A father or partner on the record was not seen")
            .count(),
        4
    );
    assert!(!case.contains(&ids[4]), "another family");
    assert!(
        !case.contains("Safe tonight: <strong>No</strong>"),
        "another team's: {case}"
    );
    // Another family's reflection is a case of one.
    let (_, lone) = web.get(&format!("/reflections/{}", ids[4])).await;
    assert!(
        lone.contains("<caption>1 reflection, oldest first</caption>"),
        "{lone}"
    );
    // The key is a CSV column.
    let csv = admin(
        &db.url,
        &["export", "--team", "Case team", "--format", "csv"],
    )
    .unwrap();
    assert_eq!(csv.matches(key).count(), 4, "{csv}");
}

/// A mail server on loopback that accepts every message and keeps it: just enough SMTP for a
/// client (greeting, EHLO, MAIL, RCPT, DATA, QUIT).
struct SmtpSink {
    port: u16,
    messages: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl SmtpSink {
    fn start() -> SmtpSink {
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let messages = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let kept = messages.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut out) = stream else { return };
                let kept = kept.clone();
                std::thread::spawn(move || {
                    let mut lines = BufReader::new(out.try_clone().unwrap());
                    let _ = out.write_all(b"220 sink ESMTP\r\n");
                    let (mut data, mut message) = (false, String::new());
                    let mut line = String::new();
                    while lines.read_line(&mut line).unwrap_or(0) > 0 {
                        let reply: &[u8] = if data {
                            if line == ".\r\n" {
                                data = false;
                                kept.lock().unwrap().push(std::mem::take(&mut message));
                                b"250 kept\r\n"
                            } else {
                                message.push_str(&line);
                                b""
                            }
                        } else {
                            match line.get(..4).map(str::to_ascii_uppercase).as_deref() {
                                Some("EHLO") => b"250 sink\r\n",
                                Some("DATA") => {
                                    data = true;
                                    b"354 go on\r\n"
                                }
                                Some("QUIT") => {
                                    let _ = out.write_all(b"221 bye\r\n");
                                    return;
                                }
                                _ => b"250 ok\r\n",
                            }
                        };
                        let _ = out.write_all(reply);
                        line.clear();
                    }
                });
            }
        });
        SmtpSink { port, messages }
    }

    fn count(&self) -> usize {
        self.messages.lock().unwrap().len()
    }
}

async fn supervisors_are_told_by_mail_that_an_urgent_reflection_waits_never_what_it_says(
    b: Backend,
) {
    let db = TestDb::new(b);
    let sink = SmtpSink::start();
    let smtp = format!("smtp://127.0.0.1:{}", sink.port);
    let server = Server::start_with(
        &db.url,
        &[
            "--smtp-url",
            &smtp,
            "--smtp-from",
            "doorstep@team.example",
            "--notify",
            "lead@team.example,sup2@team.example",
        ],
    );
    let d = enrol(&server, "Mail team").await;
    let judged = |judgement: &str, decision: &str| {
        let mut i = item(
            &uuid(),
            "What worries me\nZebedee slept on the sofa with a drunk adult.",
        );
        i["judgement"] = json!(judgement);
        i["decision"] = json!(decision);
        i
    };
    // Routine: no mail.
    push(
        &server,
        &d.token,
        vec![judged("yes", "none"), judged("yes", "lead")],
    )
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(sink.count(), 0, "a routine reflection sends nothing");
    // Urgent: one short notice to every address, a link, never the reflection.
    let urgent = judged("no", "referral");
    push(&server, &d.token, vec![urgent.clone()]).await;
    let started = std::time::Instant::now();
    while sink.count() == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no notice came"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mail = sink.messages.lock().unwrap()[0].clone();
    assert!(mail.contains("urgent reflection is waiting"), "{mail}");
    assert!(
        mail.contains(&format!("{}/?urgent=1", server.url)),
        "{mail}"
    );
    assert!(mail.contains("lead@team.example") && mail.contains("sup2@team.example"));
    for private in ["Zebedee", "sofa", "drunk", "2026-W48", "W48", "Mail team"] {
        assert!(!mail.contains(private), "{private} in {mail}");
    }
    // Sent again (a duplicate) or another urgent one straight after: still one notice.
    push(&server, &d.token, vec![urgent, judged("not-sure", "none")]).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(sink.count(), 1, "one notice for a burst");

    // Not configured: an urgent reflection is stored as ever, with no mail server to reach.
    let quiet_db = TestDb::new(b);
    let quiet = Server::start(&quiet_db.url);
    let q = enrol(&quiet, "Quiet team").await;
    let v: Value = push(&quiet, &q.token, vec![judged("no", "emergency")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["results"][0]["status"], "stored", "{v}");
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(sink.count(), 1, "nothing reached the sink from elsewhere");

    // Refused at start, with the reason: clear text to a mail server on the network, a
    // notice with nobody to tell, an address that is not one.
    for (args, says) in [
        (
            vec![
                "--smtp-url",
                "smtp://mail.team.example",
                "--smtp-from",
                "a@b.example",
                "--notify",
                "c@d.example",
            ],
            "refusing to send mail in clear text to mail.team.example",
        ),
        (
            vec![
                "--smtp-url",
                "smtps://mail.team.example",
                "--smtp-from",
                "a@b.example",
            ],
            "--notify",
        ),
        (
            vec![
                "--smtp-url",
                "smtps://mail.team.example",
                "--smtp-from",
                "a@b.example",
                "--notify",
                "not an address",
            ],
            "is not an e-mail address",
        ),
    ] {
        let mut cmd = std::process::Command::new(BIN);
        cmd.args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--database",
            &quiet_db.url,
        ])
        .args(&args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let started = std::time::Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > Duration::from_secs(10) {
                let _ = child.kill();
                panic!("the server started with {args:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let out = child.wait_with_output().unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("password"), "{err}");
    }
}
