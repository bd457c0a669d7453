//! The desktop binary.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Every block wiped when freed: after Lock, the names, notes and passphrases that passed
/// through the app's heap (the commands' arguments and answers included) are gone.
#[global_allocator]
static ALLOC: doorstep::service::session::WipeOnFree = doorstep::service::session::WIPE_ON_FREE;

fn main() {
    doorstep_app::run();
}
