//! The list of the team's reflections: the queue of what needs a reply first, filters that
//! answer bad input, pages of [`PAGE_SIZE`], and previews of the sections a supervisor reads first.

use super::*;

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
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
    judgement: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    decision: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    urgent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sort: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    view: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    page: Option<String>,
}

impl ListQuery {
    /// The query as a URL query string (empty values left out), with `page` set or removed.
    pub(super) fn link(&self, page: Option<i64>) -> String {
        let mut q = ListQuery {
            state: self.state.clone().filter(|v| !v.is_empty()),
            theme: self.theme.clone().filter(|v| !v.is_empty()),
            week: self.week.clone().filter(|v| !v.trim().is_empty()),
            author: self.author.clone().filter(|v| !v.is_empty()),
            judgement: self.judgement.clone().filter(|v| !v.is_empty()),
            decision: self.decision.clone().filter(|v| !v.is_empty()),
            urgent: self.urgent.clone().filter(|v| !v.is_empty()),
            q: self.q.clone().filter(|v| !v.trim().is_empty()),
            sort: self.sort.clone().filter(|v| !v.is_empty()),
            view: self.view.clone().filter(|v| !v.is_empty()),
            page: None,
        };
        q.page = page.filter(|p| *p > 1).map(|p| p.to_string());
        serde_urlencoded::to_string(&q).unwrap_or_default()
    }
}

/// Reflections on one page of the list.
pub const PAGE_SIZE: i64 = 50;

/// The sections a supervisor reads first, in this order.
pub(super) const PREVIEW_FIRST: [&str; 3] = ["worries", "over-optimism", "supervision"];
pub(super) const PREVIEW_CHARS: usize = 240;

pub(super) fn clip(text: &str, n: usize) -> String {
    let mut out: String = text.chars().take(n).collect();
    if text.chars().count() > n {
        out.push('…');
    }
    out
}

/// A reflection's preview: what worries the practitioner, the over-optimism check and the
/// question for supervision, each under its heading; the start of the text when it has none
/// of them.
pub(super) fn preview(text: &str, marks: &[String]) -> String {
    let content = doorstep_core::content::Content::embedded();
    let sections = doorstep_core::reflection::shared_sections(text, content);
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
                marked(&clip(body, PREVIEW_CHARS), marks)
            );
        }
    }
    if out.is_empty() {
        let _ = write!(out, "<p>{}</p>", marked(&clip(text, PREVIEW_CHARS), marks));
    }
    out
}

/// The practitioner filter's choices: each device by the name of the practitioner who last
/// sent from it, with the device as a detail ("Jo Bloggs (Jo's tablet)"), people first by
/// name, then the devices that never sent a name.
fn people(devices: &[crate::db::Device]) -> Vec<(String, String)> {
    let mut people: Vec<(bool, String, String)> = devices
        .iter()
        .map(|d| match &d.person {
            Some(p) => (false, format!("{p} ({})", d.label), d.id.to_string()),
            None => (true, d.label.clone(), d.id.to_string()),
        })
        .collect();
    people.sort_by_key(|(unnamed, shown, _)| (*unnamed, shown.to_lowercase()));
    people
        .into_iter()
        .map(|(_, shown, id)| (id, shown))
        .collect()
}

/// `text` as HTML with each word that starts with one of `marks` (lower case) in `<mark>`: a
/// search's matches, whatever their ending ("sleeping" for "sleep", as the search stems).
pub(super) fn marked(text: &str, marks: &[String]) -> String {
    if marks.is_empty() {
        return esc(text);
    }
    let mut out = String::new();
    let mut last = 0;
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = &text[s..i];
                let lower = word.to_lowercase();
                if marks.iter().any(|m| lower.starts_with(m.as_str())) {
                    out.push_str(&esc(&text[last..s]));
                    out.push_str("<mark>");
                    out.push_str(&esc(word));
                    out.push_str("</mark>");
                    last = i;
                }
                start = None;
            }
            _ => {}
        }
    }
    out.push_str(&esc(&text[last..]));
    out
}

/// The start of "what worries me" on one line, for the compact view (the text's start when
/// it has no such section).
fn worry_line(text: &str) -> String {
    let content = doorstep_core::content::Content::embedded();
    let sections = doorstep_core::reflection::shared_sections(text, content);
    let body = sections
        .iter()
        .find(|(s, b)| s.is_some_and(|s| s.id == "worries") && !b.trim().is_empty())
        .map_or(text, |(_, b)| b.as_str());
    clip(&body.split_whitespace().collect::<Vec<_>>().join(" "), 100)
}

