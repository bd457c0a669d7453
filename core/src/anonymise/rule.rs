//! Which rule made a redaction: a stable code the app words in the language in use (its
//! catalogues' `share.rule.*`), and the rule in English for the command line and the logs of a
//! review ([`Rule::words`]).

use serde::{Deserialize, Serialize};

/// Why a piece of a note was hidden.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    // The household (their label follows the words: "household name (Mother)").
    HouseholdName,
    HouseholdAlias,
    SharedByHousehold,
    HouseholdNickname,
    HouseholdPart,
    HouseholdCloseSpelling,
    HouseholdShortForm,
    // Other people and places.
    AfterTitle,
    AfterRelation,
    BeforeRole,
    KnownForename,
    ForenameAsName,
    WordAsName,
    NotAnEnglishWord,
    KnownSurname,
    InitialAndSurname,
    PossessiveName,
    ForenameLowerCase,
    BeforeSurname,
    PossessiveForename,
    Town,
    // Numbers.
    NhsAfterWord,
    NhsCheckDigit,
    NiNumber,
    NiAfterWord,
    UkPhone,
    PhoneShape,
    PhoneAfterWord,
    // Where and how to reach someone.
    Postcode,
    HouseAndStreet,
    FlatNumber,
    NamedStreet,
    Email,
    WebAddress,
    Handle,
    PlatformName,
    // Dates, references and named places.
    Date,
    Vehicle,
    Reference,
    School,
    HealthService,
    Venue,
    /// Selected and hidden by the practitioner on the review screen.
    Practitioner,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Rule; 43] = [
        Rule::HouseholdName,
        Rule::HouseholdAlias,
        Rule::SharedByHousehold,
        Rule::HouseholdNickname,
        Rule::HouseholdPart,
        Rule::HouseholdCloseSpelling,
        Rule::HouseholdShortForm,
        Rule::AfterTitle,
        Rule::AfterRelation,
        Rule::BeforeRole,
        Rule::KnownForename,
        Rule::ForenameAsName,
        Rule::WordAsName,
        Rule::NotAnEnglishWord,
        Rule::KnownSurname,
        Rule::InitialAndSurname,
        Rule::PossessiveName,
        Rule::ForenameLowerCase,
        Rule::BeforeSurname,
        Rule::PossessiveForename,
        Rule::Town,
        Rule::NhsAfterWord,
        Rule::NhsCheckDigit,
        Rule::NiNumber,
        Rule::NiAfterWord,
        Rule::UkPhone,
        Rule::PhoneShape,
        Rule::PhoneAfterWord,
        Rule::Postcode,
        Rule::HouseAndStreet,
        Rule::FlatNumber,
        Rule::NamedStreet,
        Rule::Email,
        Rule::WebAddress,
        Rule::Handle,
        Rule::PlatformName,
        Rule::Date,
        Rule::Vehicle,
        Rule::Reference,
        Rule::School,
        Rule::HealthService,
        Rule::Venue,
        Rule::Practitioner,
    ];

    /// The rule in English, as the command line and the JSON Lines output give it.
    pub fn words(self) -> &'static str {
        match self {
            Rule::HouseholdName => "household name",
            Rule::HouseholdAlias => "household alias",
            Rule::SharedByHousehold => "name shared by the household",
            Rule::HouseholdNickname => "nickname of a household name",
            Rule::HouseholdPart => "part of a household name",
            Rule::HouseholdCloseSpelling => "close spelling of a household name",
            Rule::HouseholdShortForm => "short form of a household name",
            Rule::AfterTitle => "name after a title (Mr, Nan, Auntie…)",
            Rule::AfterRelation => "name after \"friend\", \"called\" or similar",
            Rule::BeforeRole => "name before a role in brackets (social worker, midwife…)",
            Rule::KnownForename => "known forename",
            Rule::ForenameAsName => "known forename, written as a name",
            Rule::WordAsName => "word used as a name (\"with Wing\", \"Wing came\")",
            Rule::NotAnEnglishWord => "capitalised word that is not an English word",
            Rule::KnownSurname => "known surname",
            Rule::InitialAndSurname => "an initial and a surname (\"D. Bright\")",
            Rule::PossessiveName => "possessive name",
            Rule::ForenameLowerCase => "known forename (lower case)",
            Rule::BeforeSurname => "unknown word followed by a surname",
            Rule::PossessiveForename => "possessive of a forename",
            Rule::Town => "town or city name",
            Rule::NhsAfterWord => "10-digit number next to \"NHS\"",
            Rule::NhsCheckDigit => "NHS number (valid check digit)",
            Rule::NiNumber => "National Insurance number",
            Rule::NiAfterWord => "National Insurance number (after \"NI\")",
            Rule::UkPhone => "UK phone number",
            Rule::PhoneShape => "phone number (by its shape)",
            Rule::PhoneAfterWord => "number beside \"phone\", \"fax\", \"call\" or similar",
            Rule::Postcode => "UK postcode",
            Rule::HouseAndStreet => "house number and street",
            Rule::FlatNumber => "flat number",
            Rule::NamedStreet => "named street",
            Rule::Email => "email address",
            Rule::WebAddress => "web address",
            Rule::Handle => "social media handle (@name)",
            Rule::PlatformName => "name on a social media platform",
            Rule::Date => "date",
            Rule::Vehicle => "vehicle registration",
            Rule::Reference => "reference number",
            Rule::School => "named school or nursery",
            Rule::HealthService => "named GP surgery, hospital or clinic",
            Rule::Venue => "named centre or venue",
            Rule::Practitioner => "redacted by the practitioner",
        }
    }

    /// Whether it found a member of the household (whose label the English reason names).
    pub fn is_household(self) -> bool {
        matches!(
            self,
            Rule::HouseholdName
                | Rule::HouseholdAlias
                | Rule::SharedByHousehold
                | Rule::HouseholdNickname
                | Rule::HouseholdPart
                | Rule::HouseholdCloseSpelling
                | Rule::HouseholdShortForm
        )
    }

    /// The reason in English: the rule's words, and for a household name whose label it is
    /// ("household name (Mother)").
    pub fn reason(self, label: &str) -> std::borrow::Cow<'static, str> {
        if self.is_household() {
            std::borrow::Cow::Owned(format!(
                "{} ({})",
                self.words(),
                label.trim_matches(['[', ']'])
            ))
        } else {
            std::borrow::Cow::Borrowed(self.words())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_listed_once_with_words_of_its_own() {
        let mut codes: Vec<String> = Rule::ALL
            .iter()
            .map(|r| serde_json::to_string(r).unwrap_or_default())
            .collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), Rule::ALL.len());
        // Every variant is in the list: the generated type (one string per variant) has the
        // same codes.
        let decl = <Rule as ts_rs::TS>::decl(&ts_rs::Config::new());
        let mut variants: Vec<String> = decl
            .split('"')
            .skip(1)
            .step_by(2)
            .map(|c| format!("\"{c}\""))
            .collect();
        variants.sort();
        assert_eq!(variants, codes);
        let mut words: Vec<&str> = Rule::ALL.iter().map(|r| r.words()).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), Rule::ALL.len(), "two rules share their words");
    }

    #[test]
    fn a_household_reason_names_the_label_and_no_other_does() {
        assert_eq!(
            Rule::HouseholdNickname.reason("[Mother]"),
            "nickname of a household name (Mother)"
        );
        assert_eq!(Rule::KnownForename.reason("[Person 1]"), "known forename");
    }
}
