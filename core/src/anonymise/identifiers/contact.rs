//! Contact identifiers: email addresses, links, social media handles.

use super::{Cx, Found, Kind, Rule, push, push_match};
use crate::anonymise::triggers::{T_AT, T_DOT, T_PLATFORM, T_WEB};

/// Email addresses.
pub(super) fn emails(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let p = cx.p;
    if on(T_AT) {
        for m in sc.find(&p.email, T_AT, 64, 256) {
            push_match(out, &m, Kind::Email, Rule::Email);
        }
    }
    if on(T_DOT) {
        // The leftmost match starts at the address's first word ("on kayleigh dot smith at…").
        for m in sc.find(&p.email_spelt, T_DOT, 96, 48) {
            push_match(out, &m, Kind::Email, Rule::Email);
        }
    }
}

/// Links and bare domains (a link starts with "www" or "http"; a domain ends with a dot and
/// its suffix).
pub(super) fn links(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let text = cx.text;
    let p = cx.p;
    if on(T_WEB) {
        // A link starts with "www" or "http"; a domain ends with a dot and its suffix ("me"
        // in "told me" is not one).
        let dot_before = |s: usize| s > 0 && text.as_bytes()[s - 1] == b'.';
        let link_start = |s: usize| {
            let head = text.as_bytes().get(s..s + 3).unwrap_or_default();
            head.eq_ignore_ascii_case(b"www") || head.eq_ignore_ascii_case(b"htt")
        };
        let links = sc.windows_if(T_WEB, 100, 200, |s, _| link_start(s) || dot_before(s));
        let domains = sc.windows_if(T_WEB, 100, 200, |s, _| dot_before(s));
        for m in sc
            .find_in(&p.url, links)
            .into_iter()
            .chain(sc.find_in(&p.bare_domain, domains.clone()))
            .chain(sc.find_in(&p.short_link, domains))
        {
            let s = m
                .as_str()
                .trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
            push(
                out,
                m.start(),
                m.start() + s.len(),
                Kind::Url,
                Rule::WebAddress,
            );
        }
    }
}

/// Social media handles: "@name", and a name after a platform's name.
pub(super) fn handles(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let p = cx.p;
    let lex = cx.lex;
    if on(T_AT) {
        for c in sc.caps(&p.handle, T_AT, 2, 32) {
            if let Some(m) = c.get(1) {
                push_match(out, &m, Kind::Handle, Rule::Handle);
            }
        }
    }
    if on(T_PLATFORM) {
        for c in sc.caps(&p.platform_handle, T_PLATFORM, 0, 80) {
            if let Some(m) = c.get(1) {
                let h = m.as_str().trim_end_matches('.');
                let lower = h.to_lowercase();
                let odd = h.contains(['_', '.']) || h.chars().any(|ch| ch.is_ascii_digit());
                if odd || (!lex.is_word(&lower) && !lex.is_keep(lower.as_str())) {
                    push(
                        out,
                        m.start(),
                        m.start() + h.len(),
                        Kind::Handle,
                        Rule::PlatformName,
                    );
                }
            }
        }
    }
}
