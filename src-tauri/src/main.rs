//! The desktop binary.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    doorstep_app::run();
}
