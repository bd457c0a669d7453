//! The supervisor's pages, rendered on the server: log in, the team's reflections (filtered by
//! theme and week), one reflection with its replies and a reply form, and the team's themes over
//! time as SVG charts. No scripts, no external resources, a strict CSP, CSRF tokens on every form.

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
use doorstep::content::Theme;
use doorstep::keys::constant_time_eq;

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
    waiting: i64,
}

fn page(title: &str, viewer: Option<&Viewer<'_>>, body: &str) -> Response {
    let nav = viewer.map_or(String::new(), |v| {
        format!(
            "<nav aria-label=\"Supervision\"><a href=\"/\">Needs a reply <span class=\"count\">{}</span></a> \
             <a href=\"/?state=all\">All reflections</a> <a href=\"/themes\">Themes over time</a> \
             <span class=\"who\">{}</span></nav>",
            v.waiting,
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

/// The reflections that need a reply: the queue.
fn needs_reply() -> ListFilter {
    ListFilter {
        state: Some(ReflectionState::New),
        ..ListFilter::default()
    }
}

/// How many of the team's reflections need a reply (for the navigation).
async fn waiting(state: &AppState, s: &Supervisor) -> Result<i64, Response> {
    state
        .db
        .count_reflections(s.team_id, &needs_reply())
        .await
        .map_err(server_error)
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

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    ended: Option<String>,
}

fn to_login() -> Response {
    Redirect::to("/login").into_response()
}

pub async fn login_form(State(state): State<AppState>, Query(q): Query<LoginQuery>) -> Response {
    let Ok(csrf) = random_token() else {
        return error_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            "No randomness available.",
        );
    };
    let why = q.ended.as_deref().and_then(|w| why_ended(&state, w));
    let mut r = login_page(&csrf, why.as_deref().map(Notice::Ended), None);
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, LOGIN_COOKIE, &csrf, 1800),
    );
    r
}

/// What the login page says about a session that ended.
fn why_ended(state: &AppState, why: &str) -> Option<String> {
    match why {
        "idle" => Some(format!(
            "You were logged out after {} minutes without activity. Log in again to go on.",
            state.session_idle_secs / 60
        )),
        "expired" => {
            Some("Your session reached its limit of 8 hours. Log in again to go on.".into())
        }
        "ended" => Some(
            "Your session has ended: you logged out elsewhere, or the team's admin ended it."
                .into(),
        ),
        _ => None,
    }
}

/// A reply that could not be sent because the session had ended: carried through the login
/// form, and back on the reflection's page once logged in.
struct Carried<'a> {
    reflection: Uuid,
    text: &'a str,
}

/// What the login page says above the form.
enum Notice<'a> {
    /// A failed or throttled attempt (an alert).
    Error(&'a str),
    /// Why the last session ended (a status, not an alarm).
    Ended(&'a str),
}

fn login_page(csrf: &str, notice: Option<Notice<'_>>, carried: Option<&Carried<'_>>) -> Response {
    let error = match notice {
        None => String::new(),
        Some(Notice::Error(e)) => format!("<p class=\"alert\" role=\"alert\">{}</p>", esc(e)),
        Some(Notice::Ended(e)) => format!("<p class=\"notice\" role=\"status\">{}</p>", esc(e)),
    };
    let kept = carried.map_or(String::new(), |c| {
        format!(
            "<input type=\"hidden\" name=\"reflection\" value=\"{}\">\
             <label for=\"kept\">Your reply, kept <span class=\"hint\">It is on the reflection's page \
             once you have logged in, ready to send.</span></label>\
             <textarea id=\"kept\" name=\"kept\" rows=\"5\">{}</textarea>",
            c.reflection,
            esc(c.text)
        )
    });
    page(
        "Log in",
        None,
        &format!(
            "<h1>Log in</h1>{error}<form method=\"post\" action=\"/login\">{kept}\
             <input type=\"hidden\" name=\"csrf\" value=\"{}\">\
             <label for=\"username\">Username</label><input id=\"username\" name=\"username\" autocomplete=\"username\" required>\
             <label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\
             <button type=\"submit\">Log in</button></form>",
            esc(csrf)
        ),
    )
}

#[derive(Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    csrf: String,
    /// A reply kept from an ended session, and its reflection.
    #[serde(default)]
    reflection: String,
    #[serde(default)]
    kept: String,
}

impl LoginForm {
    fn carried(&self) -> Option<Carried<'_>> {
        let reflection = Uuid::parse_str(self.reflection.trim()).ok()?;
        (!self.kept.trim().is_empty()).then_some(Carried {
            reflection,
            text: &self.kept,
        })
    }
}

