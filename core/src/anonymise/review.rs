//! The practitioner's review of an anonymisation before sharing: undo a redaction that is wrong
//! (never one of a structured identifier), redact more by selecting text. The result is checked
//! again: nothing with a structured identifier in it is ever queued.

use std::borrow::Cow;

use serde::Serialize;

use super::{Anonymised, Kind, Redaction, Rule, structured_identifiers};

/// A span the practitioner chose to redact, in UTF-16 code units of the original text (as the
/// web view counts them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize, ts_rs::TS)]
pub struct Selection {
    pub start: usize,
    pub end: usize,
}

/// The practitioner's changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, Serialize, ts_rs::TS)]
pub struct Decisions {
    /// Indices (into the automatic redactions) to undo.
    #[serde(default)]
    pub undo: Vec<usize>,
    /// More text to redact.
    #[serde(default)]
    pub redact: Vec<Selection>,
}

/// A review that cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumIter)]
pub enum ReviewError {
    #[error("a {0} cannot be un-redacted: it would identify the family")]
    CannotUndo(&'static str),
    #[error("that redaction is not in the list any more; reload the review")]
    NoSuchRedaction,
    #[error("the selected text is outside the reflection")]
    BadSelection,
    #[error("the text still holds an identifier ({0}); redact it before sharing")]
    StillIdentifying(String),
}

impl crate::facts::Explain for ReviewError {
    fn facts(&self) -> crate::facts::ErrorFacts {
        crate::facts::ErrorFacts::detail("share", self.code())
    }
}

impl ReviewError {
    /// A stable name for the app's catalogue (`error.share.<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            ReviewError::CannotUndo(_) => "cannot_undo",
            ReviewError::NoSuchRedaction => "no_such_redaction",
            ReviewError::BadSelection => "bad_selection",
            ReviewError::StillIdentifying(_) => "still_identifying",
        }
    }
}

/// Whether a redaction of this kind may be undone by the practitioner.
pub fn undoable(kind: Kind) -> bool {
    !kind.is_structured()
}

/// Converts a UTF-16 offset into a byte offset on a character boundary.
fn byte_offset(text: &str, utf16: usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units == utf16 {
            return Some(i);
        }
        units += c.len_utf16();
        if units > utf16 {
            return None;
        }
    }
    (units == utf16).then_some(text.len())
}

/// One piece of the original text for the review screen: plain, or an automatic or manual
/// redaction with what replaces it and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Segment {
    pub text: String,
    /// Index into the automatic redactions, when it is one.
    pub redaction: Option<usize>,
    /// Redacted by the practitioner.
    pub manual: bool,
    /// Whether it will be replaced (false for an undone redaction).
    pub active: bool,
    pub replacement: Option<String>,
}

