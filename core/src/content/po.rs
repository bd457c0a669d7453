//! Welsh content through a translator's tools. Every English string of the national packs goes
//! into one gettext PO file, `content/cy.po`, with its Welsh beside it, for a translator to work
//! on in the tools they know (Poedit, Virtaal, Lokalise). A Welsh string is shown only when it is
//! **reviewed**: translated, not marked fuzzy ("needs work"), and translating the English as it
//! is now. A first draft, or a translation whose English has changed since, stays fuzzy and is
//! not shown until a Welsh speaker reviews it (docs/welsh.md).

use std::collections::BTreeMap;
use std::io::BufWriter;

use polib::catalog::Catalog;
use polib::message::{Message, MessageFlags};
use polib::metadata::CatalogMetadata;
use serde::Serialize;

/// The Welsh file beside the packs.
pub const WELSH_FILE: &str = "cy.po";

/// Welsh's plural rule, as gettext writes it (the content has no plurals; the header needs one).
const WELSH_PLURALS: &str = "(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5";

/// One English string of the packs that a translator can translate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContentString {
    pub file: String,
    /// The item, as the content check names it (`prompt "a-mood"`).
    pub item: String,
    pub field: String,
    pub english: String,
}

impl ContentString {
    /// The PO context that names it: `prompts.toml: prompt "a-mood": text`.
    pub fn context(&self) -> String {
        format!("{}: {}: {}", self.file, self.item, self.field)
    }
}

/// A Welsh string from the PO file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WelshEntry {
    /// The English it translates (msgid).
    pub english: String,
    pub welsh: String,
    /// Not marked fuzzy.
    pub reviewed: bool,
    /// The translator's own comments, kept as they are.
    pub comments: String,
}

/// Where a string's Welsh stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WelshState {
    /// Reviewed and translating the English as it is now: shown.
    Reviewed,
    /// Translated but not reviewed, or its English has changed since: not shown.
    Draft,
    /// Not translated.
    Missing,
}

/// The Welsh catalogue, by context.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    pub entries: BTreeMap<String, WelshEntry>,
    /// The header's translator and dates, kept as the translator's tool wrote them.
    metadata: CatalogMetadata,
}

impl Catalogue {
    /// Reads a PO file. Every line must be one a PO file has (the parser skips what it does not
    /// know, so a stray line is refused here), and every entry must name what it translates
    /// (msgctxt), once.
    pub fn parse(text: &str) -> Result<Catalogue, String> {
        for (n, line) in text.lines().enumerate() {
            let l = line.trim_start();
            let known = l.is_empty()
                || ["#", "msgctxt ", "msgid ", "msgid_plural ", "msgstr", "\""]
                    .iter()
                    .any(|p| l.starts_with(p));
            if !known {
                return Err(format!(
                    "line {}: \"{}\" is not part of a PO entry",
                    n + 1,
                    short(l)
                ));
            }
        }
        let catalog =
            polib::po_file::parse_from_reader(text.as_bytes()).map_err(|e| e.to_string())?;
        let mut entries = BTreeMap::new();
        for m in catalog.messages() {
            let Some(ctxt) = m.msgctxt() else {
                return Err(format!(
                    "the entry for \"{}\" has no msgctxt: every entry names the item it translates",
                    short(m.msgid())
                ));
            };
            let welsh = m
                .msgstr()
                .map_err(|_| format!("{ctxt}: plural forms are not used in the content"))?;
            let entry = WelshEntry {
                english: m.msgid().to_string(),
                welsh: welsh.to_string(),
                reviewed: !m.is_fuzzy(),
                comments: m.translator_comments().to_string(),
            };
            if entries.insert(ctxt.to_string(), entry).is_some() {
                return Err(format!("{ctxt}: two entries"));
            }
        }
        Ok(Catalogue {
            entries,
            metadata: catalog.metadata,
        })
    }

