//! Checking the concerns seen together (combinations.toml): known conditions only, every group
//! able to hold together with the others, ids apart from the prompts' (a visit records an answer
//! to either by id).

use super::*;
use crate::content::{Combination, EXCLUSIVE};

impl Validator {
    pub(super) fn combinations(
        &mut self,
        x: raw::Combinations,
        conditions: &[Condition],
        prompts: &[Prompt],
        sources: &BTreeMap<String, Source>,
    ) -> Vec<Combination> {
        let f = "combinations.toml";
        self.reviewed_header(
            f,
            (&x.id, "combinations", &x.version),
            &x.reviewed_by,
            &x.reviewed_on,
        );
        self.ids(
            f,
            "combination",
            x.combination.iter().map(|c| c.id.as_str()),
        );
        let mut out = Vec::new();
        for raw in x.combination {
            let item = format!("combination \"{}\"", raw.id);
            if prompts.iter().any(|p| p.id == raw.id) {
                self.problem(
                    f,
                    Some(item.clone()),
                    "a prompt in prompts.toml has this id: a visit's answers name either by id"
                        .to_string(),
                );
            }
            let theme = self.theme(f, &item, &raw.theme);
            self.text(f, &item, "text", &raw.text);
            let cy = self.cy(f, &item, raw.cy, &[("text", &raw.text)]);
            let cites = self.cites(f, &item, raw.source, raw.sources, sources);
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
            if raw.when.is_empty() || raw.when.iter().any(Vec::is_empty) {
                self.problem(
                    f,
                    Some(item.clone()),
                    "`when` is a list of groups, each a list of conditions, none empty: \
                     at least one condition of every group must hold"
                        .to_string(),
                );
            }
            let mut known = true;
            for c in raw.when.iter().flatten() {
                if !conditions.iter().any(|k| &k.id == c) {
                    known = false;
                    self.problem(
                        f,
                        Some(item.clone()),
                        format!("unknown condition \"{c}\" (not in conditions.toml)"),
                    );
                }
            }
            if known && !raw.when.is_empty() && !reachable(&raw.when) {
                self.problem(
                    f,
                    Some(item.clone()),
                    "it can never apply: every way of taking one condition from each group \
                     needs two that never hold together (a first visit and something only a \
                     visit can show)"
                        .to_string(),
                );
            }
            if let Some(theme) = theme {
                out.push(Combination {
                    id: raw.id,
                    theme,
                    text: raw.text,
                    cy,
                    when: raw.when,
                    priority,
                    sources: cites,
                    step: raw.step,
                });
            }
        }
        out
    }
}

/// Whether one condition can be taken from each group with no two of them exclusive.
fn reachable(groups: &[Vec<String>]) -> bool {
    fn pick<'a>(groups: &'a [Vec<String>], chosen: &mut Vec<&'a str>) -> bool {
        let Some((first, rest)) = groups.split_first() else {
            return true;
        };
        for c in first {
            let clash = chosen.iter().any(|o| {
                EXCLUSIVE
                    .iter()
                    .any(|(a, b)| (a == o && b == c) || (b == o && a == c))
            });
            if !clash {
                chosen.push(c);
                if pick(rest, chosen) {
                    return true;
                }
                chosen.pop();
            }
        }
        false
    }
    pick(groups, &mut Vec::new())
}
