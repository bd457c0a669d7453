//! The UI's types are generated from the Rust types that cross the IPC (ts-rs), checked in as
//! `ui/src/lib/bindings.ts`, and its command wrappers from the commands' signatures in
//! `src-tauri/src/commands.rs` (read with syn), checked in as `ui/src/lib/commands.ts`; this
//! test fails when either drifts, as the OpenAPI test does for the server. A command renamed, or
//! an argument renamed or retyped, changes the wrappers, and the UI code that calls them fails
//! its type check. To regenerate after changing a type or a command:
//! `UPDATE_BINDINGS=1 cargo test -p doorstep-app --test bindings`.
//!
//! Why a small generator over ts-rs rather than tauri-specta: the types already come from ts-rs
//! with a drift test; tauri-specta would replace all of that with specta's own derive, and is
//! still a release candidate for Tauri 2. Reading the signatures needs only syn.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use doorstep::anonymise::review::{Decisions, Segment, Selection};
use doorstep::anonymise::{Kind, Rule};
use doorstep::cards::{CardItemView, EscalationView, ItemKind, SafeSleepView, StepView};
use doorstep::content::{
    Choice as SectionChoice, ChoiceOption, Contact, FlagGroup, FlagOption, Nation,
    ReflectionTemplate, Section, Theme,
};
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::prompt::{CarriedForward, ListedPrompt, PromptGroup, PromptList};
use doorstep::reflection::{Action, Reflection, ReflectionStatus};
use doorstep::service::cards::EscalationCard;
use doorstep::service::families::HouseholdView;
use doorstep::service::forms::{Choice, FormOptions, ThemeChoice};
use doorstep::service::reflections::{ActionDue, ReflectionView};
use doorstep::service::session::{AppInfo, SetupInfo};
use doorstep::service::settings::Settings;
use doorstep::service::sharing::{ReviewItem, SentSignal, ShareReview};
use doorstep::service::status::{ReplyAt, SyncStatus};
use doorstep::service::types::ErrorFacts;
use doorstep::service::visits::{DayPlan, VisitPrep, VisitRecord};
use doorstep::store::{
    CaseLink, ClosedReason, Closure, HouseholdSummary, OpenAction, OutboxState, PlannedVisit,
    Reply, ShareState,
};
use doorstep::unknowns::Unknown;
use doorstep::visit::{Answer, AnswerState, Progress, Visit, VisitKind, VisitStatus};
use doorstep_app::error::AppError;
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
        decl::<ErrorFacts>(&cfg),
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
        decl::<doorstep::visit::Mobility>(&cfg),
        decl::<doorstep::visit::SeenAlone>(&cfg),
        decl::<doorstep::visit::InjuryKind>(&cfg),
        decl::<doorstep::visit::Injury>(&cfg),
        decl::<doorstep::visit::BabyCheck>(&cfg),
        decl::<doorstep::growth::Centile>(&cfg),
        decl::<doorstep::growth::Weight>(&cfg),
        decl::<doorstep::record::Because>(&cfg),
        decl::<doorstep::record::MobilityState>(&cfg),
        decl::<doorstep::record::BabyFacts>(&cfg),
        decl::<doorstep::chronology::EntryKind>(&cfg),
        decl::<doorstep::chronology::Entry>(&cfg),
        decl::<Progress>(&cfg),
        decl::<VisitRecord>(&cfg),
        decl::<Theme>(&cfg),
        decl::<ReflectionStatus>(&cfg),
        decl::<Reflection>(&cfg),
        decl::<Action>(&cfg),
        decl::<OpenAction>(&cfg),
        decl::<CaseLink>(&cfg),
        decl::<ActionDue>(&cfg),
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
        decl::<Nation>(&cfg),
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
        decl::<ReplyAt>(&cfg),
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

