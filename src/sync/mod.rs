//! Sync between the device and the team server. `wire` holds the `/v1` protocol's types, shared
//! by the app's client and the server.

pub mod wire;