    /// Where this string's Welsh stands.
    pub fn state(&self, s: &ContentString) -> WelshState {
        match self.entries.get(&s.context()) {
            Some(e) if e.welsh.trim().is_empty() => WelshState::Missing,
            Some(e) if e.reviewed && e.english == s.english => WelshState::Reviewed,
            Some(_) => WelshState::Draft,
            None => WelshState::Missing,
        }
    }

    /// The Welsh to show for a string: only a reviewed translation of the English as it is now.
    pub fn shown(&self, s: &ContentString) -> Option<&str> {
        match self.state(s) {
            WelshState::Reviewed => self.entries.get(&s.context()).map(|e| e.welsh.as_str()),
            _ => None,
        }
    }

    /// This catalogue with `newer`'s entries over it (a translator's file may hold only the
    /// strings they worked on: the rest keep their Welsh). The newer header is kept.
    pub fn merged(&self, newer: &Catalogue) -> Catalogue {
        let mut entries = self.entries.clone();
        entries.extend(newer.entries.clone());
        Catalogue {
            entries,
            metadata: newer.metadata.clone(),
        }
    }

    /// Entries that translate nothing the packs have now (an item or field that is gone).
    pub fn obsolete<'a>(&'a self, strings: &[ContentString]) -> Vec<&'a str> {
        let current: std::collections::BTreeSet<String> =
            strings.iter().map(ContentString::context).collect();
        self.entries
            .keys()
            .filter(|k| !current.contains(*k))
            .map(String::as_str)
            .collect()
    }

    /// The PO file for these strings, with the Welsh this catalogue has: every string in pack
    /// order, an untranslated one with an empty msgstr, the reviewed ones as they are. A
    /// translation whose English has changed since is kept but marked fuzzy, to be reviewed
    /// again (as gettext's msgmerge does). Entries for strings the packs no longer have are left
    /// out.
    pub fn export(&self, strings: &[ContentString], version: &str) -> Result<String, String> {
        let mut metadata = self.metadata.clone();
        metadata.project_id_version = format!("Doorstep content {version}");
        metadata.language = "cy".to_string();
        metadata.mime_version = "1.0".to_string();
        metadata.content_type = "text/plain; charset=UTF-8".to_string();
        metadata.content_transfer_encoding = "8bit".to_string();
        metadata.plural_rules.nplurals = 6;
        metadata.plural_rules.expr = WELSH_PLURALS.to_string();
        let mut catalog = Catalog::new(metadata);
        catalog.preheader = vec![
            "Doorstep's content packs in Welsh (Cymraeg). Made by `doorstep content po export`;"
                .to_string(),
            "read back by `doorstep content po import` (docs/welsh.md). A string is shown in the"
                .to_string(),
            "app only when it is reviewed: translated and not marked fuzzy (\"needs work\")."
                .to_string(),
        ];
        for s in strings {
            let (welsh, fuzzy, comments) = match self.entries.get(&s.context()) {
                Some(e) if !e.welsh.trim().is_empty() => (
                    e.welsh.clone(),
                    !e.reviewed || e.english != s.english,
                    e.comments.clone(),
                ),
                Some(e) => (String::new(), false, e.comments.clone()),
                None => (String::new(), false, String::new()),
            };
            let mut flags = MessageFlags::new();
            if fuzzy {
                flags.add_flag("fuzzy");
            }
            let message = Message::build_singular()
                .with_translator_comments(comments)
                .with_msgctxt(s.context())
                .with_msgid(s.english.clone())
                .with_msgstr(welsh)
                .with_flags(flags)
                .done();
            catalog.append_or_update(message);
        }
        let mut bytes = Vec::new();
        {
            let mut w = BufWriter::new(&mut bytes);
            polib::po_file::write(&catalog, &mut w).map_err(|e| e.to_string())?;
        }
        String::from_utf8(bytes).map_err(|e| e.to_string())
    }
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}
