//! The UI's types are generated from the Rust types that cross the IPC (ts-rs), checked in as
//! `ui/src/lib/bindings.ts`, and this test fails when they drift, as the OpenAPI test does for
//! the server. To regenerate after changing a type:
//! `UPDATE_BINDINGS=1 cargo test -p doorstep-app --test bindings`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use doorstep::anonymise::review::{Decisions, Segment, Selection};
use doorstep::anonymise::{Kind, Rule};
use doorstep::cards::{CardItemView, EscalationView, ItemKind, SafeSleepView, StepView};
use doorstep::content::{
    Choice as SectionChoice, ChoiceOption, Contact, FlagGroup, FlagOption, ReflectionTemplate,
    Section, Theme,
};
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::prompt::{CarriedForward, ListedPrompt, PromptGroup, PromptList};
use doorstep::reflection::{Reflection, ReflectionStatus};
use doorstep::service::cards::EscalationCard;
use doorstep::service::families::HouseholdView;
use doorstep::service::forms::{Choice, FormOptions, ThemeChoice};
use doorstep::service::reflections::ReflectionView;
use doorstep::service::sharing::{ReviewItem, SentSignal, ShareReview};
use doorstep::service::status::SyncStatus;
use doorstep::service::visits::{DayPlan, VisitPrep, VisitRecord};
use doorstep::store::{
    ClosedReason, Closure, HouseholdSummary, OutboxState, PlannedVisit, Reply, ShareState,
};
use doorstep::unknowns::Unknown;
use doorstep::visit::{Answer, AnswerState, Progress, Visit, VisitKind, VisitStatus};
use doorstep_app::commands::{AppInfo, Settings, SetupInfo};
use doorstep_app::state::AppError;
use ts_rs::{Config, TS};

fn decl<T: TS>(cfg: &Config) -> String {
    format!("export {}", T::decl(cfg))
}

/// Every type the UI receives from or sends to a command, once.
fn bindings() -> String {
    // serde_json writes i64 and u64 as JSON numbers.
    let cfg = Config::new().with_large_int("number");
    let decls = [
        decl::<AppInfo>(&cfg),
        decl::<AppError>(&cfg),
        decl::<Settings>(&cfg),
        decl::<SetupInfo>(&cfg),
        decl::<Role>(&cfg),
        decl::<Residence>(&cfg),
        decl::<Member>(&cfg),
        decl::<Household>(&cfg),
        decl::<ClosedReason>(&cfg),
        decl::<Closure>(&cfg),
        decl::<HouseholdSummary>(&cfg),
        decl::<Unknown>(&cfg),
        decl::<doorstep::unknowns::Gap>(&cfg),
        decl::<doorstep::keys::StrengthRule>(&cfg),
        decl::<doorstep::content::Label>(&cfg),
        decl::<VisitKind>(&cfg),
        decl::<VisitStatus>(&cfg),
        decl::<AnswerState>(&cfg),
        decl::<Answer>(&cfg),
        decl::<Visit>(&cfg),
        decl::<Progress>(&cfg),
        decl::<VisitRecord>(&cfg),
        decl::<Theme>(&cfg),
        decl::<ReflectionStatus>(&cfg),
        decl::<Reflection>(&cfg),
        decl::<ReflectionView>(&cfg),
        decl::<HouseholdView>(&cfg),
        decl::<CarriedForward>(&cfg),
        decl::<ListedPrompt>(&cfg),
        decl::<PromptGroup>(&cfg),
        decl::<PromptList>(&cfg),
        decl::<VisitPrep>(&cfg),
        decl::<DayPlan>(&cfg),
        decl::<doorstep::changes::RecentVisit>(&cfg),
        decl::<doorstep::changes::Change>(&cfg),
        decl::<PlannedVisit>(&cfg),
        decl::<ItemKind>(&cfg),
        decl::<CardItemView>(&cfg),
        decl::<SafeSleepView>(&cfg),
        decl::<Contact>(&cfg),
        decl::<StepView>(&cfg),
        decl::<EscalationView>(&cfg),
        decl::<EscalationCard>(&cfg),
        decl::<Choice>(&cfg),
        decl::<ThemeChoice>(&cfg),
        decl::<FlagOption>(&cfg),
        decl::<FlagGroup>(&cfg),
        decl::<ChoiceOption>(&cfg),
        decl::<SectionChoice>(&cfg),
        decl::<Section>(&cfg),
        decl::<ReflectionTemplate>(&cfg),
        decl::<FormOptions>(&cfg),
        decl::<SyncStatus>(&cfg),
        decl::<Kind>(&cfg),
        decl::<Rule>(&cfg),
        decl::<Segment>(&cfg),
        decl::<ReviewItem>(&cfg),
        decl::<ShareReview>(&cfg),
        decl::<SentSignal>(&cfg),
        decl::<Selection>(&cfg),
        decl::<Decisions>(&cfg),
        decl::<OutboxState>(&cfg),
        decl::<Reply>(&cfg),
        decl::<ShareState>(&cfg),
    ];
    format!(
        "// Generated from the Rust types by src-tauri/tests/bindings.rs (ts-rs). Do not edit:\n\
         // change the Rust type, then run\n\
         // UPDATE_BINDINGS=1 cargo test -p doorstep-app --test bindings\n\n{}\n",
        decls.join("\n\n")
    )
}

#[test]
fn the_ui_types_are_generated_from_rust_and_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
    let generated = bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "ui/src/lib/bindings.ts is out of date: run UPDATE_BINDINGS=1 cargo test -p doorstep-app --test bindings"
    );
}
