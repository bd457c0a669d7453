//! The supervisor's pages, rendered on the server: log in, the team's reflections (filtered by
//! theme and week), one reflection with its replies and a reply form, and the team's themes over
//! time as SVG charts. No scripts, no external resources, a strict CSP, CSRF tokens on every form.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;
use uuid::Uuid;

use crate::db::rules::{self, SessionEnd};
use crate::db::{Actor, AuditAction, AuditEntry, ListFilter, NewReply, NewSession, Supervisor};
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

fn theme_title(t: &str) -> &'static str {
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

fn page(title: &str, supervisor: Option<&Supervisor>, body: &str) -> Response {
    let nav = supervisor.map_or(String::new(), |s| {
        format!(
            "<nav><a href=\"/\">Reflections</a> <a href=\"/themes\">Themes over time</a> \
             <span class=\"who\">{}</span></nav>",
            esc(&s.username)
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
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let token_hash = sha256_hex(token.as_bytes());
    let t = now();
    let Some(s) = state.db.session(&token_hash).await.map_err(server_error)? else {
        return Err(ended(state, "ended"));
    };
    if let Err(why) = rules::session_state(&s, t, state.session_idle_secs) {
        let _ = state.db.delete_session(&token_hash).await;
        let why = match why {
            SessionEnd::Idle => "idle",
            SessionEnd::Expired => "expired",
            SessionEnd::Disabled => "ended",
        };
        return Err(ended(state, why));
    }
    if rules::touch_session(s.last_seen_at, t) {
        state
            .db
            .touch_session(&token_hash, t)
            .await
            .map_err(server_error)?;
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
    let idle = format!(
        "You were logged out after {} minutes without activity. Log in again to go on.",
        state.session_idle_secs / 60
    );
    let why = match q.ended.as_deref() {
        Some("idle") => Some(idle.as_str()),
        Some("expired") => {
            Some("Your session reached its limit of 8 hours. Log in again to go on.")
        }
        Some("ended") => {
            Some("Your session has ended: you logged out elsewhere, or the team's admin ended it.")
        }
        _ => None,
    };
    let mut r = login_page(&csrf, why.map(Notice::Ended));
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, LOGIN_COOKIE, &csrf, 1800),
    );
    r
}

/// What the login page says above the form.
enum Notice<'a> {
    /// A failed or throttled attempt (an alert).
    Error(&'a str),
    /// Why the last session ended (a status, not an alarm).
    Ended(&'a str),
}

fn login_page(csrf: &str, notice: Option<Notice<'_>>) -> Response {
    let error = match notice {
        None => String::new(),
        Some(Notice::Error(e)) => format!("<p class=\"alert\" role=\"alert\">{}</p>", esc(e)),
        Some(Notice::Ended(e)) => format!("<p class=\"notice\" role=\"status\">{}</p>", esc(e)),
    };
    page(
        "Log in",
        None,
        &format!(
            "<h1>Log in</h1>{error}<form method=\"post\" action=\"/login\">\
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
        let mut r = login_page(&f.csrf, Some(Notice::Error(&message)));
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
        let mut r = login_page(&f.csrf, Some(Notice::Error("Wrong username or password.")));
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
    let mut r = Redirect::to("/").into_response();
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

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    theme: Option<String>,
    week: Option<String>,
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
    let theme = q.theme.filter(|t| Theme::parse(t).is_some());
    let week = q
        .week
        .map(|w| w.trim().to_string())
        .filter(|w| doorstep::sync::wire::valid_week(w));
    let filter = ListFilter {
        theme: theme.clone(),
        week: week.clone(),
        limit: 200,
    };
    let rows = match state.db.list_reflections(s.team_id, &filter).await {
        Ok(r) => r,
        Err(e) => return server_error(e),
    };
    let mut body = String::from("<h1>Reflections for supervision</h1>");
    let _ = write!(
        body,
        "<form method=\"get\" action=\"/\" class=\"filters\"><label for=\"theme\">Theme</label>\
         <select id=\"theme\" name=\"theme\"><option value=\"\">All themes</option>{}</select>\
         <label for=\"week\">Week</label><input id=\"week\" name=\"week\" placeholder=\"2026-W48\" value=\"{}\">\
         <button type=\"submit\">Show</button></form>",
        Theme::ALL
            .iter()
            .map(|t| t.as_str())
            .map(|t| format!(
                "<option value=\"{t}\"{}>{}</option>",
                if theme.as_deref() == Some(t) {
                    " selected"
                } else {
                    ""
                },
                esc(theme_title(t))
            ))
            .collect::<String>(),
        esc(week.as_deref().unwrap_or(""))
    );
    if rows.is_empty() {
        body.push_str("<p>No reflections yet for these filters.</p>");
    } else {
        let _ = write!(
            body,
            "<p>{} reflections, newest first.</p><ul class=\"list\">",
            rows.len()
        );
        for r in &rows {
            let preview: String = r.text.chars().take(220).collect();
            let more = if r.text.chars().count() > 220 {
                "…"
            } else {
                ""
            };
            let _ = write!(
                body,
                "<li><a href=\"/reflections/{}\"><strong>Week {}</strong></a> {} \
                 <span class=\"muted\">{} {}</span><p>{}{more}</p></li>",
                r.id,
                esc(&r.week),
                themes_badges(&r.themes),
                r.replies,
                if r.replies == 1 { "reply" } else { "replies" },
                esc(&preview)
            );
        }
        body.push_str("</ul>");
    }
    body.push_str(&logout_form(&csrf));
    page("Reflections", Some(&s), &body)
}

pub async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let (s, csrf) = match session(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return to_login(),
        Err(r) => return r,
    };
    let Ok(id) = Uuid::parse_str(&id) else {
        return error_page(StatusCode::NOT_FOUND, "There is no such reflection.");
    };
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
    let mut body = format!(
        "<h1>Reflection, week {}</h1><p>{} <span class=\"muted\">content {}</span></p>\
         <div class=\"text\">{}</div><h2>Replies</h2>",
        esc(&r.week),
        themes_badges(&r.themes),
        esc(&r.content_version),
        esc(&r.text)
    );
    if replies.is_empty() {
        body.push_str("<p>No replies yet.</p>");
    }
    for f in &replies {
        let _ = write!(
            body,
            "<div class=\"reply\"><p class=\"muted\">{} · {}</p><div class=\"text\">{}</div></div>",
            esc(&f.supervisor),
            esc(&crate::rfc3339(f.at)),
            esc(&f.text)
        );
    }
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/reflections/{id}/reply\"><input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\
         <label for=\"reply\">Your reply <span class=\"muted\">(it goes back to the practitioner's device; do not name the family)</span></label>\
         <textarea id=\"reply\" name=\"text\" rows=\"6\" required></textarea><button type=\"submit\">Send reply</button></form>"
    );
    page("Reflection", Some(&s), &body)
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
    let (s, csrf) = match session(&state, &headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return to_login(),
        Err(r) => return r,
    };
    if !constant_time_eq(csrf.as_bytes(), f.csrf.as_bytes()) {
        return error_page(
            StatusCode::FORBIDDEN,
            "The form has expired. Go back, reload the page and send the reply again.",
        );
    }
    let Ok(id) = Uuid::parse_str(&id) else {
        return error_page(StatusCode::NOT_FOUND, "There is no such reflection.");
    };
    let text = f.text.trim();
    if text.is_empty() || text.len() > 20_000 {
        return error_page(
            StatusCode::BAD_REQUEST,
            "Write a reply of up to 20,000 characters.",
        );
    }
    let kinds = doorstep::anonymise::structured_identifiers(text);
    if !kinds.is_empty() {
        let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        return error_page(
            StatusCode::BAD_REQUEST,
            &format!(
                "The reply holds an identifier ({}). Take it out and send again.",
                names.join(", ")
            ),
        );
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

/// Weekly counts per theme, as small SVG bar charts drawn here.
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
    let counts = theme_counts(&rows);
    let mut body = String::from("<h1>The team's themes over time</h1>");
    if counts.weeks.is_empty() {
        body.push_str("<p>No reflections yet.</p>");
    } else {
        let _ = write!(
            body,
            "<p>Reflections tagged with each theme, week by week ({} to {}).</p>",
            esc(counts.weeks.first().map_or("", String::as_str)),
            esc(counts.weeks.last().map_or("", String::as_str))
        );
        for t in Theme::ALL {
            body.push_str(&chart(t.as_str(), &counts));
        }
    }
    body.push_str(&logout_form(&csrf));
    page("Themes", Some(&s), &body)
}

/// Weekly counts per theme.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ThemeCounts {
    /// The weeks shown, oldest first (the last 26 with reflections).
    pub weeks: Vec<String>,
    /// theme → count per week, aligned with `weeks`.
    pub counts: BTreeMap<String, Vec<u32>>,
}

/// The charts' counts from the database's (week, theme, count) rows.
pub fn theme_counts(rows: &[crate::db::ThemeCount]) -> ThemeCounts {
    let mut by_week: BTreeMap<String, BTreeMap<String, u32>> = BTreeMap::new();
    for (week, theme, n) in rows {
        let w = by_week.entry(week.clone()).or_default();
        if let Some(t) = theme {
            *w.entry(t.clone()).or_default() += u32::try_from(*n).unwrap_or(u32::MAX);
        }
    }
    let weeks: Vec<String> = by_week.keys().rev().take(26).rev().cloned().collect();
    let counts = Theme::ALL
        .iter()
        .map(|t| t.as_str())
        .map(|t| {
            (
                t.to_string(),
                weeks
                    .iter()
                    .map(|w| by_week.get(w).and_then(|m| m.get(t)).copied().unwrap_or(0))
                    .collect(),
            )
        })
        .collect();
    ThemeCounts { weeks, counts }
}

/// One theme's weekly bars as an accessible SVG with a title, a description and per-bar titles.
pub fn chart(theme: &str, c: &ThemeCounts) -> String {
    let values = c.counts.get(theme).cloned().unwrap_or_default();
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let (w, h, pad) = (640u32, 140u32, 24u32);
    let n = values.len().max(1) as u32;
    let bar = ((w - 2 * pad) / n).max(2);
    let total: u32 = values.iter().sum();
    let mut svg = format!(
        "<figure><svg role=\"img\" aria-labelledby=\"t-{id} d-{id}\" viewBox=\"0 0 {w} {h}\" width=\"100%\" height=\"{h}\">\
         <title id=\"t-{id}\">{title}</title><desc id=\"d-{id}\">{total} reflections over {n} weeks, most in one week {max}</desc>\
         <line x1=\"{pad}\" y1=\"{base}\" x2=\"{end}\" y2=\"{base}\" stroke=\"#556\" stroke-width=\"1\"/>",
        id = esc(theme),
        title = esc(theme_title(theme)),
        base = h - pad,
        end = w - pad,
        max = values.iter().copied().max().unwrap_or(0),
    );
    for (i, v) in values.iter().enumerate() {
        let bh = (h - 2 * pad) * v / max;
        let x = pad + i as u32 * bar;
        let y = h - pad - bh;
        let week = c.weeks.get(i).map_or("", String::as_str);
        let _ = write!(
            svg,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{bh}\" fill=\"#0b5c6b\"><title>{}: {v}</title></rect>",
            bar.saturating_sub(2).max(1),
            esc(week)
        );
    }
    let _ = write!(
        svg,
        "<text x=\"{pad}\" y=\"{}\" font-size=\"12\" fill=\"#333\">{}</text><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#333\" text-anchor=\"end\">{}</text></svg>\
         <figcaption>{} — {total} in all</figcaption></figure>",
        h - 6,
        esc(c.weeks.first().map_or("", String::as_str)),
        w - pad,
        h - 6,
        esc(c.weeks.last().map_or("", String::as_str)),
        esc(theme_title(theme))
    );
    svg
}
