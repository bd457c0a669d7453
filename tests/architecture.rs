//! The rules that keep the code easy to change, checked on the source (read with syn):
//! - the app's commands and the command line go through `doorstep::service` only, each command
//!   with one call into it;
//! - the store only stores (it uses nothing from the anonymiser, the prompt engine, the cards,
//!   the sync client or the use-cases above it);
//! - the core crate does no I/O and knows no device;
//! - no modules import each other in a loop;
//! - no source file grows past what a reader can hold.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn parse(path: &Path) -> syn::File {
    syn::parse_file(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every path a file names, as strings of segments ("crate::store::Store"), with `use` trees
/// flattened ("use crate::{a, b::c}" gives "crate::a" and "crate::b::c").
#[derive(Default)]
struct Paths(Vec<Vec<String>>);

impl Paths {
    fn of(file: &syn::File) -> Vec<Vec<String>> {
        let mut p = Paths::default();
        p.visit_file(file);
        p.0
    }

    fn tree(&mut self, prefix: &[String], tree: &syn::UseTree) {
        let with = |seg: String| {
            let mut v = prefix.to_vec();
            v.push(seg);
            v
        };
        match tree {
            syn::UseTree::Path(p) => {
                let next = with(p.ident.to_string());
                self.tree(&next, &p.tree);
            }
            syn::UseTree::Name(n) => self.0.push(with(n.ident.to_string())),
            syn::UseTree::Rename(r) => self.0.push(with(r.ident.to_string())),
            syn::UseTree::Glob(_) => self.0.push(prefix.to_vec()),
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.tree(prefix, t);
                }
            }
        }
    }
}

impl<'a> Visit<'a> for Paths {
    fn visit_item_use(&mut self, u: &'a syn::ItemUse) {
        self.tree(&[], &u.tree);
    }

    fn visit_path(&mut self, p: &'a syn::Path) {
        self.0
            .push(p.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, p);
    }
}

fn starts(path: &[String], prefix: &[&str]) -> bool {
    path.len() >= prefix.len() && path.iter().zip(prefix).all(|(a, b)| a == b)
}

/// The paths of a file that reach into the device crate other than through `service`.
fn outside_service(file: &Path) -> Vec<String> {
    Paths::of(&parse(file))
        .into_iter()
        .filter(|p| starts(p, &["doorstep"]) && !starts(p, &["doorstep", "service"]))
        .filter(|p| p.len() > 1)
        .map(|p| p.join("::"))
        .collect()
}

/// What a command's body calls: function paths and method names.
#[derive(Default)]
struct Calls {
    functions: Vec<String>,
    methods: Vec<String>,
}

impl<'a> Visit<'a> for Calls {
    fn visit_expr_call(&mut self, c: &'a syn::ExprCall) {
        if let syn::Expr::Path(p) = &*c.func {
            let path: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            self.functions.push(path.join("::"));
        } else {
            self.visit_expr(&c.func);
        }
        for arg in &c.args {
            self.visit_expr(arg);
        }
    }

    fn visit_expr_method_call(&mut self, m: &'a syn::ExprMethodCall) {
        self.methods.push(m.method.to_string());
        syn::visit::visit_expr_method_call(self, m);
    }

    fn visit_expr_path(&mut self, p: &'a syn::ExprPath) {
        // A use-case passed as a function (`s.with_store(service::team::leave)`) is a call.
        let path: Vec<String> = p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        if path.first().is_some_and(|s| s == "service") && path.len() > 2 {
            self.functions.push(path.join("::"));
        }
        syn::visit::visit_expr_path(self, p);
    }
}

/// What a command may do beside its one call into `service`: run on the blocking pool, reach
/// the app state's session wrapper and its clocks, and adapt its arguments.
const SHELL_FUNCTIONS: [&str; 7] = [
    "blocking",
    "content",
    "today",
    "info_of",
    "Ok",
    "Zeroizing::new",
    "SystemTime::now",
];
const STATE_METHODS: [&str; 12] = [
    "session",
    "with_store",
    "with_store_if_open",
    "share",
    "configure",
    "device",
    "data_dir",
    "is_unlocked",
    "is_syncing",
    "touch_if_unlocked",
    "sync_now",
    "as_deref",
];

