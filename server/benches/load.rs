//! Load benchmark of the real server over HTTP on loopback: reflections per second and p99
//! latency for 2 KB reflections in batches of 50, on SQLite and on PostgreSQL, beside the same
//! server's `/v1/health` requests per second as a ceiling measured in the same run.
//!
//! Then, on SQLite, the device's sync engine drains 10,000 queued reflections through the real
//! HTTP transport; its rate is compared with the server's ingest ceiling from the same run.
//!
//! Then searching: 8,000 reflections, how long until they are searchable, a search's latency,
//! the queue's first page, and a push's latency while 8 supervisors search.
//!
//! Last, `/v1/health` latency for one device polling, idle and then under a flood of failed
//! supervisor logins from 8 concurrent clients with the login throttle off (the worst case: an
//! attacker with many addresses); the ratio shows what password hashing costs the devices.
//!
//! `cargo bench -p doorstep-server --bench load` (BENCH_SECONDS sets each phase's length).

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use common::{Backend, Server, TestDb, admin};
use serde_json::{Value, json};

const BATCH: usize = 50;
/// The judgements and decisions the ingest phase's items carry, in turn.
const JUDGEMENTS: [&str; 3] = ["yes", "not-sure", "no"];
const DECISIONS: [&str; 3] = ["none", "lead", "referral"];
const CONCURRENCY: usize = 16;

fn text(i: u64) -> String {
    let words = [
        "visit",
        "baby",
        "settled",
        "cot",
        "sofa",
        "mother",
        "partner",
        "curiosity",
        "sleep",
        "seen",
        "supervision",
        "feeding",
        "worry",
        "working",
        "well",
        "plan",
        "review",
        "older",
        "children",
        "voice",
    ];
    let mut s = format!("Reflection {} ", i % 7);
    let mut k = i;
    while s.len() < 2048 {
        s.push_str(words[(k % words.len() as u64) as usize]);
        s.push(' ');
        k = k
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407)
            >> 7;
    }
    s.truncate(2048);
    s
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

struct Phase {
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
}

