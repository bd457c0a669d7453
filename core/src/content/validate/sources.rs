//! sources.toml: every source with what a reviewer needs, and how it was read.

use super::*;

impl Validator {
    pub(super) fn sources(&mut self, s: raw::Sources) -> BTreeMap<String, Source> {
        let f = "sources.toml";
        self.reviewed_header(
            f,
            (&s.id, "sources", &s.version),
            &s.reviewed_by,
            &s.reviewed_on,
        );
        if s.sources.is_empty() {
            self.problem(f, None, "no [[sources]]".to_string());
        }
        self.ids(f, "source", s.sources.iter().map(|x| x.id.as_str()));
        let mut out = BTreeMap::new();
        for raw in s.sources {
            let item = format!("source \"{}\"", raw.id);
            let mut missing = Vec::new();
            let mut need = |field: &'static str, v: &Option<String>| {
                if v.as_deref().is_none_or(|t| t.trim().is_empty()) {
                    missing.push(field);
                }
            };
            need("publisher", &raw.publisher);
            need("title", &raw.title);
            need("url", &raw.url);
            if raw.year.is_none() {
                missing.push("year");
            }
            let checked = raw.checked.as_ref().and_then(toml_date);
            if checked.is_none() {
                missing.push("checked");
            }
            let copy = raw.copy.filter(|c| !c.trim().is_empty());
            let read = match (raw.read.as_deref().map(str::trim), copy) {
                (None, _) => {
                    missing.push("read");
                    None
                }
                (Some("source"), None) => Some(Reading::Source),
                (Some("copy"), Some(which)) => Some(Reading::Copy(which)),
                (Some("not-read"), None) => Some(Reading::NotRead),
                (Some("not-recorded"), None) => Some(Reading::NotRecorded),
                (Some("copy"), None) => {
                    self.problem(
                        f,
                        Some(item.clone()),
                        "read = \"copy\" needs `copy = \"…\"`: which copy was read (a local service's page, a summary, a stored copy)".to_string(),
                    );
                    None
                }
                (Some(known @ ("source" | "not-read" | "not-recorded")), Some(_)) => {
                    self.problem(
                        f,
                        Some(item.clone()),
                        format!("`copy` goes with read = \"copy\" only (read is \"{known}\")"),
                    );
                    None
                }
                (Some(other), _) => {
                    self.problem(
                        f,
                        Some(item.clone()),
                        format!("read \"{other}\" is not one of {}", Reading::VALUES),
                    );
                    None
                }
            };
            if !missing.is_empty() {
                self.problem(
                    f,
                    Some(item.clone()),
                    format!(
                        "missing {} (every source needs publisher, title, year, url, the date it was checked, `checked = YYYY-MM-DD`, and how it was read, `read = …`)",
                        missing.join(", ")
                    ),
                );
            }
            if let Some(url) = &raw.url
                && !url.trim().is_empty()
                && !url.starts_with("https://")
            {
                self.problem(
                    f,
                    Some(item.clone()),
                    format!("url \"{url}\" is not a public https:// address"),
                );
            }
            if let (
                Some(publisher),
                Some(title),
                Some(year),
                Some(url),
                Some(checked),
                Some(read),
            ) = (raw.publisher, raw.title, raw.year, raw.url, checked, read)
            {
                out.insert(
                    raw.id.clone(),
                    Source {
                        id: raw.id,
                        publisher,
                        title,
                        year,
                        url,
                        checked,
                        read,
                        note: raw.note,
                    },
                );
            }
        }
        out
    }
}
