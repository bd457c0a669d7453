//! How the server keeps one client from grinding it down: token buckets per device, per client
//! address and per supervisor username; the client's address; a bounded pool for password
//! hashing; and the connection cap (see [`LimitedAcceptor`]).
//!
//! Two kinds of limit: a *request* limit (each request takes a token: devices) and a *refusal*
//! limit (only refused requests take a token, and an empty bucket refuses before any work is
//! done: bad enrolment codes, unknown tokens, failed logins). A refusal limit never touches a
//! client that does nothing wrong.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request};
use axum::http::HeaderMap;
use tokio::sync::Semaphore;

pub use crate::db::rules::{Bucket, BucketOp, BucketRequest, apply};

/// Buckets beyond this many are pruned of the idle (full) ones, so an attacker who sends from
/// many addresses or under many usernames cannot grow the map without bound.
const PRUNE_ABOVE: usize = 10_000;

/// Token buckets, one per key: `per_minute` tokens a minute, up to `burst` at once. In this
/// process's memory, or, when the database is shared by several servers (PostgreSQL), in the
/// database, so that N servers do not give N times the allowance (falling back to memory, and
/// saying so in the log, if the database cannot answer).
#[derive(Debug)]
pub struct Limiter {
    /// The bucket's name in the shared table.
    name: &'static str,
    per_minute: u32,
    burst: f64,
    shared: Option<crate::db::Db>,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
    /// Keys the shared buckets refused, until when: refused again here without asking the
    /// database, so that a flood from a throttled address or device costs the database nothing.
    refused_until: Mutex<HashMap<String, Instant>>,
}

impl Limiter {
    /// 0 per minute turns the limit off. `shared`: the database that keeps the buckets for
    /// every server on it.
    pub fn new(
        name: &'static str,
        per_minute: u32,
        burst: u32,
        shared: Option<crate::db::Db>,
    ) -> Limiter {
        Limiter {
            name,
            per_minute,
            burst: f64::from(burst.max(1)),
            shared,
            buckets: Mutex::new(HashMap::new()),
            refused_until: Mutex::new(HashMap::new()),
        }
    }

    /// A request limit: `per_minute` a minute with bursts of a tenth of that (at least 5).
    pub fn per_request(
        name: &'static str,
        per_minute: u32,
        shared: Option<crate::db::Db>,
    ) -> Limiter {
        Limiter::new(name, per_minute, (per_minute / 10).max(5), shared)
    }

    fn rate(&self) -> f64 {
        f64::from(self.per_minute) / 60.0
    }

    /// Refills `key`'s bucket in memory to now and applies `op`.
    fn in_memory(&self, key: &str, op: BucketOp) -> Bucket {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if buckets.len() > PRUNE_ABOVE {
            let (rate, burst) = (self.rate(), self.burst);
            buckets.retain(|_, (tokens, last)| {
                *tokens + now.duration_since(*last).as_secs_f64() * rate < burst
            });
        }
        let (tokens, last) = buckets.entry(key.to_string()).or_insert((self.burst, now));
        let b = apply(
            *tokens,
            now.duration_since(*last).as_secs_f64(),
            self.rate(),
            self.burst,
            op,
        );
        *tokens = b.tokens;
        *last = now;
        b
    }

    async fn bucket(&self, key: &str, op: BucketOp) -> Bucket {
        if let Some(db) = &self.shared {
            let request = BucketRequest {
                bucket: self.name,
                key,
                op,
                per_second: self.rate(),
                burst: self.burst,
            };
            match db.throttle(&request).await {
                Ok(Some(b)) => return b,
                Ok(None) => {}
                Err(e) => {
                    tracing::warn!(error = %e, limit = self.name, "shared limit unavailable; this server's own count is used");
                }
            }
        }
        self.in_memory(key, op)
    }

    fn wait(&self, tokens: f64) -> u64 {
        ((1.0 - tokens) / self.rate()).ceil().max(1.0) as u64
    }

