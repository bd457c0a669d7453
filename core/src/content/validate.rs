//! Checking the packs and building [`Content`] from them. Every problem names the file and the
//! item, so that a safeguarding lead can mend an edit without a programmer.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

mod cards;
mod combinations;
mod reflection;
mod sources;

use super::raw;
use super::{
    Applies, CardItem, Choice, ChoiceOption, Condition, ConditionKind, Content, ContentError,
    DECISION, DERIVED_CONDITIONS, EscalationCard, JUDGEMENT, MostImportant, PACK_FILES, Problem,
    Prompt, Reading, ReflectionTemplate, Review, SafeSleepCard, Section, Signal, SignalRule,
    Source, Step, StepWales, Theme, ThemeInfo, Translation, WORKED_OUT_FLAGS, Welsh,
};
use super::{Catalogue, ContentString, WELSH_FILE, WelshState};

/// Loads the packs given as (file name, text): every problem at once, or the content.
pub(super) fn load(files: &[(&str, &str)], hash: String) -> Result<Content, ContentError> {
    let mut v = Validator::default();
    let text_of = |name: &str| files.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
    for name in PACK_FILES {
        if text_of(name).is_none() {
            v.problem(name, None, "the file is missing".to_string());
        }
    }
    if !v.problems.is_empty() {
        return Err(v.into_error());
    }
    let text = |name| text_of(name).unwrap_or("");
    match Catalogue::parse(text(WELSH_FILE)) {
        Ok(welsh) => v.welsh = welsh,
        Err(e) => v.problem(WELSH_FILE, None, e),
    }
    let sources: Option<raw::Sources> = v.parse("sources.toml", text("sources.toml"));
    let conditions: Option<raw::Conditions> = v.parse("conditions.toml", text("conditions.toml"));
    let prompts: Option<raw::Prompts> = v.parse("prompts.toml", text("prompts.toml"));
    let sleep: Option<raw::SafeSleep> = v.parse("safe_sleep.toml", text("safe_sleep.toml"));
    let reflection: Option<raw::Reflection> = v.parse("reflection.toml", text("reflection.toml"));
    let escalation: Option<raw::Escalation> = v.parse("escalation.toml", text("escalation.toml"));
    let together: Option<raw::Combinations> =
        v.parse("combinations.toml", text("combinations.toml"));
    let (Some(s), Some(c), Some(p), Some(ss), Some(r), Some(e), Some(x)) = (
        sources, conditions, prompts, sleep, reflection, escalation, together,
    ) else {
        return Err(v.into_error());
    };
    let content = v.build(
        Packs {
            s,
            c,
            p,
            ss,
            r,
            e,
            x,
        },
        hash,
    );
    if v.problems.is_empty() {
        Ok(content)
    } else {
        Err(v.into_error())
    }
}

/// A TOML date as a calendar date (`checked = 2026-12-02`).
pub(super) fn toml_date(d: &toml::value::Datetime) -> Option<NaiveDate> {
    let date = d.date?;
    if d.time.is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::from(date.year),
        u32::from(date.month),
        u32::from(date.day),
    )
}

struct Packs {
    s: raw::Sources,
    c: raw::Conditions,
    p: raw::Prompts,
    ss: raw::SafeSleep,
    r: raw::Reflection,
    e: raw::Escalation,
    x: raw::Combinations,
}

#[derive(Default)]
pub(super) struct Validator {
    pub(super) problems: Vec<Problem>,
    /// Per pack file: (fields with English text, fields with Welsh shown, Welsh drafts).
    translation: BTreeMap<String, (usize, usize, usize)>,
    /// The Welsh from cy.po (empty for a local pack: its Welsh is its own `cy`).
    pub(super) welsh: Catalogue,
    /// Every translatable English string met, in order.
    strings: Vec<ContentString>,
    /// Who last reviewed each pack, and when.
    reviews: Vec<Review>,
}

impl Validator {
    pub(super) fn into_error(self) -> ContentError {
        ContentError::Invalid {
            problems: self.problems,
        }
    }

    pub(super) fn problem(&mut self, file: &str, item: Option<String>, message: String) {
        self.problems.push(Problem {
            file: file.to_string(),
            item,
            message,
        });
    }