/// What is wrong with each command in a file: more than one call into `service`, or a call to
/// anything else than the shell's own helpers and the state's session wrapper.
fn composing_commands(file: &syn::File) -> Vec<String> {
    let mut wrong = Vec::new();
    for item in &file.items {
        let syn::Item::Fn(f) = item else { continue };
        let command = f.attrs.iter().any(|a| {
            let p = a.path();
            p.segments.len() == 2 && p.segments[1].ident == "command"
        });
        if !command {
            continue;
        }
        let name = f.sig.ident.to_string();
        let mut calls = Calls::default();
        calls.visit_block(&f.block);
        let into_service: Vec<&String> = calls
            .functions
            .iter()
            .filter(|p| p.starts_with("service::"))
            .collect();
        if into_service.len() > 1 {
            wrong.push(format!("{name} calls {into_service:?}: one use-case each"));
        }
        for f in &calls.functions {
            if !f.starts_with("service::") && !SHELL_FUNCTIONS.contains(&f.as_str()) {
                wrong.push(format!("{name} calls {f}"));
            }
        }
        for m in &calls.methods {
            if !STATE_METHODS.contains(&m.as_str()) {
                wrong.push(format!("{name} calls .{m}()"));
            }
        }
    }
    wrong
}

#[test]
fn commands_and_the_command_line_go_through_service_only() {
    // The app names nothing of the device crate but `service`.
    let mut outside = Vec::new();
    for file in rust_files(&root().join("src-tauri/src")) {
        outside.extend(
            outside_service(&file)
                .into_iter()
                .map(|p| format!("{}: {p}", file.display())),
        );
    }
    let cli = root().join("src/bin/doorstep.rs");
    outside.extend(
        Paths::of(&parse(&cli))
            .into_iter()
            .filter(|p| starts(p, &["doorstep"]) && !starts(p, &["doorstep", "service"]))
            .filter(|p| p.len() > 1)
            .map(|p| format!("{}: {}", cli.display(), p.join("::"))),
    );
    assert!(outside.is_empty(), "only service is the door: {outside:#?}");
    // Each command is one call into service.
    let commands = parse(&root().join("src-tauri/src/commands.rs"));
    let wrong = composing_commands(&commands);
    assert!(wrong.is_empty(), "commands that compose: {wrong:#?}");
    let count = commands
        .items
        .iter()
        .filter(|i| matches!(i, syn::Item::Fn(f) if f.attrs.iter().any(|a| a.path().segments.last().is_some_and(|s| s.ident == "command"))))
        .count();
    assert!(count >= 40, "the commands were read: {count}");
}

#[test]
fn the_check_of_the_commands_can_fail() {
    // A command that composes (saves through the store itself, and calls a second use-case).
    let composing: syn::File = syn::parse_str(
        r#"
        #[tauri::command]
        pub async fn save_and_view<R: Runtime>(app: AppHandle<R>, h: Household) -> Result<HouseholdView> {
            blocking(app, move |s| s.with_store(|st| {
                st.save_household(&mut h, content())?;
                service::families::view(st, content(), h.id, today())
            })).await
        }
        #[tauri::command]
        pub async fn two<R: Runtime>(app: AppHandle<R>) -> Result<()> {
            blocking(app, |s| s.with_store(|st| { service::a::b(st)?; service::c::d(st) })).await
        }
        "#,
    )
    .unwrap();
    let wrong = composing_commands(&composing);
    assert!(
        wrong.iter().any(|w| w.contains(".save_household()")),
        "{wrong:?}"
    );
    assert!(
        wrong.iter().any(|w| w.contains("one use-case each")),
        "{wrong:?}"
    );
    let reaching: syn::File =
        syn::parse_str("use doorstep::store::Store; fn f() { doorstep::keys::random_bytes(); }")
            .unwrap();
    let paths: Vec<String> = Paths::of(&reaching)
        .into_iter()
        .filter(|p| starts(p, &["doorstep"]) && !starts(p, &["doorstep", "service"]))
        .map(|p| p.join("::"))
        .collect();
    assert!(paths.contains(&"doorstep::store::Store".to_string()));
    assert!(paths.iter().any(|p| p.starts_with("doorstep::keys")));
}

/// Whether a file names `module` of the core or the device crate.
fn names(file: &Path, module: &str) -> bool {
    Paths::of(&parse(file)).iter().any(|p| {
        starts(p, &["crate", module])
            || starts(p, &["doorstep", module])
            || starts(p, &["doorstep_core", module])
            || starts(p, &["super", "super", module])
    })
}

#[test]
fn the_store_only_stores() {
    let store = rust_files(&root().join("src/store"));
    assert!(store.len() >= 5, "{store:?}");
    for file in store {
        for module in ["anonymise", "prompt", "sync", "cards", "service", "preview"] {
            assert!(
                !names(&file, module),
                "{} uses {module}: the store only stores (use-cases go in src/service)",
                file.display()
            );
        }
    }
}

