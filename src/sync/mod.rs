//! Sync between the device and the team server: the `/v1` wire types (shared with the server),
//! the pure plan of what to do after each answer, the engine that carries it out (draining the
//! outbox and pulling replies), and its HTTP transport.

pub mod engine;
pub mod http;
pub mod plan;
pub mod wire;
