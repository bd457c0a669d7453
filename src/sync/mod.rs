//! Sync between the device and the team server: the pure plan of what to do after each answer,
//! the engine that carries it out (draining the outbox and pulling replies), and its HTTP
//! transport, over the `/v1` wire protocol ([`wire`], from the core, shared with the server).

pub mod engine;
pub mod http;
pub mod plan;
pub use doorstep_core::wire;
