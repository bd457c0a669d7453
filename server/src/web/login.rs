//! Logging in and out: the login page (saying why a session ended), the throttled login with
//! its double-submit token, and a reply carried through the login when its session had ended.

use super::*;

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    ended: Option<String>,
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
pub(super) fn why_ended(state: &AppState, why: &str) -> Option<String> {
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
pub(super) struct Carried<'a> {
    pub(super) reflection: Uuid,
    pub(super) text: &'a str,
}

/// What the login page says above the form.
pub(super) enum Notice<'a> {
    /// A failed or throttled attempt (an alert).
    Error(&'a str),
    /// Why the last session ended (a status, not an alarm).
    Ended(&'a str),
}

pub(super) fn login_page(
    csrf: &str,
    notice: Option<Notice<'_>>,
    carried: Option<&Carried<'_>>,
) -> Response {
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
    let key = limits::login_key(&f.username, ip);
    let allowed = match state.refusals.allowed(&limits::address_key(ip)).await {
        Ok(()) => match state.logins.allowed(&key).await {
            Ok(()) => state.username_logins.allowed(&name).await,
            Err(wait) => Err(wait),
        },
        Err(wait) => Err(wait),
    };
    if let Err(wait) = allowed {
        let message = format!("Too many failed attempts. Wait {wait} seconds, then try again.");
        let mut r = login_page(&f.csrf, Some(Notice::Error(&message)), f.carried().as_ref());
        *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return r;
    }
    // A username with a control character is nobody's (no username can hold one; PostgreSQL
    // refuses NUL): it is not looked up, and is refused like any wrong login.
    let username = f.username.trim();
    let lookup = if username.chars().any(char::is_control) {
        Ok(None)
    } else {
        state.db.supervisor_by_username(username).await
    };
    let supervisor = match lookup {
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
        state.logins.charge(&key).await;
        state.username_logins.charge(&name).await;
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
    match state.db.create_session(&session, t).await {
        Ok(true) => {}
        // The password was reset, or the account disabled, while this login was being checked:
        // it opens nothing.
        Ok(false) => {
            let mut r = login_page(
                &f.csrf,
                Some(Notice::Error(
                    "Your account was changed while you were logging in (a new password, or the \
                     team's admin disabled it). Log in again.",
                )),
                f.carried().as_ref(),
            );
            *r.status_mut() = StatusCode::UNAUTHORIZED;
            return r;
        }
        Err(e) => return server_error(e),
    }
    let mut r = match f.carried() {
        Some(c) => {
            let kept = KeptReply {
                text: c.text,
                problem: "Your session had ended before the reply was sent. It is kept here: check it and send it.",
                editing: None,
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

/// The login page holding a reply that could not be sent, with a fresh login token.
pub(super) fn login_keeping(
    state: &AppState,
    why: Option<&str>,
    carried: &Carried<'_>,
) -> Response {
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
    // The stale session cookie is cleared only when the request carried it (a session that has
    // ended); a request without one touches no session.
    if why.is_some() {
        r.headers_mut()
            .append(header::SET_COOKIE, set_cookie(state, SESSION_COOKIE, "", 0));
    }
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, LOGIN_COOKIE, &login_csrf, 1800),
    );
    r
}
