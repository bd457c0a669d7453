//! Named schools and nurseries, GP surgeries, hospitals and clinics, centres and venues.

use super::scan::{named_before, named_span};
use super::{Cx, Found, Kind, Rule, push};
use crate::anonymise::triggers::{T_CENTRE, T_HEALTH, T_SCHOOL};

/// Named schools, health services and other institutions: name words before a suffix.
pub(super) fn named(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let text = cx.text;
    let p = cx.p;
    for (re, kind, reason, flag) in [
        (&p.school, Kind::School, Rule::School, T_SCHOOL),
        (
            &p.health,
            Kind::HealthService,
            Rule::HealthService,
            T_HEALTH,
        ),
        (&p.place_institution, Kind::Place, Rule::Venue, T_CENTRE),
    ] {
        if !on(flag) {
            continue;
        }
        for m in sc.find_in(
            &re.named,
            sc.windows_if(flag, 120, 30, |s, _| named_before(text, s)),
        ) {
            let Some(suffix) = re.suffix_start(text, m.start(), m.end()) else {
                continue;
            };
            // "Blaze's nursery": whose nursery, in lower case, is no nursery's name.
            let before = text[..suffix].trim_end();
            let saint = before
                .rsplit_once(char::is_whitespace)
                .is_some_and(|(b, _)| b.trim_end().ends_with("St") || b.ends_with("Saint"));
            if text[suffix..].starts_with(char::is_lowercase)
                && (before.ends_with("'s") || before.ends_with("’s"))
                && !saint
            {
                continue;
            }
            if let Some(start) = named_span(text, m.start(), suffix) {
                push(out, start, m.end(), kind, reason);
            }
        }
    }
}
