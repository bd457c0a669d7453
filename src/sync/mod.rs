//! Sync between the device and the team server: the `/v1` wire types (shared with the server),
//! the engine that drains the outbox and pulls replies, and its HTTP transport.

pub mod engine;
pub mod http;
pub mod wire;