async fn run_phase<F, Fut>(seconds: u64, f: F) -> Phase
where
    F: Fn(usize, u64) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = u64> + Send,
{
    let f = Arc::new(f);
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..CONCURRENCY {
        let (f, stop, done) = (f.clone(), stop.clone(), done.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let t = Instant::now();
                let units = f(worker, n).await;
                lat.push(t.elapsed().as_secs_f64() * 1000.0);
                done.fetch_add(units, Ordering::Relaxed);
                n += 1;
            }
            lat
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut lat = Vec::new();
    for t in tasks {
        lat.extend(t.await.unwrap());
    }
    let elapsed = start.elapsed().as_secs_f64();
    lat.sort_by(|a, b| a.total_cmp(b));
    Phase {
        per_second: done.load(Ordering::Relaxed) as f64 / elapsed,
        p50_ms: percentile(&lat, 0.5),
        p99_ms: percentile(&lat, 0.99),
    }
}

/// Health latencies (ms, sorted) from one client polling for `seconds`.
async fn poll_health(url: &str, seconds: u64) -> Vec<f64> {
    let client = reqwest::Client::new();
    let mut lat = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(seconds) {
        let t = Instant::now();
        let r = client.get(format!("{url}/v1/health")).send().await.unwrap();
        assert!(r.status().is_success());
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    lat.sort_by(|a, b| a.total_cmp(b));
    lat
}

/// `/v1/health` latency idle and under a login flood: (idle p50, p99, flood p50, p99, logins/s).
async fn login_flood(seconds: u64) -> (f64, f64, f64, f64, f64) {
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start_with(
        &db.url,
        &[
            "--rate-limit",
            "0",
            "--refusal-limit",
            "0",
            "--login-limit",
            "0",
        ],
    );
    admin(&db.url, &["team", "create", "Flood team"]).unwrap();
    common::make_supervisor(&db.url, "Flood team", "floodsup");
    let idle = poll_health(&server.url, seconds).await;
    let stop = Arc::new(AtomicBool::new(false));
    let logins = Arc::new(AtomicU64::new(0));
    let mut flood = Vec::new();
    for _ in 0..8 {
        let (stop, logins) = (stop.clone(), logins.clone());
        let b = common::Browser::new(&server);
        flood.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                b.login("floodsup", "a wrong password, again").await;
                logins.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let busy = poll_health(&server.url, seconds).await;
    stop.store(true, Ordering::Relaxed);
    for f in flood {
        f.await.unwrap();
    }
    let rate = logins.load(Ordering::Relaxed) as f64 / (seconds as f64 + 0.5);
    (
        percentile(&idle, 0.5),
        percentile(&idle, 0.99),
        percentile(&busy, 0.5),
        percentile(&busy, 0.99),
        rate,
    )
}

async fn bench(backend: Backend, seconds: u64) -> (Phase, Phase) {
    let db = TestDb::new(backend);
    // The daily quota stays on (its check is part of every push), set beyond what a run stores.
    // BENCH_RATE_LIMIT: a device request limit high enough never to refuse, to measure what
    // checking it costs (on PostgreSQL a statement on the shared bucket per request).
    let rate = std::env::var("BENCH_RATE_LIMIT").unwrap_or_else(|_| "0".to_string());
    let server = Server::start_with(
        &db.url,
        &["--rate-limit", &rate, "--device-quota-kib", "4000000000"],
    );
    admin(&db.url, &["team", "create", "Load team"]).unwrap();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .build()
        .unwrap();
    let mut tokens = Vec::new();
    for _ in 0..CONCURRENCY {
        let code = admin(&db.url, &["enrol-code", "--team", "Load team"]).unwrap();
        let v: Value = client
            .post(format!("{}/v1/devices", server.url))
            .json(&json!({"code": code.trim(), "label": "load"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        tokens.push(v["token"].as_str().unwrap().to_string());
    }
    let url = server.url.clone();
    let c = client.clone();
    let health = run_phase(seconds, move |_, _| {
        let (c, url) = (c.clone(), url.clone());
        async move {
            let r = c.get(format!("{url}/v1/health")).send().await.unwrap();
            assert!(r.status().is_success());
            let _ = r.bytes().await;
            1
        }
    })
    .await;
    let url = server.url.clone();
    let tokens = Arc::new(tokens);
    let ingest = run_phase(seconds, move |worker, n| {
        let (c, url, tokens) = (client.clone(), url.clone(), tokens.clone());
        async move {
            let items: Vec<Value> = (0..BATCH as u64)
                .map(|i| {
                    json!({
                        "id": uuid::Uuid::now_v7().to_string(),
                        "week": "2026-W48",
                        "content_version": "2026.11.1+abc",
                        "themes": ["e", "f"],
                        "text": text(n * BATCH as u64 + i + worker as u64),
                        // What a current device sends beside the text (a server before these
                        // fields ignores them, so one bench measures both).
                        "signals": ["sleep-space-not-seen"],
                        "judgement": JUDGEMENTS[(i % 3) as usize],
                        "decision": DECISIONS[(i % 3) as usize],
                        "actions_due": ["2026-12-11"],
                        "author": "Bench Practitioner",
                        // About four reflections to a case, as a team's families would.
                        "case_key": format!("{:032x}", (n * BATCH as u64 + i) / 4),
                    })
                })
                .collect();
            let r = c
                .post(format!("{url}/v1/reflections"))
                .bearer_auth(&tokens[worker])
                .json(&json!({ "reflections": items }))
                .send()
                .await
                .unwrap();
            assert!(r.status().is_success(), "{}", r.status());
            let v: Value = r.json().await.unwrap();
            v["results"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| r["status"] == "stored")
                .count() as u64
        }
    })
    .await;
    drop(server);
    (health, ingest)
}

/// What searching costs: 8,000 reflections of 2 KB (as the slow searches were reported at),
/// then how long until a word in 8 of them is found, a search's p50, and a push's p50 alone and
/// while 8 supervisors search at once.
struct Searching {
    searchable_after_ms: f64,
    search_p50_ms: f64,
    /// The queue's first page ("needs a reply", the urgent first) with the 8,000 waiting.
    queue_p50_ms: f64,
    push_p50_ms: f64,
    push_during_searches_p50_ms: f64,
    /// Of 10 pushes during the searches, how many the server could not take.
    pushes_refused_during_searches: usize,
}

async fn searching(backend: Backend) -> Searching {
    let db = TestDb::new(backend);
    let server = Server::start_with(
        &db.url,
        &[
            "--rate-limit",
            "0",
            "--device-quota-kib",
            "0",
            "--login-limit",
            "0",
        ],
    );
    let d = common::enrol(&server, "Search team").await;
    common::make_supervisor(&db.url, "Search team", "searchsup");
    let client = reqwest::Client::new();
    let push_batch = |n: u64| {
        let (c, url, token) = (client.clone(), server.url.clone(), d.token.clone());
        async move {
            let items: Vec<Value> = (0..BATCH as u64)
                .map(|i| {
                    let k = n * BATCH as u64 + i;
                    let mut t = text(k * 7919);
                    if k % 1000 == 17 {
                        t.replace_range(..10, "zebrafinch");
                    }
                    json!({"id": uuid::Uuid::new_v4().to_string(), "week": "2026-W48",
                           "content_version": "2026.11.1+abc", "themes": ["e"], "text": t})
                })
                .collect();
            let t = Instant::now();
            let r = c
                .post(format!("{url}/v1/reflections"))
                .bearer_auth(token)
                .json(&json!({ "reflections": items }))
                .send()
                .await
                .unwrap();
            // A push the server could not take (503: no database connection came free in time)
            // is counted, not fatal: that is what is being measured.
            (t.elapsed().as_secs_f64() * 1000.0, r.status().is_success())
        }
    };
    for n in 0..(8_000 / BATCH as u64) {
        assert!(push_batch(n).await.1, "the 8,000 were not all taken");
    }
    let pushed = Instant::now();
    let b = common::Browser::new(&server);
    b.login("searchsup", common::SUPERVISOR_PASSWORD).await;
    let search = |b: &common::Browser| {
        let b = common::Browser {
            http: b.http.clone(),
            base: b.base.clone(),
        };
        async move {
            let t = Instant::now();
            let (_, html) = b.get("/?state=all&q=zebrafinch").await;
            (t.elapsed().as_secs_f64() * 1000.0, html)
        }
    };
    loop {
        let (_, html) = search(&b).await;
        if html.contains("8 reflections") && !html.contains("not in the search yet") {
            break;
        }
        assert!(
            pushed.elapsed() < Duration::from_secs(120),
            "never searchable"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let searchable_after_ms = pushed.elapsed().as_secs_f64() * 1000.0;
    let mut searches = Vec::new();
    for _ in 0..10 {
        searches.push(search(&b).await.0);
    }
    searches.sort_by(|a, b| a.total_cmp(b));
    let mut queue = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        let (status, _) = b.get("/").await;
        assert!(status.is_success());
        queue.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    queue.sort_by(|a, b| a.total_cmp(b));
    let mut alone = Vec::new();
    for n in 0..10 {
        alone.push(push_batch(10_000 + n).await.0);
    }
    alone.sort_by(|a, b| a.total_cmp(b));
    let stop = Arc::new(AtomicBool::new(false));
    let mut busy = Vec::new();
    for _ in 0..8 {
        let (stop, b) = (
            stop.clone(),
            common::Browser {
                http: b.http.clone(),
                base: b.base.clone(),
            },
        );
        busy.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let _ = b.get("/?state=all&q=zebrafinch").await;
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (mut during, mut refused) = (Vec::new(), 0);
    for n in 0..10 {
        let (ms, ok) = push_batch(20_000 + n).await;
        during.push(ms);
        refused += usize::from(!ok);
    }
    stop.store(true, Ordering::Relaxed);
    for t in busy {
        t.await.unwrap();
    }
    during.sort_by(|a, b| a.total_cmp(b));
    Searching {
        searchable_after_ms,
        search_p50_ms: percentile(&searches, 0.5),
        queue_p50_ms: percentile(&queue, 0.5),
        push_p50_ms: percentile(&alone, 0.5),
        push_during_searches_p50_ms: percentile(&during, 0.5),
        pushes_refused_during_searches: refused,
    }
}

/// Drains queued reflections from a device store with the sync engine; items per second.
fn drain(count: usize) -> f64 {
    use doorstep::store::{Store, SyncConfig};
    use doorstep::sync::engine::Engine;
    use doorstep::sync::plan::Outcome;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start_with(
        &db.url,
        &["--rate-limit", "0", "--device-quota-kib", "4000000000"],
    );
    let enrolled = rt.block_on(common::enrol(&server, "Drain team"));
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(
        &dir.path().join("d.db"),
        "drain-bench-pass",
        doorstep::keys::KdfParams::TESTING,
    )
    .unwrap();
    store
        .set_sync_config(&SyncConfig {
            server_url: server.url.clone(),
            device_id: uuid::Uuid::parse_str(&enrolled.device_id).unwrap(),
            token: enrolled.token.clone(),
        })
        .unwrap();
    for i in 0..count as u64 {
        let item = doorstep::sync::wire::ReflectionItem::new(
            "2026-W48",
            "2026.11.1+abc",
            &["e".into()],
            &text(i),
        );
        store.queue_item(&item).unwrap();
    }
    let store = std::sync::Mutex::new(store);
    let transport = doorstep::sync::http::Http::new(&server.url, &enrolled.token).unwrap();
    let mut engine = Engine::default();
    let start = Instant::now();
    loop {
        match engine.run_once(&store, &transport).unwrap() {
            Outcome::Synced { .. } => {}
            other => panic!("drain failed: {other:?}"),
        }
        if store.lock().unwrap().outbox_counts().unwrap().queued == 0 {
            break;
        }
    }
    count as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let seconds: u64 = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut sqlite_ceiling = 0.0;
    println!(
        "\n| backend | /v1/health req/s (ceiling) | reflections/s (2 KB, batches of {BATCH}) | batch p50 | batch p99 | reflections/s ÷ health req/s |"
    );
    println!("| --- | --- | --- | --- | --- | --- |");
    for (name, backend) in [
        ("SQLite", Backend::Sqlite),
        ("PostgreSQL", Backend::Postgres),
    ] {
        let (health, ingest) = rt.block_on(bench(backend, seconds));
        if backend == Backend::Sqlite {
            sqlite_ceiling = ingest.per_second;
        }
        println!(
            "| {name} | {:.0} | {:.0} | {:.1} ms | {:.1} ms | {:.2} |",
            health.per_second,
            ingest.per_second,
            ingest.p50_ms,
            ingest.p99_ms,
            ingest.per_second / health.per_second
        );
    }
    println!(
        "\n{CONCURRENCY} concurrent clients, {seconds} s per phase, loopback, rate limit off."
    );
    println!(
        "\n| backend, 8,000 reflections | searchable after the last push | search p50 | queue's first page p50 | push of {BATCH} p50 | push p50 during 8 searches | pushes refused during them |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for (name, backend) in [
        ("SQLite", Backend::Sqlite),
        ("PostgreSQL", Backend::Postgres),
    ] {
        let s = rt.block_on(searching(backend));
        println!(
            "| {name} | {:.0} ms | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms | {} of 10 |",
            s.searchable_after_ms,
            s.search_p50_ms,
            s.queue_p50_ms,
            s.push_p50_ms,
            s.push_during_searches_p50_ms,
            s.pushes_refused_during_searches
        );
    }
    let (idle50, idle99, busy50, busy99, logins) = rt.block_on(login_flood(seconds));
    println!(
        "\n/v1/health under a login flood (SQLite, 8 clients, throttle off, {logins:.0} failed logins/s): \
         idle p50 {idle50:.2} ms, p99 {idle99:.2} ms; flooded p50 {busy50:.2} ms, p99 {busy99:.2} ms; \
         flooded ÷ idle: p50 {:.2}, p99 {:.2}",
        busy50 / idle50,
        busy99 / idle99
    );
    drop(rt);
    let count = 10_000;
    let rate = drain(count);
    println!(
        "\nDevice drain: {count} queued reflections through the sync engine in {:.1} s ({rate:.0}/s); \
         the server's ingest ceiling in this run: {sqlite_ceiling:.0}/s; drain time ÷ ceiling time = {:.2}",
        count as f64 / rate,
        sqlite_ceiling / rate
    );
}