/// What the list's query asks for, checked: the filter, and what was wrong with it (answered
/// on the page, never silently ignored).
pub(super) fn list_filter(
    q: &ListQuery,
    devices: &[crate::db::Device],
) -> (ListFilter, i64, Vec<String>) {
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
        w if doorstep_core::wire::valid_week(w) => Some(w.to_string()),
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
    // The judgement and the decision, by the content's options.
    let mut answer = |question: &str, what: &str, given: Option<&str>| -> Option<String> {
        match given.map(str::trim).unwrap_or("") {
            "" => None,
            a if doorstep_core::content::Content::embedded()
                .reflection
                .option(question, a)
                .is_some() =>
            {
                Some(a.to_string())
            }
            a => {
                problems.push(format!("\"{a}\" is not a {what}: showing every {what}."));
                None
            }
        }
    };
    let judgement = answer(
        doorstep_core::content::JUDGEMENT,
        "judgement",
        q.judgement.as_deref(),
    );
    let decision = answer(
        doorstep_core::content::DECISION,
        "decision",
        q.decision.as_deref(),
    );
    let min_urgency = match q.urgent.as_deref().map(str::trim).unwrap_or("") {
        "" => None,
        "1" => Some(i64::from(doorstep_core::content::URGENT)),
        other => {
            problems.push(format!(
                "\"{other}\" is not a choice for urgent (1 or nothing): showing everything."
            ));
            None
        }
    };
    let search = q.q.as_deref().map(str::trim).filter(|t| !t.is_empty());
    if search.is_some_and(|t| rules::search_words(t).is_empty()) {
        problems.push("The search has no words to look for: showing everything.".into());
    }
    let order = match q.sort.as_deref().unwrap_or("") {
        // The queue (and "only the urgent"): the urgent first; every other list newest first.
        "" if state == Some(ReflectionState::New) || min_urgency.is_some() => ListOrder::Urgent,
        "urgent" => ListOrder::Urgent,
        "" | "week-newest" => ListOrder::NewestWeek,
        "week-oldest" => ListOrder::OldestWeek,
        "state" => ListOrder::State,
        other => {
            problems.push(format!(
                "\"{other}\" is not a way to sort: the urgent first."
            ));
            ListOrder::Urgent
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
        judgement,
        decision,
        min_urgency,
        case_key: None,
        order,
        limit: PAGE_SIZE,
        offset: (page - 1).saturating_mul(PAGE_SIZE),
    };
    (filter, page, problems)
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
    let (filter, page_no, mut problems) = list_filter(&q, &devices);
    if let Some(v) = q
        .view
        .as_deref()
        .filter(|v| !v.is_empty() && *v != "compact")
    {
        problems.push(format!(
            "\"{v}\" is not a view (compact, or nothing): showing the full rows."
        ));
    }
    // A search finds what was pushed a moment ago: what is pending is indexed first.
    // If the database cannot index now, the search runs on what is indexed and says so.
    let unsearched = if filter.search.is_some() {
        state.search.catch_up(s.team_id).await.map_err(|e| {
            tracing::warn!(error = %e, "the search could not index what is pending");
        })
    } else {
        Ok(0)
    };
    let (rows, total, (waiting_now, urgent_now), counted) = match tokio::try_join!(
        state.db.list_reflections(s.team_id, &filter),
        state.db.count_reflections(s.team_id, &filter),
        state.db.waiting_counts(s.team_id),
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
    match unsearched {
        Ok(0) => {}
        Ok(n) => {
            let _ = write!(
                body,
                "<p class=\"notice\" role=\"status\">{} of your team's {} not in the search yet \
                 (being indexed now): search again in a minute to include {}.</p>",
                count_of(n, "reflection", "reflections"),
                if n == 1 { "is" } else { "are" },
                if n == 1 { "it" } else { "them" }
            );
        }
        Err(()) => body.push_str(
            "<p class=\"notice\" role=\"status\">The search could not bring itself up to date: \
             reflections from the last minutes may be missing from it. Try again in a minute.</p>",
        ),
    }
    let chosen_state = filter.state.map_or("all", ReflectionState::as_str);
    let chosen_author = filter.device.map(|d| d.to_string()).unwrap_or_default();
    let chosen_sort = match filter.order {
        ListOrder::Urgent => "urgent",
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
         <div><label for=\"judgement\">Safe tonight?</label><select id=\"judgement\" name=\"judgement\">{}</select></div>\
         <div><label for=\"decision\">What happens next</label><select id=\"decision\" name=\"decision\">{}</select></div>\
         <div class=\"check\"><input type=\"checkbox\" id=\"urgent\" name=\"urgent\" value=\"1\"{}><label for=\"urgent\">Only the urgent</label></div>\
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
            std::iter::once((String::new(), "Everyone".to_string())).chain(people(&devices)),
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
        answer_options(
            doorstep_core::content::JUDGEMENT,
            "Any",
            filter.judgement.as_deref()
        ),
        answer_options(
            doorstep_core::content::DECISION,
            "Any",
            filter.decision.as_deref()
        ),
        if filter.min_urgency.is_some() {
            " checked"
        } else {
            ""
        },
        esc(filter.search.as_deref().unwrap_or("")),
        options(
            [
                ("urgent", "The urgent first, then oldest week".to_string()),
                ("week-oldest", "Oldest week first".to_string()),
                ("week-newest", "Newest week first".to_string()),
                ("state", "By state, new first".to_string()),
            ],
            chosen_sort
        ),
    );
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    // The compact view: one line per reflection, many to a screen (ODK Central-like).
    let compact = q.view.as_deref() == Some("compact");
    let other_view = ListQuery {
        view: (!compact).then(|| "compact".to_string()),
        ..q.clone()
    };
    let _ = write!(
        body,
        "<p class=\"view-toggle\"><a href=\"/?{}\">{}</a></p>",
        esc(&other_view.link(Some(page_no))),
        if compact {
            "Show what each reflection says first"
        } else {
            "One line per reflection"
        }
    );
    if rows.is_empty() {
        body.push_str(if needs {
            "<p class=\"notice\" role=\"status\">Nothing needs a reply.</p>"
        } else {
            "<p class=\"notice\" role=\"status\">No reflections for these filters.</p>"
        });
    } else {
        let first = filter.offset + 1;
        let last = filter.offset + rows.len() as i64;
        let caption = format!(
            "{}{}",
            count_of(total, "reflection", "reflections"),
            if pages > 1 {
                format!(" · {first}–{last} shown · page {page_no} of {pages}")
            } else {
                String::new()
            }
        );
        // The compact view leaves out the themes and shows one line of "what worries me".
        let (class, columns) = if compact {
            (
                "reflections compact",
                "<th scope=\"col\">State</th><th scope=\"col\">Replies</th>\
                 <th scope=\"col\">What worries me</th>",
            )
        } else {
            (
                "reflections",
                "<th scope=\"col\">Themes</th><th scope=\"col\">State</th>\
                 <th scope=\"col\">Replies</th><th scope=\"col\">What it says first</th>",
            )
        };
        let _ = write!(
            body,
            "<table class=\"{class}\"><caption>{}</caption><thead><tr>\
             <th scope=\"col\">Week of the visit</th><th scope=\"col\">Practitioner</th>\
             <th scope=\"col\">Judgement and next step</th>{columns}</tr></thead><tbody>",
            esc(&caption)
        );
        let back = q.link(Some(page_no));
        // The search's words, marked where they stand in what the rows show.
        let marks: Vec<String> = filter
            .search
            .as_deref()
            .map(rules::search_terms)
            .unwrap_or_default()
            .into_iter()
            .flatten()
            .collect();
        for r in &rows {
            let (case, rest) = if compact {
                (
                    String::new(),
                    format!(
                        "<td>{}</td><td>{}</td><td>{}</td>",
                        esc(&state_text(r)),
                        r.replies,
                        marked(&worry_line(&r.text), &marks)
                    ),
                )
            } else {
                (
                    case_badge(r.case_n),
                    format!(
                        "<td>{}</td><td>{}</td><td>{}</td><td class=\"preview\">{}</td>",
                        themes_badges(&r.themes),
                        esc(&state_text(r)),
                        r.replies,
                        preview(&r.text, &marks)
                    ),
                )
            };
            let _ = write!(
                body,
                "<tr{}><td><a href=\"/reflections/{}?from={}\">{}<span class=\"visually-hidden\"> reflection by {}</span></a>{case}</td>\
                 <td>{}</td><td>{}</td>{rest}</tr>",
                if r.is_urgent() {
                    " class=\"urgent\""
                } else {
                    ""
                },
                r.id,
                urlencoding(&back),
                esc(&week_label(&r.week)),
                esc(&r.author),
                esc(&r.author),
                judgement_html(r),
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
        waiting: Waiting {
            reply: waiting_now,
            urgent: urgent_now,
        },
    };
    let mut r = page("Reflections", Some(&viewer), &body);
    if !problems.is_empty() {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    r
}

/// The options of one of the content's questions for a filter, with "any" first.
fn answer_options(question: &str, any: &str, chosen: Option<&str>) -> String {
    let choice = doorstep_core::content::Content::embedded()
        .reflection
        .choice(question);
    options(
        std::iter::once((String::new(), any.to_string())).chain(
            choice
                .into_iter()
                .flat_map(|c| c.options.iter().map(|o| (o.id.clone(), o.label.clone()))),
        ),
        chosen.unwrap_or(""),
    )
}

/// The weeks that have reflections, newest first, with the one asked for even if it has none.
pub(super) fn weeks_with_reflections(
    rows: &[crate::db::ThemeCount],
    asked: Option<&str>,
) -> Vec<String> {
    let mut weeks: Vec<String> = rows.iter().map(|(w, _, _)| w.clone()).collect();
    weeks.extend(asked.map(String::from));
    weeks.sort_unstable_by(|a, b| b.cmp(a));
    weeks.dedup();
    weeks
}