#[test]
fn the_engines_do_not_reach_into_the_store_or_the_use_cases() {
    for name in ["prompt.rs", "cards.rs", "unknowns.rs", "content/mod.rs"] {
        let file = root().join("core/src").join(name);
        for module in ["store", "service", "sync"] {
            assert!(!names(&file, module), "core/src/{name} uses {module}");
        }
    }
}

#[test]
fn the_core_does_no_io_and_knows_no_device() {
    for file in rust_files(&root().join("core/src")) {
        for path in Paths::of(&parse(&file)) {
            let p = path.join("::");
            for banned in [
                "std::fs",
                "std::net",
                "std::process",
                "rusqlite",
                "reqwest",
                "keyring",
                "tauri",
                "tokio",
                "doorstep::",
            ] {
                assert!(
                    !p.starts_with(banned),
                    "{} uses {p}: the core does no I/O",
                    file.display()
                );
            }
        }
    }
}

/// A crate's modules by file ("store::households" for src/store/households.rs), and the modules
/// each file names (`crate::…`, `super::…`), resolved to the deepest module that is a file.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let name_of = |file: &Path| -> String {
        let rel = file.strip_prefix(src).unwrap().with_extension("");
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().to_string())
            .filter(|c| c != "mod")
            .collect();
        match parts.as_slice() {
            [one] if one == "lib" || one == "main" => String::new(),
            _ => parts.join("::"),
        }
    };
    let files: Vec<PathBuf> = rust_files(src)
        .into_iter()
        .filter(|f| !f.starts_with(src.join("bin")))
        .collect();
    let modules: BTreeSet<String> = files.iter().map(|f| name_of(f)).collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let me = name_of(file);
        let here: Vec<String> = if me.is_empty() {
            vec![]
        } else {
            me.split("::").map(String::from).collect()
        };
        let is_mod = file
            .file_name()
            .is_some_and(|n| n == "mod.rs" || n == "lib.rs");
        let mut edges = BTreeSet::new();
        for path in Paths::of(&parse(file)) {
            // The module a path starts from.
            let mut base: Vec<String> = match path.first().map(String::as_str) {
                Some("crate") => vec![],
                Some("super") => {
                    // From a file module, `super` is its parent; from mod.rs, the parent's parent.
                    let mut b = here.clone();
                    if !is_mod {
                        b.pop();
                    }
                    b
                }
                Some("self") => here.clone(),
                _ => continue,
            };
            let mut rest = &path[1..];
            while rest.first().is_some_and(|s| s == "super") {
                base.pop();
                rest = &rest[1..];
            }
            let mut target = base.clone();
            let mut found = base.join("::");
            for seg in rest {
                target.push(seg.clone());
                let m = target.join("::");
                if modules.contains(&m) {
                    found = m;
                } else {
                    break;
                }
            }
            // A module and its own parents or children are one piece of the tree, not a loop.
            let related = found.is_empty()
                || me.is_empty()
                || found == me
                || me.starts_with(&format!("{found}::"))
                || found.starts_with(&format!("{me}::"));
            if !related {
                edges.insert(found);
            }
        }
        graph.insert(me, edges);
    }
    graph
}

/// The loops in a graph of modules, each as the modules along it.
fn loops(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    fn walk(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        found: &mut BTreeSet<Vec<String>>,
    ) {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            let min = cycle
                .iter()
                .enumerate()
                .min_by_key(|(_, m)| *m)
                .map_or(0, |(i, _)| i);
            cycle.rotate_left(min);
            found.insert(cycle);
            return;
        }
        if path.len() > 12 {
            return;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            walk(next, graph, path, found);
        }
        path.pop();
    }
    let mut found = BTreeSet::new();
    for node in graph.keys() {
        walk(node, graph, &mut Vec::new(), &mut found);
    }
    found.into_iter().collect()
}

#[test]
fn no_modules_import_each_other_in_a_loop() {
    for src in ["src", "core/src", "server/src", "src-tauri/src"] {
        let graph = module_graph(&root().join(src));
        assert!(graph.len() >= 4, "{src}: {graph:?}");
        let found = loops(&graph);
        assert!(found.is_empty(), "{src}: modules in a loop: {found:#?}");
    }
    // The check sees a loop where there is one.
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    g.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(
        loops(&g),
        vec![vec!["a".to_string(), "b".into(), "c".into()]]
    );
}

#[test]
fn no_source_file_is_longer_than_a_reader_can_hold() {
    const MOST: usize = 800;
    let mut files = rust_files(&root().join("src"));
    for dir in ["core/src", "src-tauri/src", "server/src"] {
        files.extend(rust_files(&root().join(dir)));
    }
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).unwrap().lines().count();
            (n > MOST).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "over {MOST} lines: {long:?}");
}