impl std::fmt::Debug for LoginForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginForm")
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

pub async fn login(
    State(state): State<AppState>,
    Extension(ClientAddr(ip)): Extension<ClientAddr>,
    headers: HeaderMap,
    Form(mut f): Form<LoginForm>,
) -> Response {
    // Double-submit: the form's token must match the cookie set with the form.
    if cookie(&headers, LOGIN_COOKIE)
        .is_none_or(|c| !constant_time_eq(c.as_bytes(), f.csrf.as_bytes()))
    {
        return error_page(
            StatusCode::FORBIDDEN,
            "The form has expired. Go back, reload the page and log in again.",
        );
    }
    // Throttled before any work: per address (one machine trying many names), per username
    // from that address (one machine trying one name), and, more loosely, per username from
    // all addresses (many machines trying one name). Only failures count, and the buckets
    // refill in minutes; an attacker at one address does not lock out the supervisor at
    // another.
    let name = limits::username_key(&f.username);
    let key = (name.clone(), ip);
    if let Err(wait) = state
        .refusals
        .allowed(&ip)
        .and_then(|()| state.logins.allowed(&key))
        .and_then(|()| state.username_logins.allowed(&name))
    {
        let message = format!("Too many failed attempts. Wait {wait} seconds, then try again.");
        let mut r = login_page(&f.csrf, Some(Notice::Error(&message)), f.carried().as_ref());
        *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return r;
    }
    let supervisor = match state.db.supervisor_by_username(f.username.trim()).await {
        Ok(s) => s.filter(|s| s.disabled_at.is_none()),
        Err(e) => return server_error(e),
    };
    // An unknown (or disabled) username is checked against a dummy hash, so that it takes as
    // long as a known one. Hashing runs on the blocking pool, a few at a time.
    let hash = supervisor.as_ref().map_or_else(
        || crate::DUMMY_PASSWORD_HASH.clone(),
        |s| s.password_hash.clone(),
    );
    let password = std::mem::take(&mut f.password);
    let Some(ok) = state
        .hashing
        .run(move || crate::verify_password(&password, &hash))
        .await
    else {
        let mut r = error_page(
            StatusCode::SERVICE_UNAVAILABLE,
            "The server is busy. Try again in a minute.",
        );
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
        return r;
    };
    let t = now();
    let Some(s) = supervisor.filter(|_| ok) else {
        let actor = Actor::Supervisor(f.username.trim().to_string());
        let _ = state
            .db
            .audit(AuditEntry::new(&actor, AuditAction::LoginFailed, "", t))
            .await;
        state.logins.charge(&key);
        state.username_logins.charge(&name);
        crate::api::refused(&state, ip).await;
        let mut r = login_page(
            &f.csrf,
            Some(Notice::Error("Wrong username or password.")),
            f.carried().as_ref(),
        );
        *r.status_mut() = StatusCode::UNAUTHORIZED;
        return r;
    };
    let (Ok(token), Ok(csrf)) = (random_token(), random_token()) else {
        return error_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            "No randomness available.",
        );
    };
    let token_hash = sha256_hex(token.as_bytes());
    let session = NewSession {
        token_hash: &token_hash,
        supervisor: &s,
        csrf: &csrf,
        expires_at: t + SESSION_SECONDS,
    };
    if let Err(e) = state.db.create_session(&session, t).await {
        return server_error(e);
    }
    let mut r = match f.carried() {
        Some(c) => {
            let kept = KeptReply {
                text: c.text,
                problem: "Your session had ended before the reply was sent. It is kept here: check it and send it.",
            };
            let mut page =
                render_reflection(&state, &s, &csrf, c.reflection, None, Some(kept)).await;
            if page.status() == StatusCode::BAD_REQUEST {
                *page.status_mut() = StatusCode::OK;
            }
            page
        }
        None => Redirect::to("/").into_response(),
    };
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, &token, SESSION_SECONDS),
    );
    r.headers_mut()
        .append(header::SET_COOKIE, set_cookie(&state, LOGIN_COOKIE, "", 0));
    r
}

#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Response {
    match session(&state, &headers).await {
        Ok(Some((_, csrf))) if constant_time_eq(csrf.as_bytes(), f.csrf.as_bytes()) => {
            if let Some(token) = cookie(&headers, SESSION_COOKIE) {
                let _ = state.db.delete_session(&sha256_hex(token.as_bytes())).await;
            }
            let mut r = Redirect::to("/login").into_response();
            r.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(&state, SESSION_COOKIE, "", 0),
            );
            r
        }
        Ok(Some(_)) => error_page(
            StatusCode::FORBIDDEN,
            "The form has expired. Reload and try again.",
        ),
        Ok(None) => to_login(),
        Err(r) => r,
    }
}

