//! Names: the household's (the strongest signal: every way the note may write them) and
//! other people's (titles, context, gazetteers, capitalised words that are not words).

mod context;
mod household;
mod others;
mod person_or_word;

pub use household::HouseholdMatcher;
pub use others::other_people;

#[cfg(test)]
mod tests {
    use super::household::*;
    use crate::anonymise::Person;
    use crate::anonymise::fold::fold;
    use crate::household::Role;

    #[test]
    fn folding_keeps_offsets() {
        let s = "Siobhán O’Dwyer İ";
        assert_eq!(fold(s).len(), s.len());
        assert!(fold(s).starts_with("siobhán o’dwyer"));
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("kayleigh", "kayliegh"));
        assert!(within_one_edit("kayleigh", "kaylegh"));
        assert!(within_one_edit("kayleigh", "kayleighh"));
        assert!(within_one_edit("kayleigh", "kayleagh"));
        assert!(!within_one_edit("kayleigh", "kaleigha"));
        assert!(!within_one_edit("kayleigh", "hayleigh"));
    }

    fn spans(text: &str, people: &[Person]) -> Vec<(String, String)> {
        let folded = fold(text);
        let toks = super::super::tokens::tokenise(text, &folded);
        HouseholdMatcher::new(people)
            .find(text, &folded, &toks)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label.to_string()))
            .collect()
    }

    #[test]
    fn household_names_start_only_where_words_start() {
        let people = [
            Person {
                name: "Kay Smith".into(),
                role: Role::Mother,
                aliases: vec!["(Kayz)".into()],
            },
            Person {
                name: "Lily-Mae Smith".into(),
                role: Role::Baby,
                aliases: vec![],
            },
        ];
        let found = spans(
            "okay, Kayz said lily-mae and Mae Smith-Jones were fine; kays mum came",
            &people,
        );
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        // Not inside "okay"; the bracketed alias is found without its brackets; a hyphenated
        // name whole; the part after a hyphen; a plural-s form.
        assert_eq!(texts, ["Kayz", "lily-mae", "Mae", "Smith", "kay"]);
        assert_eq!(found[1].1, "[Baby]");
        assert_eq!(found[3].1, "[Family]");
    }

    #[test]
    fn role_labels_number_only_where_needed() {
        let p = |name: &str, role| Person {
            name: name.into(),
            role,
            aliases: vec![],
        };
        let labels = role_labels(&[
            p("A", Role::Mother),
            p("B", Role::Baby),
            p("C", Role::Baby),
            p("D", Role::Sibling),
        ]);
        assert_eq!(labels, ["[Mother]", "[Baby 1]", "[Baby 2]", "[Sibling 1]"]);
    }
}
