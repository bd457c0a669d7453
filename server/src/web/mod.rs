//! The supervisor's pages, rendered on the server: log in ([`login`]), the team's reflections as
//! a queue and a paged table ([`list`]), one reflection with its state and replies
//! ([`reflection`]), the team's themes over time ([`themes`]) and the CSV download. This
//! module holds what they share: the page shell, sessions, errors, dates and weeks. No scripts,
//! no external resources, a strict CSP, CSRF tokens on every form.

use std::fmt::Write as _;

use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;
use uuid::Uuid;

use crate::db::rules::{self, SessionEnd};
use crate::db::{
    Actor, AuditAction, AuditEntry, ListFilter, ListOrder, NewReply, NewSession, NewState,
    ReflectionState, StoredReflection, Supervisor,
};
use crate::limits::{self, ClientAddr};
use crate::{AppState, now, random_token, sha256_hex};
use doorstep_core::content::Theme;
use doorstep_core::secure::constant_time_eq;

mod list;
mod login;
mod reflection;
pub mod themes;

pub use list::list;
pub use login::{login, login_form, logout};
pub use reflection::{edit_reply, questions, reply, set_state, show, withdraw_reply};

use list::{ListQuery, PAGE_SIZE, list_filter};
use login::{Carried, login_keeping, why_ended};
use reflection::{KeptReply, render_reflection};

const SESSION_COOKIE: &str = "doorstep_session";
const LOGIN_COOKIE: &str = "doorstep_login";
const SESSION_SECONDS: i64 = 8 * 3600;

/// Content Security Policy for every page: nothing but this server's stylesheet.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const CSS: &str = include_str!("web.css");

/// Escapes text for HTML.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn theme_title(t: &str) -> &'static str {
    match t {
        "a" => "a · parents' own story",
        "b" => "b · vulnerable baby",
        "c" => "c · parents struggling",
        "d" => "d · over-optimism",
        "e" => "e · where the baby sleeps",
        "f" => "f · who is around the baby",
        "safe-sleep" => "safe sleep",
        _ => "other",
    }
}

/// Who is looking, for the navigation: the supervisor and how many reflections need a reply.
struct Viewer<'a> {
    supervisor: &'a Supervisor,
    waiting: Waiting,
}

/// What the navigation counts: the reflections that need a reply, and those of them that are
/// urgent (an emergency, a referral, not safe or not sure tonight).
#[derive(Debug, Clone, Copy)]
struct Waiting {
    reply: i64,
    urgent: i64,
}

fn page(title: &str, viewer: Option<&Viewer<'_>>, body: &str) -> Response {
    let nav = viewer.map_or(String::new(), |v| {
        format!(
            "<nav aria-label=\"Supervision\"><a href=\"/\">Needs a reply <span class=\"count\">{}</span></a> \
             <a href=\"/?urgent=1\">Urgent <span class=\"count{}\">{}</span></a> \
             <a href=\"/?state=all\">All reflections</a> <a href=\"/themes\">Themes over time</a> \
             <span class=\"who\">{}</span></nav>",
            v.waiting.reply,
            if v.waiting.urgent > 0 { " urgent" } else { "" },
            v.waiting.urgent,
            esc(&v.supervisor.username)
        )
    });
    let html = format!(
        "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} · Doorstep supervision</title><link rel=\"stylesheet\" href=\"/static/app.css\">\
         </head><body><header><strong>Doorstep</strong> supervision {nav}</header>\
         <main>{body}</main></body></html>",
        esc(title)
    );
    html_response(StatusCode::OK, html)
}

/// How many of the team's reflections need a reply, and how many of them are urgent (for the
/// navigation).
async fn waiting(state: &AppState, s: &Supervisor) -> Result<Waiting, Response> {
    let (reply, urgent) = state
        .db
        .waiting_counts(s.team_id)
        .await
        .map_err(server_error)?;
    Ok(Waiting { reply, urgent })
}