#[derive(Debug, Default, Deserialize, serde::Serialize)]
pub struct ListQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    theme: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    week: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sort: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    page: Option<String>,
}

impl ListQuery {
    /// The query as a URL query string (empty values left out), with `page` set or removed.
    fn link(&self, page: Option<i64>) -> String {
        let mut q = ListQuery {
            state: self.state.clone().filter(|v| !v.is_empty()),
            theme: self.theme.clone().filter(|v| !v.is_empty()),
            week: self.week.clone().filter(|v| !v.trim().is_empty()),
            author: self.author.clone().filter(|v| !v.is_empty()),
            q: self.q.clone().filter(|v| !v.trim().is_empty()),
            sort: self.sort.clone().filter(|v| !v.is_empty()),
            page: None,
        };
        q.page = page.filter(|p| *p > 1).map(|p| p.to_string());
        serde_urlencoded::to_string(&q).unwrap_or_default()
    }
}

/// Reflections on one page of the list.
pub const PAGE_SIZE: i64 = 50;

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

/// The sections a supervisor reads first, in this order.
const PREVIEW_FIRST: [&str; 3] = ["worries", "over-optimism", "supervision"];
const PREVIEW_CHARS: usize = 240;

fn clip(text: &str, n: usize) -> String {
    let mut out: String = text.chars().take(n).collect();
    if text.chars().count() > n {
        out.push('…');
    }
    out
}

/// A reflection's preview: what worries the practitioner, the over-optimism check and the
/// question for supervision, each under its heading; the start of the text when it has none
/// of them.
fn preview(text: &str) -> String {
    let content = doorstep::content::Content::embedded();
    let sections = doorstep::reflection::shared_sections(text, content);
    let mut out = String::new();
    for id in PREVIEW_FIRST {
        if let Some((Some(section), body)) = sections
            .iter()
            .find(|(s, b)| s.is_some_and(|s| s.id == id) && !b.trim().is_empty())
        {
            let _ = write!(
                out,
                "<p><strong>{}</strong> {}</p>",
                esc(&section.heading),
                esc(&clip(body, PREVIEW_CHARS))
            );
        }
    }
    if out.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(&clip(text, PREVIEW_CHARS)));
    }
    out
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