/// A Rust type of a command's signature as TypeScript (the types' names are ts-rs's).
fn ts_type(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Reference(r) => ts_type(&r.elem),
        syn::Type::Tuple(t) if t.elems.is_empty() => "void".into(),
        syn::Type::Path(p) => {
            let Some(last) = p.path.segments.last() else {
                return "unknown".into();
            };
            let inner = || match &last.arguments {
                syn::PathArguments::AngleBracketed(a) => a.args.iter().find_map(|g| match g {
                    syn::GenericArgument::Type(t) => Some(ts_type(t)),
                    _ => None,
                }),
                _ => None,
            };
            match last.ident.to_string().as_str() {
                "String" | "str" | "Uuid" | "NaiveDate" => "string".into(),
                "bool" => "boolean".into(),
                "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "usize" | "f64" => "number".into(),
                "Option" => format!("{} | null", inner().unwrap_or_default()),
                "Vec" => format!("Array<{}>", inner().unwrap_or_default()),
                // A command's `Result<T>`: what it resolves to (its error is an `AppError`).
                "Result" => inner().unwrap_or_else(|| "void".into()),
                other => other.to_string(),
            }
        }
        _ => "unknown".into(),
    }
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in snake.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The UI's wrapper for every `#[tauri::command]`, from its signature: its name (camelCase in
/// the UI), its arguments as one object (Tauri passes them by name, camelCase), and what it
/// resolves to. Arguments Tauri fills itself (the app handle, the state) are left out.
fn commands() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands.rs");
    let file = syn::parse_file(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut names = std::collections::BTreeSet::new();
    let mut wrappers = Vec::new();
    for item in &file.items {
        let syn::Item::Fn(f) = item else { continue };
        let is_command = f.attrs.iter().any(|a| {
            let p = a.path();
            p.segments.len() == 2 && p.segments[1].ident == "command"
        });
        if !is_command {
            continue;
        }
        let name = f.sig.ident.to_string();
        let mut args = Vec::new();
        for input in &f.sig.inputs {
            let syn::FnArg::Typed(arg) = input else {
                continue;
            };
            let ty = quote::quote!(#arg.ty).to_string();
            if ty.contains("AppHandle") || ty.contains("State <") {
                continue;
            }
            let syn::Pat::Ident(id) = &*arg.pat else {
                continue;
            };
            args.push((camel(&id.ident.to_string()), ts_type(&arg.ty)));
        }
        let out = match &f.sig.output {
            syn::ReturnType::Default => "void".to_string(),
            syn::ReturnType::Type(_, t) => ts_type(t),
        };
        for part in out.split(|c: char| !c.is_alphanumeric()) {
            if part.starts_with(char::is_uppercase) {
                names.insert(part.to_string());
            }
        }
        let (params, call) = if args.is_empty() {
            (String::new(), format!("'{name}'"))
        } else {
            for (_, t) in &args {
                for part in t.split(|c: char| !c.is_alphanumeric()) {
                    if part.starts_with(char::is_uppercase) {
                        names.insert(part.to_string());
                    }
                }
            }
            let fields: Vec<String> = args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
            (
                format!("args: {{ {} }}", fields.join("; ")),
                format!("'{name}', args"),
            )
        };
        wrappers.push(format!(
            "  {}: ({params}) => invoke<{out}>({call}),",
            camel(&name)
        ));
    }
    names.remove("Array");
    let imports: Vec<String> = names.into_iter().collect();
    format!(
        "// Generated from the commands in src-tauri/src/commands.rs by src-tauri/tests/bindings.rs.\n\
         // Do not edit: change the command, then run\n\
         // UPDATE_BINDINGS=1 cargo test -p doorstep-app --test bindings\n\n\
         import {{ invoke }} from '@tauri-apps/api/core';\n\
         import type {{ {} }} from './bindings';\n\n\
         /** Every command of the app, typed by its Rust signature; a failed one rejects with an\n \
         * `AppError`. */\n\
         export const commands = {{\n{}\n}};\n",
        imports.join(", "),
        wrappers.join("\n")
    )
}

/// Writes `generated` to `ui/src/lib/<file>` when asked to, and says whether the file is it.
fn current(file: &str, generated: &str) -> bool {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../ui/src/lib")
        .join(file);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, generated).unwrap();
    }
    std::fs::read_to_string(&path).unwrap_or_default() == generated
}

#[test]
fn the_ui_command_wrappers_are_generated_from_the_commands_and_current() {
    let generated = commands();
    // Every command registered with the app has its wrapper, and nothing else does.
    let lib = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"),
    )
    .unwrap();
    let registered = lib.matches("$crate::commands::").count();
    assert_eq!(
        generated.matches(" => invoke<").count(),
        registered,
        "{generated}"
    );
    assert!(generated.contains("  listHouseholds: (args: { search: string | null }) => invoke<Array<HouseholdSummary>>('list_households', args),"), "{generated}");
    assert!(
        current("commands.ts", &generated),
        "ui/src/lib/commands.ts is out of date: run UPDATE_BINDINGS=1 cargo test -p doorstep-app --test bindings"
    );
}

#[test]
fn the_ui_types_are_generated_from_rust_and_current() {
    assert!(
        current("bindings.ts", &bindings()),
        "ui/src/lib/bindings.ts is out of date: run UPDATE_BINDINGS=1 cargo test -p doorstep-app --test bindings"
    );
}
