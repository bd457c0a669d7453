//! The second attack round (issue 29): each test is a finding from trying the server from
//! outside, through the real binary over HTTP on loopback, on both backends where a database is
//! involved. Each was run against the server before its fix and failed there (the commit that
//! fixes it says how).

use super::*;

both!(
    a_login_in_flight_during_a_reset_or_a_disable_opens_no_session,
    the_daily_quota_counts_every_byte_an_item_stores,
    concurrent_batches_do_not_overshoot_the_daily_quota,
    control_characters_are_refused_with_a_reason_and_lose_nothing,
    a_correction_to_a_withdrawn_reply_is_kept_with_the_reason,
    every_human_entered_field_follows_one_text_rule,
    the_admin_export_cannot_drive_the_terminal,
    search_finds_what_was_pushed_a_moment_ago_and_the_index_catches_up,
);

/// A browser that does not follow redirects (to see a login's own answer).
fn browser_no_redirects(server: &Server) -> Browser {
    Browser {
        http: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        base: server.url.clone(),
    }
}

async fn a_login_in_flight_during_a_reset_or_a_disable_opens_no_session(b: Backend) {
    let db = TestDb::new(b);
    // Throttles off: the wrong logins below only fill the hashing queue.
    let server = Server::start_with(&db.url, &["--login-limit", "0", "--refusal-limit", "0"]);
    admin(&db.url, &["team", "create", "Race team"]).unwrap();
    make_supervisor(&db.url, "Race team", "racer");
    make_supervisor(&db.url, "Race team", "queuefiller");
    for change in ["reset", "disable then enable"] {
        // Password checks run a few at a time (one core fewer than the machine has), first come
        // first served: a queue of wrong logins makes the real one wait between reading the
        // account and opening its session, long enough for the admin's change to land.
        // Enough to keep every hashing slot busy for a second or more on any machine.
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        let flood: Vec<_> = (0..40 * cores)
            .map(|_| {
                let base = server.url.clone();
                tokio::spawn(async move { wrong_login(&base, "queuefiller").await.status() })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(200)).await;
        let browser = browser_no_redirects(&server);
        let login = tokio::spawn(async move {
            let r = browser.login("racer", SUPERVISOR_PASSWORD).await;
            (r.status(), browser)
        });
        tokio::time::sleep(Duration::from_millis(200)).await;
        match change {
            "reset" => {
                admin_env(
                    &db.url,
                    &["supervisor", "reset-password", "--username", "racer"],
                    &[(
                        "DOORSTEP_SUPERVISOR_PASSWORD",
                        "the password after the reset",
                    )],
                )
                .unwrap();
            }
            _ => {
                admin(&db.url, &["supervisor", "disable", "--username", "racer"]).unwrap();
                admin(&db.url, &["supervisor", "enable", "--username", "racer"]).unwrap();
            }
        }
        assert!(
            !login.is_finished(),
            "{change}: the login finished before the admin's change, so the race was not set up"
        );
        let (status, browser) = login.await.unwrap();
        for f in flood {
            f.await.unwrap();
        }
        let (page, html) = browser.get("/").await;
        assert!(
            !html.contains("Log out"),
            "{change}: a login that checked the old credentials opened a session that works \
             (login answered {status}, the queue answered {page})"
        );
        assert_ne!(status, 303, "{change}: the login said it succeeded");
    }
    // The supervisor logs in afresh with the credentials as they are now.
    let fresh = Browser::new(&server);
    fresh.login("racer", "the password after the reset").await;
    assert!(fresh.get("/").await.1.contains("Log out"));
}

/// A push of `n` items whose text is one character and whose other fields are as long as the
/// server allows.
fn thin_items(n: usize) -> Vec<Value> {
    (0..n)
        .map(|_| {
            json!({
                "id": uuid(),
                "week": "2026-W48",
                "content_version": "v".repeat(100),
                "themes": ["a", "b", "c", "d", "e", "f", "safe-sleep"],
                "text": "x",
                "author": "A Practitioner With A Rather Long Name Indeed",
            })
        })
        .collect()
}

async fn the_daily_quota_counts_every_byte_an_item_stores(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start_with(&db.url, &["--device-quota-kib", "64", "--rate-limit", "0"]);
    let d = enrol(&server, "Thin team").await;
    // Each item counts about 800 bytes (id, week, content version, themes, hash, author, and
    // what its row and index entries cost) beside its one character of text: the first batch of
    // 100 uses the 64 KiB, and the next is refused.
    let mut stored = 0;
    let mut refused = false;
    for _ in 0..10 {
        let r = push(&server, &d.token, thin_items(100)).await;
        if r.status() == 429 {
            let v: Value = r.json().await.unwrap();
            assert_eq!(v["code"], "quota_exceeded", "{v}");
            refused = true;
            break;
        }
        assert_eq!(r.status(), 200);
        let v: Value = r.json().await.unwrap();
        stored += v["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["status"] == "stored")
            .count();
    }
    assert!(
        refused,
        "{stored} thin items stored without reaching a 64 KiB quota: only their text was counted"
    );
    assert!(
        (1..=200).contains(&stored),
        "{stored} stored before the quota"
    );
}

async fn concurrent_batches_do_not_overshoot_the_daily_quota(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start_with(&db.url, &["--device-quota-kib", "64", "--rate-limit", "0"]);
    let d = enrol(&server, "Burst team").await;
    let words = [
        "cot", "sofa", "settled", "feeding", "worry", "plan", "seen", "voice",
    ];
    let text = |n: usize| {
        let mut s = String::new();
        let mut k = n;
        while s.len() < 1900 {
            s.push_str(words[k % words.len()]);
            s.push(' ');
            k = k.wrapping_mul(31).wrapping_add(7);
        }
        s
    };
    // Twelve batches of about 190 KiB at once, against a quota of 64 KiB.
    let pushes: Vec<_> = (0..12)
        .map(|p| {
            let items: Vec<Value> = (0..100)
                .map(|i| item(&uuid(), &text(p * 100 + i)))
                .collect();
            let (url, token) = (server.url.clone(), d.token.clone());
            tokio::spawn(async move {
                let r = client()
                    .post(format!("{url}/v1/reflections"))
                    .bearer_auth(token)
                    .json(&json!({ "reflections": items }))
                    .send()
                    .await
                    .unwrap();
                if r.status() == 200 {
                    let v: Value = r.json().await.unwrap();
                    v["results"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|x| x["status"] == "stored")
                        .count()
                } else {
                    assert_eq!(r.status(), 429);
                    0
                }
            })
        })
        .collect();
    let mut stored = 0;
    for p in pushes {
        stored += p.await.unwrap();
    }
    // A batch that starts under the quota is taken whole: one batch past it at most.
    assert!(
        stored <= 100,
        "{stored} items (about {} KiB) stored against a 64 KiB quota",
        stored * 2
    );
    assert!(stored >= 100, "the first batch is taken: {stored}");
}

async fn control_characters_are_refused_with_a_reason_and_lose_nothing(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start_with(&db.url, &["--refusal-limit", "0", "--login-limit", "0"]);
    let d = enrol(&server, "Control team").await;
    // Per item: the good ones beside a bad one are stored, the bad ones say why.
    let good = item(
        &uuid(),
        "Visited; baby settled in the cot.\nMum tired.\tPlan agreed.",
    );
    let nul_text = item(&uuid(), "before\u{0}after");
    let esc_text = item(&uuid(), "colour \u{1b}[31m red");
    let mut nul_version = item(&uuid(), "a note");
    nul_version["content_version"] = json!("2026.12.1\u{0}");
    let good2 = item(&uuid(), "Another good note.");
    let r = push(
        &server,
        &d.token,
        vec![good, nul_text, esc_text, nul_version, good2],
    )
    .await;
    assert_eq!(r.status(), 200, "one bad item does not fail the push");
    let v: Value = r.json().await.unwrap();
    let status: Vec<&str> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        status,
        ["stored", "rejected", "rejected", "rejected", "stored"],
        "{v}"
    );
    for n in 1..=3 {
        let reason = v["results"][n]["reason"].as_str().unwrap();
        assert!(reason.contains("control character"), "{reason}");
    }
    // Enrolment: a label with NUL is refused with a reason.
    let code = admin(&db.url, &["enrol-code", "--team", "Control team"]).unwrap();
    let r = client()
        .post(format!("{}/v1/devices", server.url))
        .json(&json!({"code": code.trim(), "label": "Tablet\u{0}3"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let body: Value = r.json().await.unwrap();
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("control character"),
        "{body}"
    );
    // A login with NUL in the username is a wrong login, not a server error.
    let status = wrong_login(&server.url, "sam\u{0}sup").await.status();
    assert_eq!(status, 401);
    // A reply with NUL is kept on the page with the reason.
    make_supervisor(&db.url, "Control team", "ctrlsup");
    let sup = Browser::new(&server);
    sup.login("ctrlsup", SUPERVISOR_PASSWORD).await;
    let (_, html) = sup.get("/").await;
    let id = html
        .split("/reflections/")
        .nth(1)
        .and_then(|s| s.get(..36))
        .unwrap()
        .to_string();
    let r = sup
        .reply(&id, "Please call me\u{0} about this visit kept-text-marker")
        .await;
    assert_eq!(r.status(), 400);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("kept-text-marker"),
        "the reply is kept: {html}"
    );
    assert!(html.contains("control character"), "{html}");
}

async fn a_correction_to_a_withdrawn_reply_is_kept_with_the_reason(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Withdraw team").await;
    let id = uuid();
    push(
        &server,
        &d.token,
        vec![item(&id, "A note for supervision.")],
    )
    .await;
    make_supervisor(&db.url, "Withdraw team", "wdsup");
    let sup = Browser::new(&server);
    sup.login("wdsup", SUPERVISOR_PASSWORD).await;
    sup.reply(&id, "First thoughts.").await;
    let (_, page) = sup.get(&format!("/reflections/{id}")).await;
    let csrf = csrf_in(&page);
    let number = page
        .split("/replies/")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap()
        .to_string();
    // Withdrawn in one tab...
    let r = sup
        .http
        .post(format!(
            "{}/reflections/{id}/replies/{number}/withdraw",
            sup.base
        ))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success());
    // ...and corrected from the other, which still shows the form.
    let r = sup
        .http
        .post(format!(
            "{}/reflections/{id}/replies/{number}/edit",
            sup.base
        ))
        .form(&[
            ("csrf", csrf.as_str()),
            ("text", "A correction worth keeping"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409, "the correction is refused, not dropped");
    let html = r.text().await.unwrap();
    assert!(
        html.contains("A correction worth keeping"),
        "the text is kept on the page: {html}"
    );
    assert!(html.contains("withdrawn"), "and the page says why: {html}");
}

async fn every_human_entered_field_follows_one_text_rule(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start_with(&db.url, &["--refusal-limit", "0"]);
    let d = enrol(&server, "Text team").await;
    // Device labels at enrolment.
    for label in [
        "943 476 5919",
        "Tablet 07700 900123",
        "jo.bloggs@example.org",
        "Tablet\u{1b}[31m",
        "Tablet\n3",
        "Tablet \u{202e}3",
        "Tab\u{200b}let",
        &"L".repeat(101),
    ] {
        let code = admin(&db.url, &["enrol-code", "--team", "Text team"]).unwrap();
        let r = client()
            .post(format!("{}/v1/devices", server.url))
            .json(&json!({"code": code.trim(), "label": label}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "label {label:?} was enrolled");
        let body: Value = r.json().await.unwrap();
        assert!(!body["message"].as_str().unwrap().contains(label), "{body}");
    }
    let list = admin(&db.url, &["devices", "list"]).unwrap();
    assert_eq!(
        list.lines().count(),
        2,
        "only the test's own device: {list}"
    );
    // Supervisors' display names.
    for name in [
        "Sam \u{202e}rosivrepuS",
        "Sam \u{2067}Supervisor",
        "Sam\u{200f} Supervisor",
        "Sam\u{61c} Supervisor",
        "Sam\u{200b}Supervisor",
        "Sam 07700 900123",
    ] {
        let out = admin_env(
            &db.url,
            &[
                "supervisor",
                "create",
                "--team",
                "Text team",
                "--username",
                "namesup",
                "--display-name",
                name,
            ],
            &[("DOORSTEP_SUPERVISOR_PASSWORD", SUPERVISOR_PASSWORD)],
        );
        assert!(out.is_err(), "display name {name:?} was taken");
    }
    // The practitioner's name on an item.
    let mut it = item(&uuid(), "A note.");
    it["author"] = json!("Jo \u{202e}Bloggs");
    let v: Value = push(&server, &d.token, vec![it])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["results"][0]["status"], "rejected", "{v}");
}

async fn the_admin_export_cannot_drive_the_terminal(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Export team").await;
    let id = uuid();
    push(&server, &d.token, vec![item(&id, "A plain note.")]).await;
    // What a device could store before control characters were refused (or an older server).
    run_sql(
        &db.url,
        &format!(
            "UPDATE reflections SET text = 'red \u{1b}[31m alert \u{202e}evil', \
             content_version = 'v\u{1b}]0;title\u{7}', author_name = 'Jo\u{1b}[2J' WHERE id = '{id}'"
        ),
    );
    run_sql(
        &db.url,
        &format!(
            "UPDATE devices SET label = 'Tab\u{1b}[5mlet' WHERE id = '{}'",
            d.device_id
        ),
    );
    let csv = admin(&db.url, &["export", "--team", "Export team"]).unwrap();
    for bad in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(
            !csv.contains(bad),
            "{bad:?} reaches the terminal raw: {csv:?}"
        );
    }
    assert!(csv.contains("\\u{1b}"), "shown as an escape: {csv}");
}

#[tokio::test(flavor = "multi_thread")]
async fn one_address_cannot_hold_every_connection() {
    let db = TestDb::new(Backend::Sqlite);
    // A long header timeout, so that only the per-address share and the early close of idle
    // connections near the cap can let the device in.
    let server = Server::start_with(
        &db.url,
        &["--max-connections", "40", "--header-timeout", "60"],
    );
    let at: std::net::SocketAddr = addr(&server.url).parse().unwrap();
    // One client opens more idle sockets than the whole cap.
    let mut hog = Vec::new();
    for _ in 0..60 {
        if let Ok(s) = connect_from("127.0.0.2", at).await {
            hog.push(s);
        }
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let held = hog.iter_mut().map(closed).filter(|c| !c).count();
    assert!(held <= 10, "one address holds {held} of the 40 connections");
    assert_eq!(health_from("127.0.0.1", at).await, Some(200));

    // Many addresses holding kept-alive connections idle, together at the cap: idle ones are
    // closed early, so a device gets in within a few seconds.
    let mut idle = Vec::new();
    for host in ["127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6"] {
        for _ in 0..10 {
            if let Ok(mut s) = connect_from(host, at).await {
                s.write_all(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
                    .unwrap();
                let mut buf = [0u8; 512];
                let _ = s.read(&mut buf);
                idle.push(s);
            }
        }
    }
    let started = Instant::now();
    let mut answered = None;
    while started.elapsed() < Duration::from_secs(6) {
        answered = health_from("127.0.0.1", at).await;
        if answered == Some(200) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(
        answered,
        Some(200),
        "a device was kept out for 6 s by idle kept-alive connections"
    );
    drop(hog);
    drop(idle);
}

/// A socket to `at` from the loopback address `from` (127.0.0.0/8 is all loopback on Linux).
async fn connect_from(from: &str, at: std::net::SocketAddr) -> std::io::Result<TcpStream> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind(format!("{from}:0").parse().unwrap())?;
    let s = tokio::time::timeout(Duration::from_secs(2), socket.connect(at))
        .await
        .map_err(|_| std::io::Error::other("connect timed out"))??;
    let s = s.into_std()?;
    s.set_nonblocking(false)?;
    Ok(s)
}

/// `/v1/health` from the loopback address `from`: its status, or `None` when the connection is
/// refused or closed without an answer.
async fn health_from(from: &str, at: std::net::SocketAddr) -> Option<u16> {
    let mut s = connect_from(from, at).await.ok()?;
    s.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    s.write_all(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .ok()?;
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cross_site_post_neither_ends_the_session_nor_echoes_its_text() {
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Site team").await;
    let id = uuid();
    push(&server, &d.token, vec![item(&id, "A note.")]).await;
    // Another site's page posts to the reply form: the browser sends no cookie (SameSite) but
    // says where the form came from.
    let bare = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for (origin, fetch_site) in [
        (Some("https://evil.example"), Some("cross-site")),
        (Some("https://evil.example"), None),
        (None, Some("cross-site")),
    ] {
        let mut req = bare
            .post(format!("{}/reflections/{id}/reply", server.url))
            .form(&[
                ("csrf", "x"),
                ("text", "Your session expired: log in at evil.example now"),
            ]);
        if let Some(o) = origin {
            req = req.header("Origin", o);
        }
        if let Some(f) = fetch_site {
            req = req.header("Sec-Fetch-Site", f);
        }
        let r = req.send().await.unwrap();
        assert!(
            r.headers().get_all("set-cookie").iter().next().is_none(),
            "a cross-site post set cookies: {:?}",
            r.headers()
        );
        assert_eq!(r.status(), 403);
        let html = r.text().await.unwrap();
        assert!(!html.contains("evil.example"), "its text is echoed: {html}");
    }
    // The supervisor's own expired-session reply is still carried through the login (a browser
    // on our pages, which ask for no referrer, says `Origin: null` and `same-origin`).
    make_supervisor(&db.url, "Site team", "sitesup");
    let r = bare
        .post(format!("{}/reflections/{id}/reply", server.url))
        .header("Origin", "null")
        .header("Sec-Fetch-Site", "same-origin")
        .form(&[("csrf", "x"), ("text", "My own reply kept")])
        .send()
        .await
        .unwrap();
    // A post without a session cookie touches no session: only the login form's token is set.
    let cookies: Vec<String> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        !cookies.iter().any(|c| c.starts_with("doorstep_session")),
        "{cookies:?}"
    );
    assert!(r.text().await.unwrap().contains("My own reply kept"));
}

#[tokio::test(flavor = "multi_thread")]
async fn behind_a_proxy_the_proxy_written_address_is_the_one_throttled() {
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start_with(&db.url, &["--public-url", "https://doorstep.example.org"]);
    // The proxy appends the client's address last; what comes before it is the client's own
    // writing and changes on every request.
    type Forwarded = Box<dyn Fn(usize) -> String>;
    let cases: [(&str, Forwarded); 4] = [
        (
            "with a port",
            Box::new(|n| format!("198.51.100.{n}, 203.0.113.7:4711")),
        ),
        ("unknown", Box::new(|n| format!("198.51.100.{n}, unknown"))),
        (
            "IPv6 in one /64",
            Box::new(|n| format!("198.51.100.{n}, 2001:db8:1:2::{n:x}")),
        ),
        (
            "IPv6 with a port",
            Box::new(|n| format!("198.51.100.{n}, [2001:db8:9:9::{n:x}]:443")),
        ),
    ];
    for (what, forwarded) in cases {
        let mut statuses = Vec::new();
        for n in 1..=40 {
            let r = client()
                .post(format!("{}/v1/devices", server.url))
                .header("X-Forwarded-For", forwarded(n))
                .json(&json!({"code": format!("guess-{what}-{n}"), "label": "Tablet"}))
                .send()
                .await
                .unwrap();
            statuses.push(r.status().as_u16());
        }
        assert!(
            statuses.iter().filter(|s| **s == 429).count() >= 15,
            "{what}: 40 bad codes, never throttled: {statuses:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn identifiers_written_with_a_separator_between_every_character_are_refused() {
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start(&db.url);
    let d = enrol(&server, "Spaced team").await;
    let cases = [
        ("NHS no 9 4 3 4 7 6 5 9 1 9 on file", "nhs_number"),
        ("ring 07700_900_123 later", "phone"),
        ("lives at S W 1 A 1 A A now", "postcode"),
        ("ring 07700\u{202f}900\u{202f}123 later", "phone"),
        ("ring 07700\u{200f}900\u{200e}123 later", "phone"),
        (
            "ring \u{ff10}\u{ff17}\u{ff17}\u{ff10}\u{ff10} 900123 later",
            "phone",
        ),
    ];
    let items = cases.iter().map(|(t, _)| item(&uuid(), t)).collect();
    let v: Value = push(&server, &d.token, items).await.json().await.unwrap();
    for (n, (text, kind)) in cases.iter().enumerate() {
        let r = &v["results"][n];
        assert_eq!(r["status"], "rejected", "{text:?}: {r}");
        assert!(
            r["reason"].as_str().unwrap().contains(kind),
            "{text:?}: {r}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_schema_and_the_server_agree_on_codes_and_labels() {
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start_with(&db.url, &["--refusal-limit", "0"]);
    let doc: Value = client()
        .get(format!("{}/v1/openapi.json", server.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let schema = &doc["components"]["schemas"]["EnrolRequest"]["properties"];
    for field in ["code", "label"] {
        let pattern = schema[field]["pattern"].as_str().unwrap();
        let re = regex::Regex::new(pattern).unwrap();
        let mut refused = vec![
            "\u{85}", "\u{0}", " \u{85} ", "\u{1b}", "a\tb", "a\nb", "   ",
        ];
        if field == "label" {
            // What the server refuses in a label beyond control characters.
            refused.extend([
                "Tab\u{202e}let",
                "Tab\u{2066}let",
                "Tab\u{200e}let",
                "Tab\u{61c}let",
                "Tab\u{200b}let",
                "Tab\u{2060}let",
                "Tab\u{feff}let",
                "Tab\u{ad}let",
                "Tab\u{fff9}let",
            ]);
        }
        for s in refused {
            assert!(
                !re.is_match(s),
                "the schema's {field} pattern {pattern:?} allows {s:?}"
            );
        }
        assert!(re.is_match("Tablet 3"), "{pattern}");
    }
    for (code, label) in [("\u{85}", "Tablet"), ("abc", "\u{85}")] {
        let r = client()
            .post(format!("{}/v1/devices", server.url))
            .json(&json!({"code": code, "label": label}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);
        let body: Value = r.json().await.unwrap();
        let message = body["message"].as_str().unwrap();
        assert!(message.contains("control character"), "{message}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn servers_on_one_database_share_their_limits() {
    let db = TestDb::new(Backend::Postgres);
    let one = Server::start(&db.url);
    let two = Server::start(&db.url);
    admin(&db.url, &["team", "create", "Shared team"]).unwrap();
    make_supervisor(&db.url, "Shared team", "sharedsup");
    // Failed logins for one username, spread over two servers.
    let mut statuses = Vec::new();
    for n in 0..24 {
        let base = if n % 2 == 0 { &one.url } else { &two.url };
        statuses.push(wrong_login(base, "sharedsup").await.status().as_u16());
    }
    let first = statuses.iter().position(|s| *s == 429);
    assert!(
        first.is_some_and(|f| f <= 11),
        "the first 429 came at {first:?}: each server allowed its own 10 ({statuses:?})"
    );
    // Refused enrolment codes from one address, spread over two servers (after the logins,
    // which are refusals too, this address has little left).
    let mut statuses = Vec::new();
    for n in 0..24 {
        let base = if n % 2 == 0 { &one.url } else { &two.url };
        let r = client()
            .post(format!("{base}/v1/devices"))
            .json(&json!({"code": format!("guess-{n}"), "label": "Tablet"}))
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
    }
    // The ten failed logins were refusals from this address too: ten of its burst of twenty
    // are left, whichever server counts them (each server alone would allow twelve here).
    assert!(
        statuses.iter().filter(|s| **s == 429).count() >= 12,
        "refusals counted per server: {statuses:?}"
    );
    // A device's request limit holds across servers too (a database of its own: this address
    // is throttled in the first one).
    drop(one);
    drop(two);
    let db = TestDb::new(Backend::Postgres);
    let one = Server::start_with(&db.url, &["--rate-limit", "12"]);
    let two = Server::start_with(&db.url, &["--rate-limit", "12"]);
    let d = enrol(&one, "Shared team").await;
    let mut ok = 0;
    for n in 0..20 {
        let base = if n % 2 == 0 { &one.url } else { &two.url };
        let r = client()
            .get(format!("{base}/v1/replies?after=0"))
            .bearer_auth(&d.token)
            .send()
            .await
            .unwrap();
        if r.status() == 200 {
            ok += 1;
        }
    }
    assert!(ok <= 7, "{ok} of 20 requests allowed against a burst of 5");
}

/// A note of plain words, different for each `n`, with `marker` in it when given.
fn note(n: usize, marker: Option<&str>) -> String {
    let words = [
        "visit", "baby", "settled", "cot", "sofa", "mother", "partner", "sleep", "seen", "feeding",
        "worry", "working", "plan", "review", "older", "children", "voice",
    ];
    // Ordinary words, and a vocabulary of a few thousand more as real notes have (each note's
    // tsvector as large as a real one's, which is what makes the planner take the index).
    let mut s = format!("Note {n}: ");
    let mut k = n;
    for i in 0..150 {
        if i % 3 == 0 {
            s.push_str(words[k % words.len()]);
        } else {
            s.push_str(&format!("term{}", k % 4_000));
        }
        s.push(' ');
        k = k.wrapping_mul(2_654_435_761).wrapping_add(11) >> 3;
    }
    if let Some(m) = marker {
        s.push_str(m);
    }
    s
}

async fn search_finds_what_was_pushed_a_moment_ago_and_the_index_catches_up(b: Backend) {
    let db = TestDb::new(b);
    let server = Server::start_with(&db.url, &["--rate-limit", "0"]);
    let d = enrol(&server, "Search team").await;
    make_supervisor(&db.url, "Search team", "searchsup");
    let sup = Browser::new(&server);
    sup.login("searchsup", SUPERVISOR_PASSWORD).await;
    // 1,200 reflections, 7 of them with a word no other has; searched at once.
    for batch in 0..12 {
        let items = (0..100)
            .map(|i| {
                let n = batch * 100 + i;
                let marker = (n % 171 == 5).then_some("zebrafinch sighting");
                item(&uuid(), &note(n, marker))
            })
            .collect();
        assert_eq!(push(&server, &d.token, items).await.status(), 200);
    }
    let (_, html) = sup.get("/?state=all&q=zebrafinch").await;
    assert!(
        html.contains("7 reflections"),
        "a search straight after the pushes finds all seven: {html}"
    );
    assert!(!html.contains("not in the search yet"), "{html}");
    // Pushed and not searched: the indexer adds them on its own when the pushes pause.
    let items = (0..100)
        .map(|i| item(&uuid(), &note(5_000 + i, None)))
        .collect();
    push(&server, &d.token, items).await;
    let started = Instant::now();
    loop {
        let pending = match b {
            Backend::Sqlite => {
                let path = db.url.strip_prefix("sqlite:").unwrap();
                rusqlite::Connection::open(path)
                    .unwrap()
                    .query_row(
                        "SELECT count(*) FROM reflections WHERE seq > (SELECT CAST(value AS \
                         INTEGER) FROM meta WHERE key = 'search_indexed_to')",
                        [],
                        |r| r.get::<_, i64>(0),
                    )
                    .unwrap()
            }
            Backend::Postgres => query_sql(&db.url, "SELECT count(*) FROM search_pending")
                .parse()
                .unwrap(),
        };
        if pending == 0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{pending} reflections still not indexed 10 s after the last push"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn postgres_search_uses_its_gin_index() {
    let db = TestDb::new(Backend::Postgres);
    let server = Server::start_with(&db.url, &["--rate-limit", "0", "--device-quota-kib", "0"]);
    let d = enrol(&server, "Plan team").await;
    // As many as the slow searches were reported at (8,000): the planner takes an index only
    // when it pays, which it does not over a few hundred rows.
    for batch in 0..80 {
        let items = (0..100)
            .map(|i| {
                let n = batch * 100 + i;
                item(&uuid(), &note(n, (n % 1_000 == 3).then_some("zebrafinch")))
            })
            .collect();
        assert_eq!(push(&server, &d.token, items).await.status(), 200);
    }
    make_supervisor(&db.url, "Plan team", "plansup");
    let sup = Browser::new(&server);
    sup.login("plansup", SUPERVISOR_PASSWORD).await;
    let started = Instant::now();
    while query_sql(&db.url, "SELECT count(*) FROM search_pending") != "0" {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the index does not catch up"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (_, html) = sup.get("/?state=all&q=zebrafinch").await;
    assert!(html.contains("8 reflections"), "{html}");
    assert!(!html.contains("not in the search yet"), "{html}");
    run_sql(&db.url, "ANALYZE");
    let team = query_sql(&db.url, "SELECT id FROM teams WHERE name = 'Plan team'");
    // The server's own queries, the page and its count, as it runs them (a custom plan for
    // these values).
    let list =
        doorstep_server::db::postgres_list_sql(doorstep_server::db::ListOrder::NewestWeek, true);
    let count = doorstep_server::db::postgres_count_sql(true);
    let plans = query_sql(
        &db.url,
        &format!(
            "PREPARE l(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT, TEXT, BIGINT, BIGINT) AS {list};
             PREPARE c(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT, TEXT) AS {count};
             EXPLAIN EXECUTE l('{team}', NULL, NULL, NULL, NULL, 'zebrafinch', NULL, NULL, NULL, NULL, 50, 0);
             EXPLAIN EXECUTE c('{team}', NULL, NULL, NULL, NULL, 'zebrafinch', NULL, NULL, NULL, NULL);"
        ),
    );
    assert_eq!(
        plans.matches("reflection_search_gin").count(),
        2,
        "a search does not use the GIN index:\n{plans}"
    );
}