/// What the list's query asks for, checked: the filter, and what was wrong with it (answered
/// on the page, never silently ignored).
fn list_filter(q: &ListQuery, devices: &[crate::db::Device]) -> (ListFilter, i64, Vec<String>) {
    let mut problems = Vec::new();
    let state = match q.state.as_deref().map(str::trim).unwrap_or("") {
        "" | "new" => Some(ReflectionState::New),
        "all" => None,
        other => match ReflectionState::parse(other) {
            Some(s) => Some(s),
            None => {
                problems.push(format!(
                    "\"{other}\" is not a state: showing those that need a reply."
                ));
                Some(ReflectionState::New)
            }
        },
    };
    let theme = match q.theme.as_deref().map(str::trim).unwrap_or("") {
        "" => None,
        t if Theme::parse(t).is_some() => Some(t.to_string()),
        t => {
            problems.push(format!("\"{t}\" is not a theme: showing every theme."));
            None
        }
    };
    let week = match q.week.as_deref().map(str::trim).unwrap_or("") {
        "" => None,
        w if doorstep::sync::wire::valid_week(w) => Some(w.to_string()),
        w => {
            problems.push(format!(
                "\"{w}\" is not a week: write it as year, W and week number, such as 2026-W48. Showing every week."
            ));
            None
        }
    };
    let device = match q.author.as_deref().map(str::trim).unwrap_or("") {
        "" => None,
        a => match Uuid::parse_str(a)
            .ok()
            .filter(|id| devices.iter().any(|d| d.id == *id))
        {
            Some(id) => Some(id),
            None => {
                problems.push("That practitioner is not in your team: showing everyone.".into());
                None
            }
        },
    };
    let search = q.q.as_deref().map(str::trim).filter(|t| !t.is_empty());
    if search.is_some_and(|t| rules::search_words(t).is_empty()) {
        problems.push("The search has no words to look for: showing everything.".into());
    }
    let order = match q.sort.as_deref().unwrap_or("") {
        "" if state == Some(ReflectionState::New) => ListOrder::OldestWeek,
        "" | "week-newest" => ListOrder::NewestWeek,
        "week-oldest" => ListOrder::OldestWeek,
        "state" => ListOrder::State,
        other => {
            problems.push(format!(
                "\"{other}\" is not a way to sort: newest week first."
            ));
            ListOrder::NewestWeek
        }
    };
    let page = match q.page.as_deref().map(str::trim).unwrap_or("") {
        "" => 1,
        p => match p.parse::<i64>() {
            Ok(n) if n >= 1 => n,
            _ => {
                problems.push(format!(
                    "\"{p}\" is not a page number: showing the first page."
                ));
                1
            }
        },
    };
    let filter = ListFilter {
        theme,
        week,
        state,
        device,
        search: search.map(String::from),
        order,
        limit: PAGE_SIZE,
        offset: (page - 1).saturating_mul(PAGE_SIZE),
    };
    (filter, page, problems)
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

pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<ListQuery>,
) -> Response {
    let (s, csrf) = match session(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return to_login(),
        Err(r) => return r,
    };
    let devices = match state.db.list_devices(Some(s.team_id)).await {
        Ok(d) => d,
        Err(e) => return server_error(e),
    };
    let (filter, page_no, problems) = list_filter(&q, &devices);
    let new_ones = needs_reply();
    let (rows, total, waiting_now, counted) = match tokio::try_join!(
        state.db.list_reflections(s.team_id, &filter),
        state.db.count_reflections(s.team_id, &filter),
        state.db.count_reflections(s.team_id, &new_ones),
        state.db.theme_counts(s.team_id),
    ) {
        Ok(x) => x,
        Err(e) => return server_error(e),
    };
    let needs = filter.state == Some(ReflectionState::New);
    let mut body = String::from(if needs {
        "<h1>Reflections that need a reply</h1>"
    } else {
        "<h1>Reflections for supervision</h1>"
    });
    body.push_str(
        "<p class=\"muted\">Written by practitioners in your team and anonymised on their devices: \
         the names of families are never here.</p>",
    );
    for p in &problems {
        let _ = write!(body, "<p class=\"alert\" role=\"alert\">{}</p>", esc(p));
    }
    let chosen_state = filter.state.map_or("all", ReflectionState::as_str);
    let chosen_author = filter.device.map(|d| d.to_string()).unwrap_or_default();
    let chosen_sort = match filter.order {
        ListOrder::NewestWeek => "week-newest",
        ListOrder::OldestWeek => "week-oldest",
        ListOrder::State => "state",
    };
    let _ = write!(
        body,
        "<details class=\"filter-box\"{}><summary>Filter, search and order</summary>\
         <form method=\"get\" action=\"/\" class=\"filters\" role=\"search\">\
         <div><label for=\"state\">State</label><select id=\"state\" name=\"state\">{}</select></div>\
         <div><label for=\"author\">Practitioner</label><select id=\"author\" name=\"author\">{}</select></div>\
         <div><label for=\"theme\">Theme</label><select id=\"theme\" name=\"theme\">{}</select></div>\
         <div><label for=\"week\">Week of the visit</label><select id=\"week\" name=\"week\">{}</select></div>\
         <div><label for=\"q\">Words in the text</label><input id=\"q\" name=\"q\" type=\"search\" value=\"{}\"></div>\
         <div><label for=\"sort\">Order</label><select id=\"sort\" name=\"sort\">{}</select></div>\
         <button type=\"submit\">Show</button></form></details>",
        if q.link(None).is_empty() && problems.is_empty() {
            ""
        } else {
            " open"
        },
        options(
            std::iter::once(("new", "Needs a reply".to_string()))
                .chain(
                    [
                        ReflectionState::Replied,
                        ReflectionState::Discussed,
                        ReflectionState::Closed
                    ]
                    .map(|x| (x.as_str(), x.label().to_string()))
                )
                .chain(std::iter::once(("all", "Any state".to_string()))),
            chosen_state
        ),
        options(
            std::iter::once((String::new(), "Everyone".to_string()))
                .chain(devices.iter().map(|d| (d.id.to_string(), d.label.clone()))),
            &chosen_author
        ),
        options(
            std::iter::once(("", "All themes".to_string())).chain(
                Theme::ALL
                    .iter()
                    .map(|t| (t.as_str(), theme_title(t.as_str()).to_string()))
            ),
            filter.theme.as_deref().unwrap_or("")
        ),
        options(
            std::iter::once((String::new(), "Any week".to_string())).chain(
                weeks_with_reflections(&counted, filter.week.as_deref())
                    .into_iter()
                    .map(|w| {
                        let label = week_label(&w);
                        (w, label)
                    })
            ),
            filter.week.as_deref().unwrap_or("")
        ),
        esc(filter.search.as_deref().unwrap_or("")),
        options(
            [
                ("week-oldest", "Oldest week first".to_string()),
                ("week-newest", "Newest week first".to_string()),
                ("state", "By state, new first".to_string()),
            ],
            chosen_sort
        ),
    );
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    if rows.is_empty() {
        body.push_str(if needs {
            "<p class=\"notice\" role=\"status\">Nothing needs a reply.</p>"
        } else {
            "<p class=\"notice\" role=\"status\">No reflections for these filters.</p>"
        });
    } else {
        let first = filter.offset + 1;
        let last = filter.offset + rows.len() as i64;
        let _ = write!(
            body,
            "<table class=\"reflections\"><caption>{}{}</caption><thead><tr>\
             <th scope=\"col\">Week of the visit</th><th scope=\"col\">Practitioner</th>\
             <th scope=\"col\">Themes</th><th scope=\"col\">State</th><th scope=\"col\">Replies</th>\
             <th scope=\"col\">What it says first</th></tr></thead><tbody>",
            count_of(total, "reflection", "reflections"),
            if pages > 1 {
                format!(" · {first}–{last} shown · page {page_no} of {pages}")
            } else {
                String::new()
            }
        );
        let back = q.link(Some(page_no));
        for r in &rows {
            let _ = write!(
                body,
                "<tr><td><a href=\"/reflections/{}?from={}\">{}<span class=\"visually-hidden\"> reflection by {}</span></a></td>\
                 <td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"preview\">{}</td></tr>",
                r.id,
                urlencoding(&back),
                esc(&week_label(&r.week)),
                esc(&r.author),
                esc(&r.author),
                themes_badges(&r.themes),
                esc(&state_text(r)),
                r.replies,
                preview(&r.text)
            );
        }
        body.push_str("</tbody></table>");
        if pages > 1 {
            body.push_str("<nav class=\"pages\" aria-label=\"Pages\">");
            if page_no > 1 {
                let _ = write!(
                    body,
                    "<a href=\"/?{}\">← Previous page</a> ",
                    esc(&q.link(Some(page_no - 1)))
                );
            }
            if page_no < pages {
                let _ = write!(
                    body,
                    "<a href=\"/?{}\">Next page →</a>",
                    esc(&q.link(Some(page_no + 1)))
                );
            }
            body.push_str("</nav>");
        }
    }
    body.push_str(
        "<p><a href=\"/export.csv\" download>Download all the team's reflections (CSV)</a></p>",
    );
    body.push_str(&logout_form(&csrf));
    let viewer = Viewer {
        supervisor: &s,
        waiting: waiting_now,
    };
    let mut r = page("Reflections", Some(&viewer), &body);
    if !problems.is_empty() {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    r
}

/// The weeks that have reflections, newest first, with the one asked for even if it has none.
fn weeks_with_reflections(rows: &[crate::db::ThemeCount], asked: Option<&str>) -> Vec<String> {
    let mut weeks: Vec<String> = rows.iter().map(|(w, _, _)| w.clone()).collect();
    weeks.extend(asked.map(String::from));
    weeks.sort_unstable_by(|a, b| b.cmp(a));
    weeks.dedup();
    weeks
}

/// Percent-encodes a query string so it can travel as one parameter's value.
fn urlencoding(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|e| e.trim_start_matches('=').to_string())
        .unwrap_or_default()
}

