//! The choices the app's forms offer, with their labels: one place, sent once and cached by the
//! UI.

use serde::Serialize;

use crate::content::{Content, FlagGroup, ReflectionTemplate, Theme};
use crate::household::Role;
use crate::visit::VisitKind;

/// A role, visit kind or theme with its label.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// A learning theme with its heading.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ThemeChoice {
    pub id: Theme,
    pub label: String,
    /// The heading in Welsh, if the pack has it.
    pub cy: Option<String>,
}

/// The choices the household, visit and reflection forms offer.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct FormOptions {
    pub roles: Vec<Choice>,
    /// The roles of children other than the baby (the UI asks about school and nursery for them).
    pub older_child_roles: Vec<String>,
    pub visit_kinds: Vec<Choice>,
    pub flag_groups: Vec<FlagGroup>,
    pub themes: Vec<ThemeChoice>,
    pub reflection: ReflectionTemplate,
}

/// The forms' choices for this content.
pub fn options(content: &Content) -> FormOptions {
    FormOptions {
        roles: Role::ALL
            .iter()
            .map(|r| Choice {
                id: r.as_str().to_string(),
                label: r.label().to_string(),
            })
            .collect(),
        older_child_roles: Role::ALL
            .iter()
            .filter(|r| r.is_older_child())
            .map(|r| r.as_str().to_string())
            .collect(),
        visit_kinds: VisitKind::ALL
            .iter()
            .map(|k| Choice {
                id: k.as_str().to_string(),
                label: k.label().to_string(),
            })
            .collect(),
        flag_groups: content.flag_groups(),
        themes: Theme::ALL
            .iter()
            .filter_map(|t| content.theme(*t))
            .map(|t| ThemeChoice {
                id: t.theme,
                label: t.title.clone(),
                cy: t.cy.get("title").cloned(),
            })
            .collect(),
        reflection: content.reflection.clone(),
    }
}
