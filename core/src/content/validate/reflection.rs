//! Checking the reflection template: its sections, their questions, and the signals that rest
//! on them (kept apart from the other packs' checks so that no file is too long to read).

use super::*;

impl Validator {
    pub(super) fn reflection(
        &mut self,
        r: raw::Reflection,
        conditions: &[Condition],
        sources: &BTreeMap<String, Source>,
    ) -> ReflectionTemplate {
        let f = "reflection.toml";
        self.reviewed_header(
            f,
            (&r.id, "reflection", &r.version),
            &r.reviewed_by,
            &r.reviewed_on,
        );
        self.text(f, "template", "title", &r.title);
        let cy = self.cy(f, "template", r.cy, &[("title", &r.title)]);
        self.ids(f, "section", r.sections.iter().map(|x| x.id.as_str()));
        self.ids(
            f,
            "choice",
            r.sections
                .iter()
                .filter_map(|x| x.choice.as_ref())
                .map(|c| c.id.as_str()),
        );
        if r.sections.is_empty() {
            self.problem(f, None, "the template has no [[sections]]".to_string());
        }
        let mut sections = Vec::new();
        for raw in r.sections {
            let item = format!("section \"{}\"", raw.id);
            self.text(f, &item, "heading", &raw.heading);
            self.text(f, &item, "prompt", &raw.prompt);
            let cy = self.cy(
                f,
                &item,
                raw.cy,
                &[("heading", &raw.heading), ("prompt", &raw.prompt)],
            );
            let cites = self.cites(f, &item, raw.source, raw.sources, sources);
            if raw.since.trim().is_empty() || raw.since > r.version {
                self.problem(
                    f,
                    Some(item.clone()),
                    format!(
                        "since = \"{}\" must be the template version that first asked it (this one is {})",
                        raw.since, r.version
                    ),
                );
            }
            let themes = raw
                .themes
                .iter()
                .filter_map(|t| self.theme(f, &item, t))
                .collect();
            let choice = raw.choice.map(|c| self.choice(f, &item, c));
            if raw.actions && choice.as_ref().is_none_or(|c| c.id != DECISION) {
                self.problem(
                    f,
                    Some(item.clone()),
                    format!(
                        "the section with `actions = true` must ask the \"{DECISION}\" question"
                    ),
                );
            }
            sections.push(Section {
                id: raw.id,
                heading: raw.heading,
                prompt: raw.prompt,
                cy,
                themes,
                sources: cites,
                since: raw.since,
                choice,
                actions: raw.actions,
                people: raw.people,
            });
        }
        for id in [JUDGEMENT, DECISION] {
            if !sections
                .iter()
                .filter_map(|s| s.choice.as_ref())
                .any(|c| c.id == id)
            {
                self.problem(
                    f,
                    None,
                    format!("no section asks \"{id}\" (the team server reads its answer)"),
                );
            }
        }
        if sections.iter().filter(|s| s.actions).count() != 1 {
            self.problem(
                f,
                None,
                "exactly one section must hold the action list (`actions = true`)".to_string(),
            );
        }
        let signals = self.signals(f, r.signals, &sections, conditions, sources);
        ReflectionTemplate {
            title: r.title,
            version: r.version,
            cy,
            sections,
            signals,
        }
    }

    pub(super) fn choice(&mut self, f: &str, section: &str, c: raw::Choice) -> Choice {
        let item = format!("{section} choice \"{}\"", c.id);
        self.text(f, &item, "question", &c.question);
        let cy = self.cy(f, &item, c.cy, &[("question", &c.question)]);
        if c.options.len() < 2 {
            self.problem(
                f,
                Some(item.clone()),
                "a choice needs two options or more".to_string(),
            );
        }
        self.ids(
            f,
            &format!("{item} option"),
            c.options.iter().map(|o| o.id.as_str()),
        );
        let options = c
            .options
            .into_iter()
            .map(|o| {
                let oitem = format!("{item} option \"{}\"", o.id);
                self.text(f, &oitem, "label", &o.label);
                let cy = self.cy(f, &oitem, o.cy, &[("label", &o.label)]);
                if o.urgency > 4 {
                    self.problem(
                        f,
                        Some(oitem.clone()),
                        format!(
                            "urgency = {} (from 0, routine, to 4, an emergency)",
                            o.urgency
                        ),
                    );
                }
                ChoiceOption {
                    id: o.id,
                    label: o.label,
                    cy,
                    step: o.step,
                    urgency: o.urgency,
                }
            })
            .collect();
        Choice {
            id: c.id,
            question: c.question,
            cy,
            options,
        }
    }

    /// The signals a shared reflection carries: each holds by a derived condition, or by
    /// answers to one of the template's questions, never both.
    pub(super) fn signals(
        &mut self,
        f: &str,
        raw: Vec<raw::Signal>,
        sections: &[Section],
        conditions: &[Condition],
        sources: &BTreeMap<String, Source>,
    ) -> Vec<Signal> {
        self.ids(f, "signal", raw.iter().map(|x| x.id.as_str()));
        let mut out = Vec::new();
        for s in raw {
            let item = format!("signal \"{}\"", s.id);
            self.text(f, &item, "label", &s.label);
            let cy = self.cy(f, &item, s.cy, &[("label", &s.label)]);
            let cites = self.cites(f, &item, s.source, s.sources, sources);
            let holds = match (s.condition, s.choice, s.answers) {
                (Some(c), None, None) => {
                    match conditions.iter().find(|k| k.id == c) {
                        Some(k) if k.kind == ConditionKind::Derived => {}
                        _ => self.problem(
                            f,
                            Some(item.clone()),
                            format!("\"{c}\" is not a condition Doorstep works out (conditions.toml, kind = \"derived\")"),
                        ),
                    }
                    Some(SignalRule::Condition(c))
                }
                (None, Some(choice), Some(answers)) if !answers.is_empty() => {
                    let options = sections
                        .iter()
                        .filter_map(|x| x.choice.as_ref())
                        .find(|c| c.id == choice)
                        .map(|c| c.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>());
                    match options {
                        None => self.problem(
                            f,
                            Some(item.clone()),
                            format!("unknown question \"{choice}\" (no section asks it)"),
                        ),
                        Some(options) => {
                            for a in answers.iter().filter(|a| !options.contains(a)) {
                                self.problem(
                                    f,
                                    Some(item.clone()),
                                    format!("\"{a}\" is not an option of \"{choice}\""),
                                );
                            }
                        }
                    }
                    Some(SignalRule::Answer { choice, answers })
                }
                _ => {
                    self.problem(
                        f,
                        Some(item.clone()),
                        "say when it holds with either `condition` or `choice` and `answers`, not empty".to_string(),
                    );
                    None
                }
            };
            if let Some(holds) = holds {
                out.push(Signal {
                    id: s.id,
                    label: s.label,
                    cy,
                    holds,
                    sources: cites,
                });
            }
        }
        out
    }
}