#[derive(Debug, Deserialize)]
pub struct ShowQuery {
    /// The list's query the supervisor came from, for the way back.
    from: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(sq): Query<ShowQuery>,
) -> Response {
    let (s, csrf) = match session(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return to_login(),
        Err(r) => return r,
    };
    let Ok(id) = Uuid::parse_str(&id) else {
        return error_page(StatusCode::NOT_FOUND, "There is no such reflection.");
    };
    render_reflection(&state, &s, &csrf, id, sq.from.as_deref(), None).await
}

/// Links to the reflections before and after this one in the list it was opened from (its
/// filters and page in `from`), keeping that list for the way back.
async fn neighbours(
    state: &AppState,
    s: &Supervisor,
    id: Uuid,
    from: &str,
) -> Result<String, Response> {
    let Ok(q) = serde_urlencoded::from_str::<ListQuery>(from) else {
        return Ok(String::new());
    };
    let devices = state
        .db
        .list_devices(Some(s.team_id))
        .await
        .map_err(server_error)?;
    let (mut filter, _, problems) = list_filter(&q, &devices);
    if !problems.is_empty() {
        return Ok(String::new());
    }
    // The page it was on, and one either side of it.
    filter.offset = (filter.offset - 1).max(0);
    filter.limit = PAGE_SIZE + 2;
    let rows = state
        .db
        .list_reflections(s.team_id, &filter)
        .await
        .map_err(server_error)?;
    let Some(at) = rows.iter().position(|r| r.id == id) else {
        return Ok(String::new());
    };
    let link = |r: &StoredReflection, text: &str, rel: &str| {
        // The page the neighbour is on, so that its own way back is right.
        let position = filter.offset + rows.iter().position(|x| x.id == r.id).unwrap_or(0) as i64;
        let back = q.link(Some(position / PAGE_SIZE + 1));
        format!(
            "<a rel=\"{rel}\" href=\"/reflections/{}?from={}\">{text}<span class=\"visually-hidden\">: {}</span></a>",
            r.id,
            esc(&urlencoding(&back)),
            esc(&week_label(&r.week))
        )
    };
    let mut out = String::from("<nav class=\"pages\" aria-label=\"In this list\">");
    if let Some(prev) = at.checked_sub(1).and_then(|i| rows.get(i)) {
        out.push_str(&link(prev, "← Previous in the list", "prev"));
    }
    if let Some(next) = rows.get(at + 1) {
        out.push_str(&link(next, "Next in the list →", "next"));
    }
    out.push_str("</nav>");
    Ok(out)
}