    /// A request: takes a token (`Take`), or only looks (`Peek`); `Err` says how many seconds
    /// to wait.
    async fn gate(&self, key: &str, op: BucketOp) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let now = Instant::now();
        if self.shared.is_some() {
            let refused = self.refused_until.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(until) = refused.get(key).filter(|u| **u > now) {
                return Err(until.duration_since(now).as_secs().max(1));
            }
        }
        let b = self.bucket(key, op).await;
        if b.had_token {
            Ok(())
        } else {
            let wait = self.wait(b.tokens);
            if self.shared.is_some() {
                let mut refused = self.refused_until.lock().unwrap_or_else(|p| p.into_inner());
                if refused.len() > PRUNE_ABOVE {
                    refused.retain(|_, until| *until > now);
                }
                refused.insert(key.to_string(), now + Duration::from_secs(wait));
            }
            Err(wait)
        }
    }

    /// A request: takes a token, or says how many seconds to wait.
    pub async fn check(&self, key: &str) -> Result<(), u64> {
        self.gate(key, BucketOp::Take).await
    }

    /// Whether `key` may try (a token is left), without taking one.
    pub async fn allowed(&self, key: &str) -> Result<(), u64> {
        self.gate(key, BucketOp::Peek).await
    }

    /// A refusal: takes a token. True when this refusal used the last one (the key is now
    /// throttled: worth one line in the audit trail, not one per refusal).
    pub async fn charge(&self, key: &str) -> bool {
        if self.per_minute == 0 {
            return false;
        }
        let b = self.bucket(key, BucketOp::Charge).await;
        b.had_token && b.tokens < 1.0
    }
}

/// The address a limit counts under: an IPv4 address itself (an IPv4-mapped IPv6 address as
/// IPv4), an IPv6 address by its /64 (one customer's network: every address in it is theirs).
pub fn address_group(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let bits = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(Ipv6Addr::from(bits))
            }
        },
    }
}

/// [`address_group`] as a limiter's key.
pub fn address_key(ip: IpAddr) -> String {
    address_group(ip).to_string()
}

/// The key a username is throttled under: trimmed, lower case, without control characters, at
/// most 64 characters (so a huge username costs no more memory than a short one).
pub fn username_key(username: &str) -> String {
    username
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_control())
        .take(64)
        .collect()
}

/// The key failed logins for one username from one address count under.
pub fn login_key(username: &str, ip: IpAddr) -> String {
    format!("{} {}", address_key(ip), username_key(username))
}

/// The client's address, put on each request by [`client_addr`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

/// Whether `X-Forwarded-For` is believed: only from a proxy on this host, and only when the
/// operator said the server is behind one (`--public-url`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrustProxy(pub bool);

/// An address as a proxy writes it in `X-Forwarded-For`: bare (`203.0.113.7`, `2001:db8::1`)
/// or with a port (`203.0.113.7:4711`, `[2001:db8::1]:443`).
fn forwarded_address(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| {
            entry
                .strip_prefix('[')
                .and_then(|e| e.strip_suffix(']'))
                .and_then(|e| e.parse::<IpAddr>().ok())
        })
}

/// The address a request comes from: the peer's, or behind a trusted proxy on this host, the
/// last entry of `X-Forwarded-For` (the one the proxy appended). Only the last entry is
/// believed: what comes before it was written by the client. When the proxy wrote something
/// that is not an address (`unknown`), the request counts as the proxy's own, so that it is
/// never judged by an address the client chose.
pub fn client_ip(peer: Option<SocketAddr>, headers: &HeaderMap, trust_proxy: bool) -> IpAddr {
    let peer_ip = peer.map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |p| p.ip());
    if trust_proxy && peer_ip.is_loopback() {
        let last = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back();
        if let Some(ip) = last.and_then(forwarded_address) {
            return ip;
        }
    }
    peer_ip
}

/// Middleware: records the client's address on the request.
pub async fn client_addr(
    axum::extract::State(trust): axum::extract::State<TrustProxy>,
    mut req: Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let ip = client_ip(peer, req.headers(), trust.0);
    req.extensions_mut().insert(ClientAddr(ip));
    next.run(req).await
}

mod connections;
pub use connections::{InFlight, Limited, LimitedAcceptor};

/// Password hashing runs here: on the blocking pool, on one core fewer than the machine has (at
/// least one) at a time, so that a flood of logins never holds up the workers that answer
/// devices and always leaves them a core.
#[derive(Debug, Clone)]
pub struct HashingPool {
    permits: Arc<Semaphore>,
}

impl Default for HashingPool {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let n = cores.saturating_sub(1).max(1);
        HashingPool {
            permits: Arc::new(Semaphore::new(n)),
        }
    }
}

