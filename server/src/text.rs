//! One rule for the text people type that the server keeps and shows: a device's label, a
//! supervisor's display name, the practitioner's name on a reflection, a reply. Names and labels
//! are one line with nothing hidden in them and no identifier ([`doorstep_core::wire::check_name`],
//! shared with the device); a reply or a note may have tabs and line ends but no other control
//! character, and a reply no direction controls or hidden characters either. The same on both
//! backends: nothing that breaks on one (PostgreSQL refuses NUL) reaches either. A message never
//! repeats the text it refuses.

use doorstep_core::wire::{self, AuthorError};

/// Why a name or label was refused, as a sentence for whoever typed it.
fn name_problem(what: &str, e: AuthorError, max: usize) -> String {
    match e {
        AuthorError::TooLong => format!("Give the {what} in 1 to {max} characters."),
        AuthorError::Control => format!(
            "The {what} holds a control character or a hidden one (a line break, an escape, a \
             direction mark, a zero-width space): give it on one line, as it should be shown."
        ),
        AuthorError::Identifier => format!(
            "The {what} looks like an identifier (a phone, NHS or other number, an e-mail \
             address): give a name, not a number."
        ),
    }
}

/// A device's label at enrolment ("Tablet 3"): 1 to [`wire::MAX_LABEL_CHARS`] characters.
pub fn label(s: &str) -> Result<String, String> {
    match wire::check_name(s, wire::MAX_LABEL_CHARS) {
        Ok(Some(label)) => Ok(label),
        Ok(None) => Err(name_problem(
            "device's label",
            AuthorError::TooLong,
            wire::MAX_LABEL_CHARS,
        )),
        Err(e) => Err(name_problem("device's label", e, wire::MAX_LABEL_CHARS)),
    }
}

/// A supervisor's display name (optional): at most [`wire::MAX_AUTHOR_CHARS`] characters.
pub fn display_name(s: &str) -> Result<Option<String>, String> {
    wire::check_name(s, wire::MAX_AUTHOR_CHARS)
        .map_err(|e| name_problem("display name", e, wire::MAX_AUTHOR_CHARS))
}

/// What is wrong with a field of a device's item that is not free text (the content version):
/// a control character.
pub fn one_line(what: &str, s: &str) -> Result<(), String> {
    match s.chars().find(|c| c.is_control()) {
        Some(c) => Err(format!(
            "bad {what}: it holds a control character ({})",
            wire::code_point(c)
        )),
        None => Ok(()),
    }
}

/// What is wrong with a note's text, if anything: a control character other than a tab or a
/// line end.
pub fn note(s: &str) -> Result<(), String> {
    match wire::forbidden_in_text(s) {
        Some(c) => Err(format!(
            "the text holds a control character ({}); the device should leave it out",
            wire::code_point(c)
        )),
        None => Ok(()),
    }
}

/// What is wrong with a reply's characters, if anything: a control character other than a tab
/// or a line end, a direction control or a hidden character.
pub fn reply(s: &str) -> Option<String> {
    let bad = wire::forbidden_in_text(s).or_else(|| {
        s.chars()
            .find(|c| wire::is_bidi_control(*c) || wire::is_invisible(*c))
    })?;
    Some(format!(
        "The reply holds a control character or a hidden one ({}). Take it out and send again.",
        wire::code_point(bad)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_says_what_is_wrong_without_repeating_it() {
        for bad in [
            "Tablet\u{0}3",
            "Tab\u{202e}let",
            "Tablet\n3",
            "Tab\u{200b}let",
        ] {
            let e = label(bad).unwrap_err();
            assert!(e.contains("control character"), "{e}");
            assert!(!e.contains("Tab"), "{e}");
        }
        assert!(label("07700 900123").unwrap_err().contains("identifier"));
        assert!(label("   ").is_err());
        assert_eq!(label(" Tablet 3 ").as_deref(), Ok("Tablet 3"));
        assert_eq!(display_name(""), Ok(None));
        assert!(note("a\u{0}b").unwrap_err().contains("U+0000"));
        assert!(note("line\nline\ttab\r\n").is_ok());
        assert!(one_line("content_version", "2026.12.1\u{85}").is_err());
        assert!(reply("Please call me\u{0}").is_some());
        assert!(reply("A \u{202e}reversed").is_some());
        assert!(reply("Two lines\nof reply").is_none());
    }
}