/// The questions a reflection answered, in a sentence with a link to them: "Written with the
/// reflection questions of December 2026 (2026.12.1): see what they asked."
fn written_with(content_version: &str) -> String {
    let version = content_version.split('+').next().unwrap_or(content_version);
    let mut parts = version.split('.');
    let when = match (
        parts.next().and_then(|y| y.parse::<i32>().ok()),
        parts.next().and_then(|m| m.parse::<usize>().ok()),
    ) {
        (Some(y), Some(m)) if (1..=12).contains(&m) => format!("{} {y}", MONTH_NAMES[m - 1]),
        _ => "an unknown date".to_string(),
    };
    format!(
        "Written with the reflection questions of {} ({}): <a href=\"/questions\">see what they asked</a>.",
        esc(&when),
        esc(version)
    )
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The reflection questions practitioners answer (this server's copy of the content), so that a
/// supervisor can see what a reflection was asked.
pub async fn questions(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (s, csrf) = match session(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return to_login(),
        Err(r) => return r,
    };
    let waiting_now = match waiting(&state, &s).await {
        Ok(n) => n,
        Err(r) => return r,
    };
    let t = &doorstep::content::Content::embedded().reflection;
    let mut body = format!(
        "<h1>What a reflection asks</h1><p>{}, version {}. A reflection written with an earlier \
         version may lack the questions added since; nothing is shown for a question left empty.</p>",
        esc(&t.title),
        esc(&t.version)
    );
    for section in &t.sections {
        let _ = write!(
            body,
            "<h2>{}</h2><p>{}</p>",
            esc(&section.heading),
            esc(&section.prompt)
        );
    }
    body.push_str(&logout_form(&csrf));
    let viewer = Viewer {
        supervisor: &s,
        waiting: waiting_now,
    };
    page("What a reflection asks", Some(&viewer), &body)
}

/// A reply the supervisor wrote that has not been sent: kept in the form, with what stopped it.
struct KeptReply<'a> {
    text: &'a str,
    problem: &'a str,
}

/// The reflection page; with `kept`, the reply form holds that text and says what went wrong
/// (the reply is never lost to an error or an expired session).
async fn render_reflection(
    state: &AppState,
    s: &Supervisor,
    csrf: &str,
    id: Uuid,
    from: Option<&str>,
    kept: Option<KeptReply<'_>>,
) -> Response {
    let found = match state.db.reflection(s.team_id, id).await {
        Ok(f) => f,
        Err(e) => return server_error(e),
    };
    let Some((r, replies)) = found else {
        return error_page(
            StatusCode::NOT_FOUND,
            "There is no such reflection for your team.",
        );
    };
    let waiting_now = match waiting(state, s).await {
        Ok(n) => n,
        Err(r) => return r,
    };
    // The way back keeps the list's filters; only a query string of this site's own list.
    let from = from.filter(|f| !f.contains("://") && !f.starts_with('/'));
    let back = match from {
        None | Some("") => "/".to_string(),
        Some(f) => format!("/?{f}"),
    };
    let neighbours = match from {
        Some(f) => match neighbours(state, s, id, f).await {
            Ok(n) => n,
            Err(r) => return r,
        },
        None => String::new(),
    };
    let content = doorstep::content::Content::embedded();
    let mut body = format!(
        "<p><a href=\"{}\">← Back to the list</a></p>{neighbours}<h1>Reflection · {}</h1>\
         <p>By <strong>{}</strong> · {} · {}</p>\
         <p class=\"muted\">{} Anonymised on the practitioner's device: the names of families are never here.</p>",
        esc(&back),
        esc(&week_label(&r.week)),
        esc(&r.author),
        esc(&state_text(&r)),
        themes_badges(&r.themes),
        written_with(&r.content_version)
    );
    body.push_str("<article class=\"reflection\">");
    for (section, text) in doorstep::reflection::shared_sections(&r.text, content) {
        if let Some(section) = section {
            let _ = write!(body, "<h2>{}</h2>", esc(&section.heading));
        }
        let _ = write!(body, "<div class=\"text\">{}</div>", esc(&text));
    }
    body.push_str("</article>");
    let today = chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/reflections/{id}/state\" class=\"filters state\">\
         <input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\
         <div><label for=\"set-state\">State</label><select id=\"set-state\" name=\"state\">{}</select></div>\
         <div><label for=\"discussed-on\">Discussed on <span class=\"hint\">(for \"discussed in supervision\")</span></label>\
         <input id=\"discussed-on\" name=\"discussed_on\" type=\"date\" max=\"{today}\" value=\"{}\"></div>\
         <button type=\"submit\">Save the state</button></form>",
        options(
            ReflectionState::ALL.map(|x| (x.as_str(), x.label().to_string())),
            r.state.as_str()
        ),
        esc(r.discussed_on.as_deref().unwrap_or(""))
    );
    body.push_str("<h2>Replies</h2>");
    if replies.is_empty() {
        body.push_str("<p>No replies yet.</p>");
    }
    for f in &replies {
        let _ = write!(
            body,
            "<div class=\"reply\"><p class=\"muted\">{} · {}</p><div class=\"text\">{}</div></div>",
            esc(&f.supervisor),
            esc(&readable_time(f.at)),
            esc(&f.text)
        );
    }
    let (problem, invalid, text) = match &kept {
        Some(k) => (
            format!(
                "<p class=\"alert\" role=\"alert\" id=\"reply-problem\">{}</p>",
                esc(k.problem)
            ),
            " aria-invalid=\"true\" aria-describedby=\"reply-problem\" autofocus",
            esc(k.text),
        ),
        None => (String::new(), "", String::new()),
    };
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/reflections/{id}/reply\" class=\"reply-form\"><input type=\"hidden\" name=\"csrf\" value=\"{}\">\
         <label for=\"reply\">Your reply <span class=\"muted\">(it goes back to the practitioner's device; do not name the family)</span></label>{problem}\
         <textarea id=\"reply\" name=\"text\" rows=\"6\" required{invalid}>{text}</textarea><button type=\"submit\">Send reply</button></form>",
        esc(csrf)
    );
    let viewer = Viewer {
        supervisor: s,
        waiting: waiting_now,
    };
    let mut response = page("Reflection", Some(&viewer), &body);
    if kept.is_some() {
        *response.status_mut() = StatusCode::BAD_REQUEST;
    }
    response
}