fn html_response(status: StatusCode, html: String) -> Response {
    let mut r = (status, html).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn error_page(status: StatusCode, message: &str) -> Response {
    let mut r = page(
        "Problem",
        None,
        &format!("<h1>Problem</h1><p role=\"alert\">{}</p>", esc(message)),
    );
    *r.status_mut() = status;
    r
}

fn server_error(e: crate::db::DbError) -> Response {
    if matches!(e, crate::db::DbError::Unavailable) {
        let mut r = error_page(
            StatusCode::SERVICE_UNAVAILABLE,
            "The server's database is not answering. Nothing is lost: try again in a minute.",
        );
        if let Ok(v) = HeaderValue::from_str(&crate::api::UNAVAILABLE_RETRY_SECS.to_string()) {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return r;
    }
    tracing::error!(error = %e, "storage error");
    error_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        "The server could not complete that. Try again.",
    )
}

/// Whether a request comes from another site's page: the browser says so (`Sec-Fetch-Site`
/// `cross-site` or `same-site`, which every current browser sends), or its `Origin` is not this
/// server's (the `Host` it was sent to, or the public address behind a proxy). A request that
/// says neither (a script, an old browser; `Origin: null` says nothing) is taken as this site's
/// own.
fn from_another_site(headers: &HeaderMap, public_url: Option<&str>) -> bool {
    // The browser's own word decides when it gives one (then a proxy that rewrites `Host`, or a
    // second name for the server, changes nothing).
    let fetch_site = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .map(str::to_ascii_lowercase);
    if let Some(site) = fetch_site {
        return matches!(site.as_str(), "cross-site" | "same-site");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let Ok(origin) = origin.to_str() else {
        return true;
    };
    // "null": the browser would not say (our own pages ask for no referrer, so browsers send
    // `Origin: null` with their forms); `Sec-Fetch-Site`, looked at above, decides.
    if origin == "null" {
        return false;
    }
    // scheme://host[:port] → host[:port], the default port left out.
    let Some((scheme, host)) = origin.split_once("://") else {
        return true;
    };
    let host = without_default_port(scheme, host);
    let own_host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(|h| without_default_port(scheme, h));
    let public_host = public_url
        .and_then(|u| u.split_once("://"))
        .map(|(s, rest)| without_default_port(s, rest.split('/').next().unwrap_or(rest)));
    ![own_host, public_host]
        .into_iter()
        .flatten()
        .any(|h| h.eq_ignore_ascii_case(host))
}

/// `host:443` for https (`host:80` for http) as `host`.
fn without_default_port<'a>(scheme: &str, host: &'a str) -> &'a str {
    let default = if scheme.eq_ignore_ascii_case("https") {
        ":443"
    } else {
        ":80"
    };
    host.strip_suffix(default).unwrap_or(host)
}

/// Middleware for the supervisor's pages: a form sent from another site's page is refused
/// before anything is done, without touching the session's cookie and without repeating any of
/// what it sent (a cross-site page could otherwise log a supervisor out, or put its own words on
/// this site's login page).
pub async fn refuse_other_sites(
    State(public_url): State<Option<std::sync::Arc<str>>>,
    req: Request,
    next: Next,
) -> Response {
    let form = req.method() != axum::http::Method::GET && req.method() != axum::http::Method::HEAD;
    if form
        && !req.uri().path().starts_with("/v1/")
        && from_another_site(req.headers(), public_url.as_deref())
    {
        return error_page(
            StatusCode::FORBIDDEN,
            "This form was sent from another site, so nothing was done. Use Doorstep's own pages.",
        );
    }
    next.run(req).await
}

