//! One reflection: its sections, its neighbours in the list it came from, its state, its
//! replies and the reply form (a reply is never lost to an error or an ended session); and the
//! page of questions a reflection answers.

use super::*;
use crate::db::{Reply, ReplyChange, ReplyChanged};

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
pub(super) async fn neighbours(
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
pub(super) fn written_with(content_version: &str) -> String {
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

pub(super) const MONTH_NAMES: [&str; 12] = [
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
    let t = &doorstep_core::content::Content::embedded().reflection;
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
pub(super) struct KeptReply<'a> {
    pub(super) text: &'a str,
    pub(super) problem: &'a str,
    /// The number of the reply being corrected, when it is a correction (its own form holds
    /// the text); `None` for a new reply.
    pub(super) editing: Option<i64>,
}

/// What the practitioner's device worked out for this reflection (the content's signals that
/// held), by the content's labels; said plainly when none held, and when the device was of a
/// version that does not send them.
fn signals_list(signals: Option<&[String]>, content: &doorstep_core::content::Content) -> String {
    let mut out = String::from(
        "<section class=\"signals\" aria-labelledby=\"signals-h\">\
         <h2 id=\"signals-h\">Worked out on the device</h2>",
    );
    match signals {
        None => out.push_str(
            "<p class=\"muted\">Sent by a version of the app that does not send these.</p>",
        ),
        Some([]) => out.push_str("<p>None of the gaps the team counts held at this visit.</p>"),
        Some(ids) => {
            out.push_str("<ul>");
            for id in ids {
                let label = content.reflection.signal_label(id);
                let _ = write!(out, "<li>{}</li>", esc(label));
            }
            out.push_str("</ul>");
        }
    }
    out.push_str("</section>");
    out
}

/// The most of a case's reflections its row shows (the oldest first, as the row reads).
const CASE_ROWS: i64 = 100;

/// The case over time: every reflection shared about the same family (by the random key its
/// practitioner's device sends), oldest first, each with what was judged and decided, the gaps
/// worked out and the replies, so that drift shows ("safe" four times, the partner never seen).
fn case_row(
    this: &StoredReflection,
    rows: &[StoredReflection],
    content: &doorstep_core::content::Content,
) -> String {
    let mut out = format!(
        "<section class=\"case\" aria-labelledby=\"case-h\"><h2 id=\"case-h\">This case over time</h2>\
         <p class=\"muted\">The reflections shared about the same family, linked on the \
         practitioner's device by a random key (the family is never named).</p>\
         <table class=\"case-row\"><caption>{}, oldest first</caption><thead><tr>\
         <th scope=\"col\">Week</th><th scope=\"col\">Judgement and next step</th>\
         <th scope=\"col\">Worked out on the device</th><th scope=\"col\">Replies</th></tr></thead><tbody>",
        count_of(rows.len() as i64, "reflection", "reflections")
    );
    for r in rows {
        let week = esc(&week_label(&r.week));
        let week = if r.id == this.id {
            format!("<strong>{week}</strong> <span class=\"badge\">this one</span>")
        } else {
            format!("<a href=\"/reflections/{}\">{week}</a>", r.id)
        };
        let gaps = match &r.signals {
            None => "<span class=\"muted\">not sent</span>".to_string(),
            Some(ids) if ids.is_empty() => "none".to_string(),
            Some(ids) => ids
                .iter()
                .map(|id| esc(content.reflection.signal_label(id)))
                .collect::<Vec<_>>()
                .join("; "),
        };
        let _ = write!(
            out,
            "<tr{}><td>{week}</td><td>{}</td><td>{gaps}</td><td>{}</td></tr>",
            if r.id == this.id {
                " aria-current=\"true\""
            } else {
                ""
            },
            judgement_html(r),
            r.replies
        );
    }
    out.push_str("</tbody></table></section>");
    out
}

/// The reflection page; with `kept`, the reply form holds that text and says what went wrong
/// (the reply is never lost to an error or an expired session).
pub(super) async fn render_reflection(
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
    let content = doorstep_core::content::Content::embedded();
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
    let _ = write!(body, "<p class=\"judgement\">{}</p>", judgement_html(&r));
    body.push_str(&signals_list(r.signals.as_deref(), content));
    if let Some(key) = &r.case_key {
        let case = ListFilter {
            case_key: Some(key.clone()),
            order: ListOrder::OldestWeek,
            limit: CASE_ROWS,
            ..ListFilter::default()
        };
        match state.db.list_reflections(s.team_id, &case).await {
            Ok(rows) => body.push_str(&case_row(&r, &rows, content)),
            Err(e) => return server_error(e),
        }
    }
    body.push_str("<article class=\"reflection\">");
    for (section, text) in doorstep_core::reflection::shared_sections(&r.text, content) {
        if let Some(section) = section {
            let _ = write!(body, "<h2>{}</h2>", esc(&section.heading));
        }
        let _ = write!(body, "<div class=\"text\">{}</div>", esc(&text));
    }
    body.push_str("</article>");
    let today = team_today().format("%Y-%m-%d").to_string();
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
    let now = now();
    for f in &replies {
        body.push_str(&reply_html(f, s, csrf, now, kept.as_ref()));
    }
    let (problem, invalid, text) = match kept.as_ref().filter(|k| k.editing.is_none()) {
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
        let today = team_today();
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
                editing: None,
            };
            render_reflection(&state, &s, &csrf, id, None, Some(kept)).await
        }
    };
    if !constant_time_eq(csrf.as_bytes(), f.csrf.as_bytes()) {
        let mut r = keep("The form had expired (it came from an earlier session). Your reply is kept: check it and send it again.".into()).await;
        *r.status_mut() = StatusCode::FORBIDDEN;
        return r;
    }
    if let Some(problem) = reply_problem(text) {
        return keep(problem).await;
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

/// One reply on the reflection's page: who and when, whether it was edited or withdrawn, and,
/// for its author within [`rules::REPLY_CHANGE_SECS`] of sending it, the forms to correct or
/// withdraw it (holding `kept` text when a correction was refused).
fn reply_html(f: &Reply, s: &Supervisor, csrf: &str, now: i64, kept: Option<&KeptReply>) -> String {
    let changed = match (f.withdrawn_at, f.edited_at) {
        (Some(t), _) => format!(" · withdrawn {}", readable_time(t)),
        (None, Some(t)) => format!(" · edited {}", readable_time(t)),
        (None, None) => String::new(),
    };
    let mut out = format!(
        "<div class=\"reply\"><p class=\"muted\">{} · {}{}</p>",
        esc(&f.supervisor),
        esc(&readable_time(f.at)),
        esc(&changed)
    );
    if f.withdrawn_at.is_some() {
        out.push_str("<p class=\"text muted\">Withdrawn by its author. The practitioner's device says that it was withdrawn.</p></div>");
        return out;
    }
    let _ = write!(out, "<div class=\"text\">{}</div>", esc(&f.text));
    let until = f.at + rules::REPLY_CHANGE_SECS;
    if f.supervisor_id == s.id && now <= until {
        let n = f.number;
        let mine = kept.filter(|k| k.editing == Some(n));
        let (open, problem, invalid, text) = match mine {
            Some(k) => (
                " open",
                format!(
                    "<p class=\"alert\" role=\"alert\" id=\"edit-{n}-problem\">{}</p>",
                    esc(k.problem)
                ),
                format!(" aria-invalid=\"true\" aria-describedby=\"edit-{n}-problem\" autofocus"),
                k.text,
            ),
            None => ("", String::new(), String::new(), f.text.as_str()),
        };
        let until = chrono::DateTime::from_timestamp(until, 0)
            .map(|t| t.with_timezone(&TIME_ZONE).format("%H:%M").to_string())
            .unwrap_or_default();
        let _ = write!(
            out,
            "<details class=\"change\"{open}><summary>Correct or withdraw this reply <span class=\"muted\">(until {until})</span></summary>{problem}\
             <form method=\"post\" action=\"/reflections/{id}/replies/{n}/edit\"><input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\
             <label for=\"edit-{n}\">The reply, corrected</label>\
             <textarea id=\"edit-{n}\" name=\"text\" rows=\"5\" required{invalid}>{text}</textarea>\
             <button type=\"submit\">Save the correction</button></form>\
             <form method=\"post\" action=\"/reflections/{id}/replies/{n}/withdraw\"><input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\
             <button type=\"submit\" class=\"secondary\">Withdraw this reply</button></form></details>",
            id = f.reflection_id,
            csrf = esc(csrf),
            text = esc(text),
        );
    }
    out.push_str("</div>");
    out
}

/// What is wrong with a reply's text, if anything (the same checks for a new reply and for a
/// correction).
fn reply_problem(text: &str) -> Option<String> {
    if text.is_empty() || text.chars().count() > MAX_REPLY_CHARS {
        return Some(format!(
            "Write a reply of up to {MAX_REPLY_CHARS} characters."
        ));
    }
    if let Some(problem) = crate::text::reply(text) {
        return Some(problem);
    }
    let kinds = doorstep_core::anonymise::structured_identifiers(text);
    if kinds.is_empty() {
        return None;
    }
    let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    Some(format!(
        "The reply holds an identifier ({}). Take it out and send again.",
        names.join(", ")
    ))
}

#[derive(Debug, Deserialize)]
pub struct ChangeForm {
    csrf: String,
    #[serde(default)]
    text: String,
}

/// A supervisor corrects one of their replies.
pub async fn edit_reply(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((id, number)): Path<(String, String)>,
    Form(f): Form<ChangeForm>,
) -> Response {
    let text = f.text.replace("\r\n", "\n");
    change_reply(&state, &headers, (&id, &number), &f.csrf, Some(text.trim())).await
}

/// A supervisor withdraws one of their replies.
pub async fn withdraw_reply(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((id, number)): Path<(String, String)>,
    Form(f): Form<ChangeForm>,
) -> Response {
    change_reply(&state, &headers, (&id, &number), &f.csrf, None).await
}

/// Edits (`Some` text) or withdraws a reply; a refused correction comes back on the page with
/// its text kept, and one refused for being too late is offered as a new reply.
async fn change_reply(
    state: &AppState,
    headers: &HeaderMap,
    (id, number): (&str, &str),
    form_csrf: &str,
    text: Option<&str>,
) -> Response {
    let (s, csrf) = match session(state, headers).await {
        Ok(Some(x)) => x,
        Ok(None) => return to_login(),
        Err(r) => return r,
    };
    let (Ok(id), Ok(number)) = (Uuid::parse_str(id), number.parse::<i64>()) else {
        return error_page(StatusCode::NOT_FOUND, "There is no such reply.");
    };
    let (who, form) = (&s, &csrf);
    let keep = |problem: String, editing: Option<i64>| async move {
        let kept = KeptReply {
            text: text.unwrap_or(""),
            problem: &problem,
            editing,
        };
        render_reflection(state, who, form, id, None, Some(kept)).await
    };
    if !constant_time_eq(csrf.as_bytes(), form_csrf.as_bytes()) {
        let mut r = keep(
            "The form had expired (it came from an earlier session). Check the reply and try again."
                .into(),
            Some(number),
        )
        .await;
        *r.status_mut() = StatusCode::FORBIDDEN;
        return r;
    }
    if let Some(problem) = text.and_then(reply_problem) {
        return keep(problem, Some(number)).await;
    }
    let change = ReplyChange {
        supervisor: &s,
        reflection: id,
        number,
        text,
    };
    let mut refused = match state.db.change_reply(&change, now()).await {
        Ok(ReplyChanged::Changed(_)) => {
            return Redirect::to(&format!("/reflections/{id}")).into_response();
        }
        // Withdrawing a reply twice (two tabs) is done already.
        Ok(ReplyChanged::Withdrawn) if text.is_none() => {
            return Redirect::to(&format!("/reflections/{id}")).into_response();
        }
        // A correction of a reply withdrawn meanwhile (from another tab) is not dropped: it is
        // offered as a new reply.
        Ok(ReplyChanged::Withdrawn) => {
            keep(
                "This reply was withdrawn before your correction arrived, so there is nothing to \
                 correct. Your correction is here to send as a new reply."
                    .to_string(),
                None,
            )
            .await
        }
        Ok(ReplyChanged::NotFound) => {
            return error_page(
                StatusCode::NOT_FOUND,
                "There is no such reply for your team.",
            );
        }
        Ok(ReplyChanged::NotTheirs) => {
            return error_page(
                StatusCode::FORBIDDEN,
                "Only the supervisor who wrote a reply can correct or withdraw it.",
            );
        }
        Ok(ReplyChanged::TooLate) => {
            let minutes = rules::REPLY_CHANGE_SECS / 60;
            let problem = match text {
                Some(_) => format!(
                    "A reply can be corrected for {minutes} minutes after it is sent, and that time has passed: the practitioner may have read it. Your correction is here to send as a new reply."
                ),
                None => format!(
                    "A reply can be withdrawn for {minutes} minutes after it is sent, and that time has passed. Send a new reply to say what has changed."
                ),
            };
            keep(problem, None).await
        }
        Err(e) => return server_error(e),
    };
    *refused.status_mut() = StatusCode::CONFLICT;
    refused
}

/// The longest reply, in characters.
pub const MAX_REPLY_CHARS: usize = 20_000;