/// The time zone the pages show times in: the teams are in the UK.
const TIME_ZONE: chrono_tz::Tz = chrono_tz::Europe::London;

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

#[derive(Debug, Deserialize)]
pub struct StateForm {
    csrf: String,
    state: String,
    #[serde(default)]
    discussed_on: String,
}

pub async fn set_state(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(f): Form<StateForm>,
) -> Response {
    let (s, csrf) = match session(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return to_login(),
        Err(r) => return r,
    };
    if !constant_time_eq(csrf.as_bytes(), f.csrf.as_bytes()) {
        return error_page(
            StatusCode::FORBIDDEN,
            "The form has expired. Go back, reload the page and save the state again.",
        );
    }
    let Ok(id) = Uuid::parse_str(&id) else {
        return error_page(StatusCode::NOT_FOUND, "There is no such reflection.");
    };
    let Some(new_state) = ReflectionState::parse(f.state.trim()) else {
        return error_page(StatusCode::BAD_REQUEST, "Choose one of the states offered.");
    };
    let discussed_on = if new_state == ReflectionState::Discussed {
        let today = chrono::Utc::now().date_naive();
        match chrono::NaiveDate::parse_from_str(f.discussed_on.trim(), "%Y-%m-%d") {
            Ok(d) if d <= today + chrono::Days::new(1) => Some(d.format("%Y-%m-%d").to_string()),
            Ok(_) => {
                return error_page(
                    StatusCode::BAD_REQUEST,
                    "The day it was discussed cannot be in the future.",
                );
            }
            Err(_) => {
                return error_page(
                    StatusCode::BAD_REQUEST,
                    "Give the day it was discussed in supervision (such as 2026-12-01).",
                );
            }
        }
    } else {
        None
    };
    let change = NewState {
        supervisor: &s,
        reflection: id,
        state: new_state,
        discussed_on,
    };
    match state.db.set_state(&change, now()).await {
        Ok(true) => Redirect::to(&format!("/reflections/{id}")).into_response(),
        Ok(false) => error_page(
            StatusCode::NOT_FOUND,
            "There is no such reflection for your team.",
        ),
        Err(e) => server_error(e),
    }
}