/// Every response leaves in the documented shape: an error from the `/v1` API is JSON
/// `{code, message}` even when the framework made it (a body over the limit, a malformed query,
/// a wrong method), and a page's is a page. Over HTTPS, every response carries HSTS.
pub async fn uniform_errors(secure: bool, req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/v1/");
    let mut r = next.run(req).await;
    let status = r.status();
    let shaped = r
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json") || v.starts_with("text/html"));
    if (status.is_client_error() || status.is_server_error()) && !shaped {
        let (code, message) = match status {
            StatusCode::PAYLOAD_TOO_LARGE => ("too_large", "The request body is too large."),
            StatusCode::METHOD_NOT_ALLOWED => {
                ("method_not_allowed", "That method is not allowed here.")
            }
            StatusCode::UNSUPPORTED_MEDIA_TYPE => (
                "unsupported_media_type",
                "The request's Content-Type is not one this address accepts.",
            ),
            s if s.is_server_error() => (
                "server_error",
                "The server could not complete the request. Try again later.",
            ),
            _ => ("bad_request", "The request is malformed."),
        };
        let headers = r.headers().clone();
        r = if api {
            crate::api::ApiError::new(status, code, message).into_response()
        } else {
            error_page(status, message)
        };
        for name in [header::ALLOW, header::RETRY_AFTER] {
            if let Some(v) = headers.get(&name) {
                r.headers_mut().insert(name, v.clone());
            }
        }
    }
    if secure {
        r.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    r
}

pub async fn css() -> Response {
    let mut r = CSS.into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    r
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

fn set_cookie(state: &AppState, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The logged-in supervisor and the session's CSRF token; `None` without a session cookie. A
/// session that has ended (idle, expired, or ended by the admin) is deleted and answered with
/// the login page saying why.
async fn session(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<(Supervisor, String)>, Response> {
    check_session(state, headers).await.map_err(|e| match e {
        NoSession::Ended(why) => ended(state, why),
        NoSession::Failed(r) => r,
    })
}

/// Why a request has no live session.
enum NoSession {
    /// It had one that has ended: "idle", "expired" or "ended" (the login page's words).
    Ended(&'static str),
    /// The database could not say.
    Failed(Response),
}

async fn check_session(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<(Supervisor, String)>, NoSession> {
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let token_hash = sha256_hex(token.as_bytes());
    let t = now();
    let found = state.db.session(&token_hash).await;
    let Some(s) = found.map_err(|e| NoSession::Failed(server_error(e)))? else {
        return Err(NoSession::Ended("ended"));
    };
    if let Err(why) = rules::session_state(&s, t, state.session_idle_secs) {
        let _ = state.db.delete_session(&token_hash).await;
        return Err(NoSession::Ended(match why {
            SessionEnd::Idle => "idle",
            SessionEnd::Expired => "expired",
            SessionEnd::Disabled => "ended",
        }));
    }
    if rules::touch_session(s.last_seen_at, t) {
        state
            .db
            .touch_session(&token_hash, t)
            .await
            .map_err(|e| NoSession::Failed(server_error(e)))?;
    }
    Ok(Some((s.supervisor, s.csrf)))
}

/// To the login page, which says why the session ended; the stale cookie is cleared.
fn ended(state: &AppState, why: &str) -> Response {
    let mut r = Redirect::to(&format!("/login?ended={why}")).into_response();
    r.headers_mut()
        .append(header::SET_COOKIE, set_cookie(state, SESSION_COOKIE, "", 0));
    r
}

fn to_login() -> Response {
    Redirect::to("/login").into_response()
}

fn logout_form(csrf: &str) -> String {
    format!(
        "<form method=\"post\" action=\"/logout\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"{}\"><button type=\"submit\">Log out</button></form>",
        esc(csrf)
    )
}

fn themes_badges(themes: &[String]) -> String {
    themes
        .iter()
        .map(|t| format!("<span class=\"badge\">{}</span>", esc(theme_title(t))))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "1 reflection", "3 reflections".
pub(crate) fn count_of(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn day_month(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {}", d.day(), MONTHS[d.month0() as usize])
}

/// An ISO week with its dates: "W47 · 16–22 Nov 2026", "W49 · 30 Nov–6 Dec 2026".
pub(crate) fn week_label(week: &str) -> String {
    use chrono::Datelike;
    let parsed = week
        .get(..4)
        .and_then(|y| y.parse::<i32>().ok())
        .zip(week.get(6..).and_then(|w| w.parse::<u32>().ok()));
    let Some((year, w)) = parsed else {
        return week.to_string();
    };
    let Some(monday) = chrono::NaiveDate::from_isoywd_opt(year, w, chrono::Weekday::Mon) else {
        return week.to_string();
    };
    let sunday = monday + chrono::Days::new(6);
    let dates = if monday.month() == sunday.month() {
        format!("{}–{}", monday.day(), day_month(sunday))
    } else {
        format!("{}–{}", day_month(monday), day_month(sunday))
    };
    format!("W{w:02} · {dates} {}", sunday.year())
}

fn state_text(r: &StoredReflection) -> String {
    match (&r.state, &r.discussed_on) {
        (ReflectionState::Discussed, Some(day)) => {
            let day = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map(|d| {
                    format!("{} {}", day_month(d), {
                        use chrono::Datelike;
                        d.year()
                    })
                })
                .unwrap_or_else(|_| day.clone());
            format!("discussed in supervision on {day}")
        }
        (state, _) => state.label().to_string(),
    }
}

/// The label of an answer to one of the content's questions (the id itself if this server's
/// content no longer has it).
fn answer_label(question: &str, answer: &str) -> String {
    doorstep_core::content::Content::embedded()
        .reflection
        .option(question, answer)
        .map_or_else(|| answer.to_string(), |o| o.label.clone())
}

/// "3rd reflection on this case" under a linked reflection's week from its second on (HTML).
fn case_badge(n: i64) -> String {
    if n < 2 {
        return String::new();
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!(" <span class=\"badge case-n\">{n}{suffix} reflection on this case</span>")
}

/// A day as the pages write it ("11 Dec 2026"); the text itself when it is not a date.
fn day_text(day: &str) -> String {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").map_or_else(
        |_| day.to_string(),
        |d| {
            use chrono::Datelike;
            format!("{} {}", day_month(d), d.year())
        },
    )
}

/// What the practitioner judged and decided, and when the next action is due, as the queue's
/// row and the reflection's page show it (HTML); "Not given" for a device that did not send it.
fn judgement_html(r: &StoredReflection) -> String {
    use doorstep_core::content::{DECISION, JUDGEMENT};
    let mut parts = Vec::new();
    if r.is_urgent() {
        parts.push("<span class=\"badge urgent\">Urgent</span>".to_string());
    }
    match &r.judgement {
        Some(j) => parts.push(format!(
            "<span>Safe tonight: <strong>{}</strong></span>",
            esc(&answer_label(JUDGEMENT, j))
        )),
        None => parts.push("<span class=\"muted\">Safe tonight: not given</span>".to_string()),
    }
    if let Some(d) = &r.decision {
        parts.push(format!(
            "<span>Next: <strong>{}</strong></span>",
            esc(&answer_label(DECISION, d))
        ));
    }
    if let Some(first) = r.actions_due.as_ref().and_then(|d| d.first()) {
        parts.push(format!(
            "<span>First action due {}</span>",
            esc(&day_text(first))
        ));
    }
    format!("<span class=\"decision\">{}</span>", parts.join(" · "))
}

fn options<V: AsRef<str>>(items: impl IntoIterator<Item = (V, String)>, chosen: &str) -> String {
    items
        .into_iter()
        .map(|(value, label)| {
            let value = value.as_ref();
            format!(
                "<option value=\"{}\"{}>{}</option>",
                esc(value),
                if value == chosen { " selected" } else { "" },
                esc(&label)
            )
        })
        .collect()
}

/// Percent-encodes a query string so it can travel as one parameter's value.
fn urlencoding(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|e| e.trim_start_matches('=').to_string())
        .unwrap_or_default()
}

/// The time zone the pages show times in: the teams are in the UK.
const TIME_ZONE: chrono_tz::Tz = chrono_tz::Europe::London;

/// Today in the team's time zone: the day a supervisor means by "today" (UTC's day is the day
/// before between midnight and one in the morning of UK summer time).
pub(crate) fn team_today() -> chrono::NaiveDate {
    chrono::Utc::now().with_timezone(&TIME_ZONE).date_naive()
}

/// A time as people in the team read it, in UK time: "3 Dec 2026, 10:15", "1 Jul 2026, 11:15"
/// (10:15 UTC in summer time).
pub(crate) fn readable_time(t: i64) -> String {
    use chrono::Datelike;
    chrono::DateTime::from_timestamp(t, 0).map_or_else(String::new, |d| {
        let local = d.with_timezone(&TIME_ZONE);
        let n = local.date_naive();
        format!("{} {}, {}", day_month(n), n.year(), local.format("%H:%M"))
    })
}

/// The team's themes week by week: bar charts on one scale and a table of the same numbers
/// (drawn by [`themes`]).
pub async fn themes(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (s, csrf) = match session(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return to_login(),
        Err(r) => return r,
    };
    let rows = match state.db.theme_counts(s.team_id).await {
        Ok(r) => r,
        Err(e) => return server_error(e),
    };
    let counts = themes::ThemeCounts::from_rows(&rows);
    let mut body = String::from("<h1>The team's themes over time</h1>");
    body.push_str(&themes::page_body(&counts));
    if let (Some(first), Some(last)) = (counts.weeks.first(), counts.weeks.last()) {
        match state.db.signal_counts(s.team_id, (first, last)).await {
            Ok(n) => body.push_str(&themes::learning(&counts, &n)),
            Err(e) => return server_error(e),
        }
        match state.db.judgement_counts(s.team_id, (first, last)).await {
            Ok(n) => body.push_str(&themes::judgements_over_time(&counts, &n)),
            Err(e) => return server_error(e),
        }
    }
    body.push_str(&logout_form(&csrf));
    let viewer = match waiting(&state, &s).await {
        Ok(n) => Viewer {
            supervisor: &s,
            waiting: n,
        },
        Err(r) => return r,
    };
    page("Themes", Some(&viewer), &body)
}

/// The supervisor's own team's reflections as CSV (as the admin's `export` writes it), audited.
pub async fn export(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (s, _) = match session(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return to_login(),
        Err(r) => return r,
    };
    let (rows, replies) = match tokio::try_join!(
        state.db.all_reflections(s.team_id),
        state.db.team_replies(s.team_id)
    ) {
        Ok(r) => r,
        Err(e) => return server_error(e),
    };
    let entry = AuditEntry::new(
        &Actor::Supervisor(s.username.clone()),
        AuditAction::Export,
        format!("team {}, {} reflections", s.team_id, rows.len()),
        now(),
    );
    if let Err(e) = state.db.audit(entry).await {
        return server_error(e);
    }
    let mut r =
        crate::export::csv(&rows, &replies, crate::export::Reader::Spreadsheet).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"doorstep-reflections.csv\""),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_from_other_sites_are_told_apart_from_our_own() {
        let h = |pairs: &[(&'static str, &'static str)]| {
            let mut m = HeaderMap::new();
            for (k, v) in pairs {
                m.insert(*k, HeaderValue::from_static(v));
            }
            m
        };
        let ours = h(&[
            ("host", "127.0.0.1:8787"),
            ("origin", "http://127.0.0.1:8787"),
        ]);
        assert!(!from_another_site(&ours, None));
        assert!(
            !from_another_site(&h(&[("host", "x")]), None),
            "no Origin: a script"
        );
        assert!(from_another_site(
            &h(&[
                ("host", "127.0.0.1:8787"),
                ("origin", "https://evil.example")
            ]),
            None
        ));
        // Our pages send no referrer, so a browser's own form says `Origin: null`.
        assert!(!from_another_site(
            &h(&[("origin", "null"), ("sec-fetch-site", "same-origin")]),
            None
        ));
        assert!(from_another_site(
            &h(&[("origin", "null"), ("sec-fetch-site", "cross-site")]),
            None
        ));
        assert!(from_another_site(
            &h(&[("sec-fetch-site", "cross-site")]),
            None
        ));
        assert!(from_another_site(
            &h(&[("sec-fetch-site", "same-site")]),
            None
        ));
        // Behind a proxy the Host may be the proxy's upstream name: the public address counts.
        let proxied = h(&[
            ("host", "127.0.0.1:8787"),
            ("origin", "https://doorstep.example.org"),
        ]);
        assert!(!from_another_site(
            &proxied,
            Some("https://doorstep.example.org")
        ));
        assert!(!from_another_site(
            &proxied,
            Some("https://doorstep.example.org:443")
        ));
        assert!(from_another_site(&proxied, None));
        // A browser that says where the form came from is believed, whatever the Host.
        let renamed = h(&[
            ("host", "127.0.0.1:8787"),
            ("origin", "https://second-name.example.org"),
            ("sec-fetch-site", "same-origin"),
        ]);
        assert!(!from_another_site(&renamed, None));
    }

    #[test]
    fn times_are_shown_in_uk_time_and_weeks_with_their_dates() {
        // 10:15 UTC is 10:15 in winter and 11:15 in summer time.
        let winter =
            chrono::DateTime::parse_from_rfc3339("2026-12-03T10:15:00Z").map(|d| d.timestamp());
        let summer =
            chrono::DateTime::parse_from_rfc3339("2026-07-01T10:15:00Z").map(|d| d.timestamp());
        assert_eq!(
            winter.map(readable_time).ok().as_deref(),
            Some("3 Dec 2026, 10:15")
        );
        assert_eq!(
            summer.map(readable_time).ok().as_deref(),
            Some("1 Jul 2026, 11:15")
        );
        assert_eq!(week_label("2026-W47"), "W47 · 16–22 Nov 2026");
        assert_eq!(week_label("2026-W49"), "W49 · 30 Nov–6 Dec 2026");
        assert_eq!(week_label("2026-W53"), "W53 · 28 Dec–3 Jan 2027");
        assert_eq!(week_label("nonsense"), "nonsense");
    }
}