    pub(super) fn parse<T: serde::de::DeserializeOwned>(
        &mut self,
        file: &str,
        text: &str,
    ) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let msg = e.message().to_string();
                let location = e
                    .span()
                    .map(|s| {
                        let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                        format!(" (line {line})")
                    })
                    .unwrap_or_default();
                self.problem(file, None, format!("{msg}{location}"));
                None
            }
        }
    }

    pub(super) fn header(&mut self, file: &str, id: &str, expected: &str, version: &str) {
        self.check_header(file, id, expected, version);
    }

    /// [`Self::header`] for a national pack, which also says who last reviewed it and when.
    pub(super) fn reviewed_header(
        &mut self,
        file: &str,
        (id, expected, version): (&str, &str, &str),
        reviewed_by: &Option<String>,
        reviewed_on: &Option<toml::value::Datetime>,
    ) {
        self.check_header(file, id, expected, version);
        let by = reviewed_by.as_deref().map(str::trim).unwrap_or("");
        if by.is_empty() {
            self.problem(
                file,
                None,
                "reviewed_by is missing: who last checked this pack against its sources"
                    .to_string(),
            );
        }
        match reviewed_on.as_ref().map(toml_date) {
            Some(Some(on)) if !by.is_empty() => self.reviews.push(Review {
                file: file.to_string(),
                version: version.to_string(),
                reviewed_by: by.to_string(),
                reviewed_on: on,
            }),
            Some(Some(_)) => {}
            _ => self.problem(
                file,
                None,
                "reviewed_on is missing or not a date (YYYY-MM-DD): when this pack was last \
                 checked against its sources"
                    .to_string(),
            ),
        }
    }

    fn check_header(&mut self, file: &str, id: &str, expected: &str, version: &str) {
        if id != expected {
            self.problem(
                file,
                None,
                format!("pack id is \"{id}\", expected \"{expected}\""),
            );
        }
        if version.trim().is_empty() {
            self.problem(file, None, "version is empty".to_string());
        }
    }

    pub(super) fn ids<'a>(&mut self, file: &str, what: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if id.trim().is_empty() {
                self.problem(file, Some(format!("{what} \"\"")), "empty id".to_string());
            } else if !seen.insert(id) {
                self.problem(
                    file,
                    Some(format!("{what} \"{id}\"")),
                    format!("duplicate id \"{id}\""),
                );
            }
        }
    }

    /// An item's sources: exactly one of `source` or `sources`, each one in sources.toml.
    pub(super) fn cites(
        &mut self,
        file: &str,
        item: &str,
        source: Option<String>,
        sources: Option<Vec<String>>,
        known: &BTreeMap<String, Source>,
    ) -> Vec<String> {
        let ids = match (source, sources) {
            (Some(one), None) => vec![one],
            (None, Some(many)) if !many.is_empty() => many,
            _ => {
                self.problem(
                    file,
                    Some(item.to_string()),
                    "name its source with `source = \"id\"` or `sources = [\"id\", ...]` (one of them, not empty)".to_string(),
                );
                return Vec::new();
            }
        };
        for id in &ids {
            if !known.contains_key(id) {
                self.problem(
                    file,
                    Some(item.to_string()),
                    format!("unknown source \"{id}\" (not in sources.toml)"),
                );
            }
        }
        ids
    }

    pub(super) fn text(&mut self, file: &str, item: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.problem(file, Some(item.to_string()), format!("{field} is empty"));
        }
    }

    /// An item's Welsh: the pack's own `cy` (only fields the item has in English, none empty),
    /// then each field's reviewed Welsh from cy.po. Counts what is shown and what is a draft
    /// for the pack's report, and keeps each English string for cy.po.
    pub(super) fn cy(
        &mut self,
        file: &str,
        item: &str,
        cy: raw::RawCy,
        fields: &[(&str, &str)],
    ) -> Welsh {
        let mut cy = cy.unwrap_or_default();
        for (field, text) in &cy {
            if !fields.iter().any(|(f, _)| f == field) {
                let names: Vec<&str> = fields.iter().map(|(f, _)| *f).collect();
                self.problem(
                    file,
                    Some(item.to_string()),
                    format!(
                        "cy.{field} translates nothing (this item's text fields: {})",
                        names.join(", ")
                    ),
                );
            } else if text.trim().is_empty() {
                self.problem(
                    file,
                    Some(item.to_string()),
                    format!("cy.{field} is empty: leave it out until it is translated"),
                );
            }
        }
        let (mut shown, mut draft) = (0, 0);
        for (field, english) in fields {
            let s = ContentString {
                file: file.to_string(),
                item: item.to_string(),
                field: field.to_string(),
                english: english.to_string(),
            };
            if cy.contains_key(*field) {
                shown += 1;
            } else {
                match self.welsh.state(&s) {
                    WelshState::Reviewed => {
                        if let Some(w) = self.welsh.shown(&s) {
                            cy.insert(field.to_string(), w.to_string());
                        }
                        shown += 1;
                    }
                    WelshState::Draft => draft += 1,
                    WelshState::Missing => {}
                }
            }
            self.strings.push(s);
        }
        let entry = self.translation.entry(file.to_string()).or_default();
        entry.0 += fields.len();
        entry.1 += shown;
        entry.2 += draft;
        cy
    }

    pub(super) fn theme(&mut self, file: &str, item: &str, theme: &str) -> Option<Theme> {
        let t = Theme::parse(theme);
        if t.is_none() {
            let known: Vec<&str> = Theme::ALL.iter().map(|t| t.as_str()).collect();
            self.problem(
                file,
                Some(item.to_string()),
                format!("unknown theme \"{theme}\" (known: {})", known.join(", ")),
            );
        }
        t
    }

    /// When an item applies: `always` only where allowed, else `any` or `all`, never both;
    /// `None` when nothing is said and that is allowed (advice).
    #[allow(clippy::too_many_arguments)]
    fn when(
        &mut self,
        file: &str,
        item: &str,
        always: bool,
        any: Option<Vec<String>>,
        all: Option<Vec<String>>,
        conditions: &[Condition],
        form: When,
    ) -> Option<Applies> {
        let applies = match (always, any, all) {
            (true, None, None) if form == When::AlwaysAnyOrAll => Some(Applies::Always),
            (false, Some(any), None) if !any.is_empty() => Some(Applies::Any(any)),
            (false, None, Some(all)) if !all.is_empty() => Some(Applies::All(all)),
            (false, None, None) if form == When::Optional => None,
            _ => {
                let forms = match form {
                    When::AlwaysAnyOrAll => "`always = true`, `any = [..]` or `all = [..]`",
                    When::AnyOrAll => "`any = [..]` or `all = [..]`",
                    When::Optional => "`any = [..]` or `all = [..]`, or neither",
                };
                self.problem(
                    file,
                    Some(item.to_string()),
                    format!("say when it applies with exactly one of {forms}, not empty"),
                );
                None
            }
        };
        for c in applies.iter().flat_map(Applies::conditions) {
            if !conditions.iter().any(|k| &k.id == c) {
                self.problem(
                    file,
                    Some(item.to_string()),
                    format!("unknown condition \"{c}\" (not in conditions.toml)"),
                );
            }
        }
        applies
    }

    fn build(&mut self, packs: Packs, hash: String) -> Content {
        let Packs {
            s,
            c,
            p,
            ss,
            r,
            e,
            x,
        } = packs;
        // The content's version is the newest of the packs' own.
        let version = [
            &s.version,
            &c.version,
            &p.version,
            &ss.version,
            &r.version,
            &e.version,
            &x.version,
        ]
        .into_iter()
        .max()
        .cloned()
        .unwrap_or_default();
        let sources = self.sources(s);
        let conditions = self.conditions(c, &sources);
        let (themes, prompts, most_important) = self.prompts(p, &conditions, &sources);
        let safe_sleep = self.safe_sleep(ss, &conditions, &sources);
        let reflection = self.reflection(r, &conditions, &sources);
        let escalation = self.escalation(e, &sources);
        for (section, option) in reflection.sections.iter().flat_map(|s| {
            s.choice
                .iter()
                .flat_map(move |c| c.options.iter().map(move |o| (s, o)))
        }) {
            if let Some(step) = &option.step
                && !escalation.steps.iter().any(|s| &s.id == step)
            {
                self.problem(
                    "reflection.toml",
                    Some(format!(
                        "section \"{}\" option \"{}\"",
                        section.id, option.id
                    )),
                    format!(
                        "step = \"{step}\" is not a step of the escalation card (escalation.toml)"
                    ),
                );
            }
        }
        let combinations = self.combinations(x, &conditions, &prompts, &sources);
        let steps_named = prompts
            .iter()
            .map(|p| ("prompts.toml", "prompt", &p.id, &p.step))
            .chain(
                combinations
                    .iter()
                    .map(|c| ("combinations.toml", "combination", &c.id, &c.step)),
            );
        for (file, kind, id, step) in steps_named {
            if let Some(step) = step
                && !escalation.steps.iter().any(|s| &s.id == step)
            {
                self.problem(
                    file,
                    Some(format!("{kind} \"{id}\"")),
                    format!(
                        "step = \"{step}\" is not a step of the escalation card (escalation.toml)"
                    ),
                );
            }
        }

        // Every condition must be able to raise something.
        for cond in &conditions {
            let in_combination = combinations
                .iter()
                .flat_map(|x| x.when.iter().flatten())
                .any(|c| c == &cond.id);
            let used = in_combination
                || prompts
                    .iter()
                    .map(|p| Some(&p.applies))
                    .chain(
                        safe_sleep
                            .advice
                            .iter()
                            .chain(&safe_sleep.risks)
                            .map(|i| i.applies.as_ref()),
                    )
                    .flatten()
                    .any(|a| a.conditions().contains(&cond.id));
            if !used {
                self.problem(
                    "conditions.toml",
                    Some(format!("condition \"{}\"", cond.id)),
                    "no prompt or card item uses it, so it can never raise anything".to_string(),
                );
            }
        }

        let translation = PACK_FILES
            .iter()
            .filter_map(|f| {
                self.translation
                    .get(*f)
                    .map(|(fields, translated, draft)| Translation {
                        file: f.to_string(),
                        fields: *fields,
                        translated: *translated,
                        draft: *draft,
                    })
            })
            .collect();

        let reviews = std::mem::take(&mut self.reviews);
        // The content is as old as its least recently reviewed pack.
        let reviewed_on = reviews.iter().map(|r| r.reviewed_on).min();
        Content {
            version,
            hash,
            reviewed_on,
            reviews,
            sources,
            conditions,
            themes,
            prompts,
            combinations,
            most_important,
            safe_sleep,
            reflection,
            escalation,
            translation,
            strings: std::mem::take(&mut self.strings),
            welsh: std::mem::take(&mut self.welsh),
        }
    }

    fn conditions(
        &mut self,
        c: raw::Conditions,
        sources: &BTreeMap<String, Source>,
    ) -> Vec<Condition> {
        let f = "conditions.toml";
        self.reviewed_header(
            f,
            (&c.id, "conditions", &c.version),
            &c.reviewed_by,
            &c.reviewed_on,
        );
        self.ids(f, "condition", c.condition.iter().map(|x| x.id.as_str()));
        let mut conditions = Vec::new();
        for raw in c.condition {
            let item = format!("condition \"{}\"", raw.id);
            let kind = match raw.kind.as_str() {
                "flag" => ConditionKind::Flag,
                "derived" => {
                    if !DERIVED_CONDITIONS.contains(&raw.id.as_str()) {
                        self.problem(
                            f,
                            Some(item.clone()),
                            format!(
                                "the prompt engine cannot work out \"{}\" (derived conditions it knows: {})",
                                raw.id,
                                DERIVED_CONDITIONS.join(", ")
                            ),
                        );
                    }
                    ConditionKind::Derived
                }
                other => {
                    self.problem(
                        f,
                        Some(item.clone()),
                        format!("unknown kind \"{other}\" (use \"flag\" or \"derived\")"),
                    );
                    ConditionKind::Flag
                }
            };
            if kind == ConditionKind::Flag && raw.group.as_deref().is_none_or(str::is_empty) {
                self.problem(
                    f,
                    Some(item.clone()),
                    "a flag needs a group to be shown under".to_string(),
                );
            }
            if !raw
                .id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
            {
                self.problem(
                    f,
                    Some(item.clone()),
                    "condition ids use lower-case letters, digits and _".to_string(),
                );
            }
            self.text(f, &item, "label", &raw.label);
            let mut fields = vec![("label", raw.label.as_str())];
            if let Some(group) = &raw.group {
                fields.push(("group", group.as_str()));
            }
            let cy = self.cy(f, &item, raw.cy, &fields);
            let cites = self.cites(f, &item, Some(raw.source), None, sources);
            let known = WORKED_OUT_FLAGS.contains(&raw.id.as_str());
            if raw.worked_out && (kind != ConditionKind::Flag || !known) {
                self.problem(
                    f,
                    Some(item.clone()),
                    format!(
                        "worked_out is for flags Doorstep can work out from the record ({})",
                        WORKED_OUT_FLAGS.join(", ")
                    ),
                );
            } else if known && kind == ConditionKind::Flag && !raw.worked_out {
                self.problem(
                    f,
                    Some(item.clone()),
                    "Doorstep works this flag out from the record: say so with `worked_out = true`"
                        .to_string(),
                );
            }
            conditions.push(Condition {
                id: raw.id,
                kind,
                group: raw.group,
                label: raw.label,
                cy,
                sources: cites,
                worked_out: raw.worked_out,
            });
        }
        for d in DERIVED_CONDITIONS {
            if !conditions.iter().any(|c| c.id == *d) {
                self.problem(
                    f,
                    None,
                    format!("the derived condition \"{d}\" is not declared"),
                );
            }
        }
        conditions
    }

    fn prompts(
        &mut self,
        p: raw::Prompts,
        conditions: &[Condition],
        sources: &BTreeMap<String, Source>,
    ) -> (Vec<ThemeInfo>, Vec<Prompt>, MostImportant) {
        let f = "prompts.toml";
        self.reviewed_header(
            f,
            (&p.id, "prompts", &p.version),
            &p.reviewed_by,
            &p.reviewed_on,
        );
        if !(1..=10).contains(&p.most_important.count) {
            self.problem(
                f,
                Some("[most_important]".to_string()),
                "count is 1 to 10".to_string(),
            );
        }
        self.ids(f, "theme", p.themes.iter().map(|x| x.id.as_str()));
        self.ids(f, "prompt", p.prompts.iter().map(|x| x.id.as_str()));
        let mut themes = Vec::new();
        for raw in p.themes {
            let item = format!("theme \"{}\"", raw.id);
            self.text(f, &item, "title", &raw.title);
            let cy = self.cy(
                f,
                &item,
                raw.cy,
                &[("title", &raw.title), ("summary", &raw.summary)],
            );
            if let Some(theme) = self.theme(f, &item, &raw.id) {
                themes.push(ThemeInfo {
                    theme,
                    title: raw.title,
                    summary: raw.summary,
                    cy,
                });
            }
        }
        for t in Theme::ALL {
            if !themes.iter().any(|i| i.theme == t) {
                self.problem(f, None, format!("theme \"{t}\" has no [[themes]] heading"));
            }
        }
        let mut prompts = Vec::new();
        for raw in p.prompts {
            let item = format!("prompt \"{}\"", raw.id);
            let theme = self.theme(f, &item, &raw.theme);
            self.text(f, &item, "text", &raw.text);
            let cy = self.cy(f, &item, raw.cy, &[("text", &raw.text)]);
            let cites = self.cites(f, &item, raw.source, raw.sources, sources);
            let applies = self.when(
                f,
                &item,
                raw.always,
                raw.any,
                raw.all,
                conditions,
                When::AlwaysAnyOrAll,
            );
            let priority = match raw.priority {
                Some(n @ 1..=5) => n,
                _ => {
                    self.problem(
                        f,
                        Some(item.clone()),
                        "priority is 1 (most urgent) to 5".to_string(),
                    );
                    5
                }
            };
            if raw.until_answered && !raw.carry_forward {
                self.problem(
                    f,
                    Some(item.clone()),
                    "until_answered needs carry_forward = true (it is carried until answered)"
                        .to_string(),
                );
            }
            if let (Some(theme), Some(applies)) = (theme, applies) {
                prompts.push(Prompt {
                    id: raw.id,
                    theme,
                    text: raw.text,
                    cy,
                    applies,
                    carry_forward: raw.carry_forward,
                    until_answered: raw.until_answered,
                    priority,
                    sources: cites,
                    step: raw.step,
                });
            }
        }
        let most = MostImportant {
            count: p.most_important.count,
            boost_after: p.most_important.boost_after,
        };
        (themes, prompts, most)
    }
}

/// The forms of "when it applies" an item may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    /// Prompts: `always`, `any` or `all`.
    AlwaysAnyOrAll,
    /// Risk messages: `any` or `all`.
    AnyOrAll,
    /// Advice: `any`, `all` or neither (always shown; a condition only raises it).
    Optional,
}