#[derive(Debug, Deserialize)]
pub struct ReplyForm {
    csrf: String,
    text: String,
}

pub async fn reply(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(f): Form<ReplyForm>,
) -> Response {
    let Ok(id) = Uuid::parse_str(&id) else {
        return error_page(StatusCode::NOT_FOUND, "There is no such reflection.");
    };
    // Browsers send a text area's lines with CRLF; devices get LF.
    let text = f.text.replace("\r\n", "\n");
    let text = text.trim();
    let (s, csrf) = match check_session(&state, &headers).await {
        Ok(Some(x)) => x,
        Err(NoSession::Failed(r)) => return r,
        // No session, or it has ended: the reply goes through the login form and back.
        none => {
            let why = match none {
                Err(NoSession::Ended(why)) => why_ended(&state, why),
                _ => None,
            };
            return login_keeping(
                &state,
                why.as_deref(),
                &Carried {
                    reflection: id,
                    text,
                },
            );
        }
    };
    let keep = |problem: String| {
        let state = state.clone();
        let (s, csrf) = (s.clone(), csrf.clone());
        async move {
            let kept = KeptReply {
                text,
                problem: &problem,
            };
            render_reflection(&state, &s, &csrf, id, None, Some(kept)).await
        }
    };
    if !constant_time_eq(csrf.as_bytes(), f.csrf.as_bytes()) {
        let mut r = keep("The form had expired (it came from an earlier session). Your reply is kept: check it and send it again.".into()).await;
        *r.status_mut() = StatusCode::FORBIDDEN;
        return r;
    }
    if text.is_empty() || text.chars().count() > MAX_REPLY_CHARS {
        return keep(format!(
            "Write a reply of up to {MAX_REPLY_CHARS} characters."
        ))
        .await;
    }
    let kinds = doorstep::anonymise::structured_identifiers(text);
    if !kinds.is_empty() {
        let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        return keep(format!(
            "The reply holds an identifier ({}). Take it out and send again.",
            names.join(", ")
        ))
        .await;
    }
    let reply = NewReply {
        supervisor: &s,
        reflection: id,
        text,
    };
    match state.db.add_reply(&reply, now()).await {
        Ok(Some(_)) => Redirect::to(&format!("/reflections/{id}")).into_response(),
        Ok(None) => error_page(
            StatusCode::NOT_FOUND,
            "There is no such reflection for your team.",
        ),
        Err(e) => server_error(e),
    }
}

/// The longest reply, in characters.
pub const MAX_REPLY_CHARS: usize = 20_000;

/// The login page holding a reply that could not be sent, with a fresh login token.
fn login_keeping(state: &AppState, why: Option<&str>, carried: &Carried<'_>) -> Response {
    let Ok(login_csrf) = random_token() else {
        return error_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            "No randomness available.",
        );
    };
    let notice = why.map_or_else(
        || "Log in to send your reply.".to_string(),
        |w| format!("{w} Your reply was not sent yet: it is kept below."),
    );
    let mut r = login_page(&login_csrf, Some(Notice::Ended(&notice)), Some(carried));
    *r.status_mut() = StatusCode::UNAUTHORIZED;
    r.headers_mut()
        .append(header::SET_COOKIE, set_cookie(state, SESSION_COOKIE, "", 0));
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, LOGIN_COOKIE, &login_csrf, 1800),
    );
    r
}

/// The team's themes week by week: bar charts on one scale and a table of the same numbers
/// (drawn by [`crate::themes`]).
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
    let counts = crate::themes::ThemeCounts::from_rows(&rows);
    let mut body = String::from("<h1>The team's themes over time</h1>");
    body.push_str(&crate::themes::page_body(&counts));
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
    let rows = match state.db.all_reflections(s.team_id).await {
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
    let mut r = crate::export::csv(&rows).into_response();
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