impl HashingPool {
    /// Runs `f` on the blocking pool when a slot is free; `None` when none came free in time.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Option<T> {
        let permit = tokio::time::timeout(
            Duration::from_secs(10),
            self.permits.clone().acquire_owned(),
        )
        .await
        .ok()?
        .ok()?;
        let out = tokio::task::spawn_blocking(move || {
            let out = f();
            drop(permit);
            out
        })
        .await
        .ok()?;
        Some(out)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_refusal_limit_throttles_after_its_burst_and_says_when_to_come_back() {
        let l = Limiter::new("test", 6, 3, None);
        assert!(l.allowed("1").await.is_ok());
        assert!(!l.charge("1").await);
        assert!(!l.charge("1").await);
        assert!(l.charge("1").await, "the third refusal empties the bucket");
        let wait = l.allowed("1").await.expect_err("throttled");
        assert!((1..=10).contains(&wait), "{wait}");
        assert!(l.allowed("2").await.is_ok(), "another key is untouched");
        assert!(
            !l.charge("1").await,
            "throttled once, not again on each refusal"
        );
    }

    #[tokio::test]
    async fn zero_turns_a_limit_off() {
        let l = Limiter::new("test", 0, 1, None);
        for _ in 0..100 {
            assert!(l.check("1").await.is_ok());
            assert!(!l.charge("1").await);
        }
    }

    #[tokio::test]
    async fn idle_buckets_are_pruned() {
        let l = Limiter::new("test", 60, 5, None);
        for k in 0..(PRUNE_ABOVE as u32 + 10) {
            let _ = l.check(&k.to_string()).await;
        }
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let _ = l.check("last").await;
        let n = l.buckets.lock().map(|b| b.len()).unwrap_or(usize::MAX);
        assert!(n < 10, "{n} buckets left");
    }

    #[test]
    fn the_bucket_arithmetic_refills_takes_and_charges() {
        let full = apply(5.0, 0.0, 1.0, 5.0, BucketOp::Take);
        assert_eq!(
            full,
            Bucket {
                had_token: true,
                tokens: 4.0
            }
        );
        let empty = apply(0.5, 0.0, 1.0, 5.0, BucketOp::Take);
        assert_eq!(
            empty,
            Bucket {
                had_token: false,
                tokens: 0.5
            }
        );
        assert!(
            apply(0.5, 0.6, 1.0, 5.0, BucketOp::Take).had_token,
            "refilled"
        );
        assert_eq!(
            apply(4.0, 100.0, 1.0, 5.0, BucketOp::Peek).tokens,
            5.0,
            "up to the burst"
        );
        assert_eq!(apply(0.2, 0.0, 1.0, 5.0, BucketOp::Charge).tokens, 0.0);
        assert_eq!(
            apply(1.0, -5.0, 1.0, 5.0, BucketOp::Peek).tokens,
            1.0,
            "a clock going back refills nothing"
        );
    }

    #[test]
    fn ipv6_addresses_count_by_their_64_and_mapped_ones_as_ipv4() {
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:ffff:ffff:fffe".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(address_key(a), address_key(b));
        assert_ne!(address_key(a), address_key(c));
        let mapped: IpAddr = "::ffff:203.0.113.7".parse().unwrap();
        assert_eq!(address_key(mapped), "203.0.113.7");
        assert_eq!(address_key("198.51.100.1".parse().unwrap()), "198.51.100.1");
    }

    #[test]
    fn forwarded_addresses_are_believed_only_from_a_trusted_local_proxy() {
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            "198.51.100.7, 203.0.113.9".parse().unwrap(),
        );
        let local: SocketAddr = "127.0.0.1:5000".parse().unwrap();
        let remote: SocketAddr = "192.0.2.1:5000".parse().unwrap();
        assert_eq!(
            client_ip(Some(local), &h, true),
            "203.0.113.9".parse::<IpAddr>().unwrap()
        );
        assert_eq!(client_ip(Some(local), &h, false), local.ip());
        assert_eq!(client_ip(Some(remote), &h, true), remote.ip());
        // The last entry only, with or without a port; never an earlier, client-written one.
        for (last, want) in [
            ("203.0.113.7:4711", "203.0.113.7"),
            ("[2001:db8::7]:443", "2001:db8::7"),
            ("[2001:db8::7]", "2001:db8::7"),
            ("unknown", "127.0.0.1"),
            ("", "127.0.0.1"),
        ] {
            let mut h = HeaderMap::new();
            h.insert(
                "x-forwarded-for",
                format!("198.51.100.7, {last}").parse().unwrap(),
            );
            assert_eq!(
                client_ip(Some(local), &h, true),
                want.parse::<IpAddr>().unwrap(),
                "{last:?}"
            );
        }
    }

    #[test]
    fn usernames_are_keyed_short_and_case_blind() {
        assert_eq!(username_key("  Sam.Supervisor "), "sam.supervisor");
        assert_eq!(username_key(&"x".repeat(60_000)).len(), 64);
        assert_eq!(username_key("sam\u{0}sup"), "samsup");
    }
}