/// Applies the practitioner's decisions to an automatic anonymisation of `original`.
pub fn apply(
    original: &str,
    automatic: &Anonymised,
    decisions: &Decisions,
) -> Result<(Anonymised, Vec<Segment>), ReviewError> {
    for i in &decisions.undo {
        let r = automatic
            .redactions
            .get(*i)
            .ok_or(ReviewError::NoSuchRedaction)?;
        if !undoable(r.kind) {
            return Err(ReviewError::CannotUndo(
                r.kind.label().trim_matches(['[', ']']),
            ));
        }
    }
    let mut manual: Vec<(usize, usize)> = Vec::new();
    for s in &decisions.redact {
        let (Some(a), Some(b)) = (byte_offset(original, s.start), byte_offset(original, s.end))
        else {
            return Err(ReviewError::BadSelection);
        };
        if a >= b {
            continue;
        }
        manual.push((a, b));
    }
    // Kept automatic redactions; manual ones absorb any automatic redaction they touch.
    manual.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in manual {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    let mut kept: Vec<(usize, Redaction)> = Vec::new();
    for (i, r) in automatic.redactions.iter().enumerate() {
        if decisions.undo.contains(&i) {
            continue;
        }
        if let Some(m) = merged.iter_mut().find(|(a, b)| r.start < *b && *a < r.end) {
            m.0 = m.0.min(r.start);
            m.1 = m.1.max(r.end);
            continue;
        }
        kept.push((i, r.clone()));
    }
    // Widening may have made manual spans meet: merge again.
    merged.sort_unstable();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (a, b) in merged {
        match spans.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => spans.push((a, b)),
        }
    }
    kept.retain(|(_, r)| !spans.iter().any(|(a, b)| r.start < *b && *a < r.end));
    let mut all: Vec<(Option<usize>, Redaction)> =
        kept.into_iter().map(|(i, r)| (Some(i), r)).collect();
    for (a, b) in spans {
        all.push((
            None,
            Redaction {
                start: a,
                end: b,
                kind: Kind::Person,
                replacement: Cow::Borrowed("[Redacted]"),
                rule: Rule::Practitioner,
            },
        ));
    }
    all.sort_by_key(|(_, r)| r.start);

    let mut text = String::with_capacity(original.len());
    let mut at = 0;
    for (_, r) in &all {
        text.push_str(&original[at..r.start]);
        text.push_str(&r.replacement);
        at = r.end;
    }
    text.push_str(&original[at..]);
    let left = structured_identifiers(&text);
    if !left.is_empty() {
        let kinds: Vec<&str> = left.iter().map(|k| k.as_str()).collect();
        return Err(ReviewError::StillIdentifying(kinds.join(", ")));
    }

    // Segments of the original for the review screen, including undone redactions.
    struct Mark {
        start: usize,
        end: usize,
        index: Option<usize>,
        manual: bool,
        active: bool,
        replacement: String,
    }
    let mut marks: Vec<Mark> = all
        .iter()
        .map(|(i, r)| Mark {
            start: r.start,
            end: r.end,
            index: *i,
            manual: i.is_none(),
            active: true,
            replacement: r.replacement.to_string(),
        })
        .collect();
    for i in &decisions.undo {
        if let Some(r) = automatic.redactions.get(*i)
            && !marks.iter().any(|m| r.start < m.end && m.start < r.end)
        {
            marks.push(Mark {
                start: r.start,
                end: r.end,
                index: Some(*i),
                manual: false,
                active: false,
                replacement: r.replacement.to_string(),
            });
        }
    }
    marks.sort_by_key(|m| m.start);
    let plain = |text: &str| Segment {
        text: text.to_string(),
        redaction: None,
        manual: false,
        active: false,
        replacement: None,
    };
    let mut segments = Vec::new();
    let mut at = 0;
    for m in marks {
        if m.start > at {
            segments.push(plain(&original[at..m.start]));
        }
        segments.push(Segment {
            text: original[m.start..m.end].to_string(),
            redaction: m.index,
            manual: m.manual,
            active: m.active,
            replacement: Some(m.replacement),
        });
        at = m.end;
    }
    if at < original.len() {
        segments.push(plain(&original[at..]));
    }
    let redactions = all.into_iter().map(|(_, r)| r).collect();
    Ok((Anonymised { text, redactions }, segments))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anonymise::{Person, anonymise};
    use crate::household::Role;

    fn people() -> Vec<Person> {
        vec![Person {
            name: "Kayleigh Smith".into(),
            role: Role::Mother,
            aliases: vec![],
        }]
    }

    #[test]
    fn undo_more_and_the_structured_check() {
        let original = "Kayleigh and her friend Rose, OL4 2QT. The café was busy.";
        let auto = anonymise(original, &people());
        assert_eq!(
            auto.text,
            "[Mother] and her friend [Person 1], [Postcode]. The café was busy."
        );
        let rose = auto
            .redactions
            .iter()
            .position(|r| r.replacement == "[Person 1]")
            .unwrap();
        let postcode = auto
            .redactions
            .iter()
            .position(|r| r.kind == Kind::Postcode)
            .unwrap();
        // Undo the friend's name (wrongly taken, say), redact "café" (UTF-16 offsets).
        let cafe16 = original.encode_utf16().count() - "café was busy.".encode_utf16().count();
        let d = Decisions {
            undo: vec![rose],
            redact: vec![Selection {
                start: cafe16,
                end: cafe16 + 4,
            }],
        };
        let (out, segments) = apply(original, &auto, &d).unwrap();
        assert_eq!(
            out.text,
            "[Mother] and her friend Rose, [Postcode]. The [Redacted] was busy."
        );
        assert!(segments.iter().any(|s| s.text == "Rose" && !s.active));
        assert!(segments.iter().any(|s| s.text == "café" && s.manual));
        assert_eq!(
            segments.iter().map(|s| s.text.as_str()).collect::<String>(),
            original
        );
        // A postcode cannot be undone.
        let d = Decisions {
            undo: vec![postcode],
            redact: vec![],
        };
        assert_eq!(
            apply(original, &auto, &d).unwrap_err(),
            ReviewError::CannotUndo("Postcode")
        );
        // A selection inside a character is refused.
        let d = Decisions {
            undo: vec![],
            redact: vec![Selection {
                start: 0,
                end: 9999,
            }],
        };
        assert_eq!(
            apply(original, &auto, &d).unwrap_err(),
            ReviewError::BadSelection
        );
    }

    #[test]
    fn a_manual_span_over_an_automatic_one_becomes_one_redaction() {
        let original = "Kayleigh Smith said so.";
        let auto = anonymise(original, &people());
        let d = Decisions {
            undo: vec![],
            redact: vec![Selection { start: 0, end: 19 }],
        };
        let (out, _) = apply(original, &auto, &d).unwrap();
        assert_eq!(out.text, "[Redacted] so.");
        assert_eq!(out.redactions.len(), 1);
    }
}
