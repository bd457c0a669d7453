//! The team sync server. Built by its own issue; this stub only reserves the package.

fn main() -> std::process::ExitCode {
    eprintln!("doorstep-server is not built yet (see docs/status.md)");
    std::process::ExitCode::from(2)
}
