//! Checking the safe-sleep card and the escalation card (kept apart from the other packs'
//! checks so that no file is too long to read).

use super::*;

impl Validator {
    fn card_items(
        &mut self,
        f: &str,
        kind: &str,
        items: Vec<raw::CardItem>,
        conditions: &[Condition],
        sources: &BTreeMap<String, Source>,
    ) -> Vec<CardItem> {
        let form = if kind == "advice" {
            When::Optional
        } else {
            When::AnyOrAll
        };
        let mut out = Vec::new();
        for raw in items {
            let item = format!("{kind} \"{}\"", raw.id);
            self.text(f, &item, "heading", &raw.heading);
            self.text(f, &item, "text", &raw.text);
            let cy = self.cy(
                f,
                &item,
                raw.cy,
                &[("heading", &raw.heading), ("text", &raw.text)],
            );
            let cites = self.cites(f, &item, raw.source, raw.sources, sources);
            let applies = self.when(f, &item, false, raw.any, raw.all, conditions, form);
            out.push(CardItem {
                id: raw.id,
                heading: raw.heading,
                text: raw.text,
                cy,
                applies,
                sources: cites,
            });
        }
        out
    }

    pub(super) fn safe_sleep(
        &mut self,
        s: raw::SafeSleep,
        conditions: &[Condition],
        sources: &BTreeMap<String, Source>,
    ) -> SafeSleepCard {
        let f = "safe_sleep.toml";
        self.reviewed_header(
            f,
            (&s.id, "safe-sleep", &s.version),
            &s.reviewed_by,
            &s.reviewed_on,
        );
        self.text(f, "card", "title", &s.title);
        let cy = self.cy(f, "card", s.cy, &[("title", &s.title)]);
        self.ids(
            f,
            "advice or risk",
            s.advice
                .iter()
                .map(|x| x.id.as_str())
                .chain(s.risks.iter().map(|x| x.id.as_str())),
        );
        if s.advice.is_empty() {
            self.problem(f, None, "the card has no [[advice]]".to_string());
        }
        let advice = self.card_items(f, "advice", s.advice, conditions, sources);
        let risks = self.card_items(f, "risk", s.risks, conditions, sources);
        SafeSleepCard {
            title: s.title,
            cy,
            advice,
            risks,
        }
    }

    pub(super) fn escalation(
        &mut self,
        e: raw::Escalation,
        sources: &BTreeMap<String, Source>,
    ) -> EscalationCard {
        let f = "escalation.toml";
        self.reviewed_header(
            f,
            (&e.id, "escalation", &e.version),
            &e.reviewed_by,
            &e.reviewed_on,
        );
        self.text(f, "card", "title", &e.title);
        self.text(f, "card", "intro", &e.intro);
        let cy = self.cy(f, "card", e.cy, &[("title", &e.title), ("intro", &e.intro)]);
        self.ids(f, "step", e.steps.iter().map(|x| x.id.as_str()));
        if e.steps.is_empty() {
            self.problem(f, None, "the card has no [[steps]]".to_string());
        }
        let mut steps = Vec::new();
        for raw in e.steps {
            let item = format!("step \"{}\"", raw.id);
            self.text(f, &item, "heading", &raw.heading);
            self.text(f, &item, "text", &raw.text);
            let cy = self.cy(
                f,
                &item,
                raw.cy,
                &[("heading", &raw.heading), ("text", &raw.text)],
            );
            let cites = self.cites(f, &item, raw.source, raw.sources, sources);
            if let Some(n) = &raw.call
                && (n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()))
            {
                self.problem(
                    f,
                    Some(item.clone()),
                    format!("call = \"{n}\" is not a number to dial (digits only, such as 999)"),
                );
            }
            let wales = raw.wales.map(|w| {
                let item = format!("{item}, in Wales");
                self.text(f, &item, "text", &w.text);
                let mut fields = vec![("text", w.text.as_str())];
                if let Some(h) = &w.heading {
                    self.text(f, &item, "heading", h);
                    fields.insert(0, ("heading", h.as_str()));
                }
                let cy = self.cy(f, &item, w.cy, &fields);
                let sources = self.cites(f, &item, w.source, w.sources, sources);
                StepWales {
                    heading: w.heading,
                    text: w.text,
                    cy,
                    sources,
                }
            });
            steps.push(Step {
                id: raw.id,
                heading: raw.heading,
                text: raw.text,
                cy,
                contacts: raw.contacts,
                call: raw.call,
                sources: cites,
                wales,
            });
        }
        EscalationCard {
            title: e.title,
            intro: e.intro,
            cy,
            steps,
        }
    }
}
