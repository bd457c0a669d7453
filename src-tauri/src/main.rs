//! The Tauri shell. Built by its own issue; this stub only reserves the package.

fn main() -> std::process::ExitCode {
    eprintln!("doorstep-app is not built yet (see docs/status.md)");
    std::process::ExitCode::from(2)
}
