//! How the server keeps one client from grinding it down: token buckets per device, per client
//! address and per supervisor username; the client's address; a bounded pool for password
//! hashing; and the connection cap (see [`LimitedAcceptor`]).
//!
//! Two kinds of limit: a *request* limit (each request takes a token: devices) and a *refusal*
//! limit (only refused requests take a token, and an empty bucket refuses before any work is
//! done: bad enrolment codes, unknown tokens, failed logins). A refusal limit never touches a
//! client that does nothing wrong.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request};
use axum::http::HeaderMap;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum_server::accept::Accept;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Buckets beyond this many are pruned of the idle (full) ones, so an attacker who sends from
/// many addresses or under many usernames cannot grow the map without bound.
const PRUNE_ABOVE: usize = 10_000;

/// Token buckets, one per key: `per_minute` tokens a minute, up to `burst` at once.
#[derive(Debug)]
pub struct KeyedLimiter<K> {
    per_minute: u32,
    burst: f64,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

impl<K: Eq + Hash + Clone> KeyedLimiter<K> {
    /// 0 per minute turns the limit off.
    pub fn new(per_minute: u32, burst: u32) -> KeyedLimiter<K> {
        KeyedLimiter {
            per_minute,
            burst: f64::from(burst.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// A request limit: `per_minute` a minute with bursts of a tenth of that (at least 5).
    pub fn per_request(per_minute: u32) -> KeyedLimiter<K> {
        KeyedLimiter::new(per_minute, (per_minute / 10).max(5))
    }

    fn rate(&self) -> f64 {
        f64::from(self.per_minute) / 60.0
    }

    /// Refills `key`'s bucket to now and gives `f` its tokens.
    fn with_bucket<T>(&self, key: &K, f: impl FnOnce(&mut f64) -> T) -> T {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if buckets.len() > PRUNE_ABOVE {
            let (rate, burst) = (self.rate(), self.burst);
            buckets.retain(|_, (tokens, last)| {
                *tokens + now.duration_since(*last).as_secs_f64() * rate < burst
            });
        }
        let (tokens, last) = buckets.entry(key.clone()).or_insert((self.burst, now));
        *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * self.rate()).min(self.burst);
        *last = now;
        f(tokens)
    }

    fn wait(&self, tokens: f64) -> u64 {
        ((1.0 - tokens) / self.rate()).ceil().max(1.0) as u64
    }

    /// A request: takes a token, or says how many seconds to wait.
    pub fn check(&self, key: &K) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        self.with_bucket(key, |tokens| {
            if *tokens >= 1.0 {
                *tokens -= 1.0;
                Ok(())
            } else {
                Err(self.wait(*tokens))
            }
        })
    }

    /// Whether `key` may try (a token is left), without taking one.
    pub fn allowed(&self, key: &K) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        self.with_bucket(key, |tokens| {
            if *tokens >= 1.0 {
                Ok(())
            } else {
                Err(self.wait(*tokens))
            }
        })
    }

    /// A refusal: takes a token. True when this refusal used the last one (the key is now
    /// throttled: worth one line in the audit trail, not one per refusal).
    pub fn charge(&self, key: &K) -> bool {
        if self.per_minute == 0 {
            return false;
        }
        self.with_bucket(key, |tokens| {
            let before = *tokens;
            *tokens = (*tokens - 1.0).max(0.0);
            before >= 1.0 && *tokens < 1.0
        })
    }
}

/// The key a username is throttled under: trimmed, lower case, at most 64 characters (so a
/// huge username costs no more memory than a short one).
pub fn username_key(username: &str) -> String {
    username.trim().to_lowercase().chars().take(64).collect()
}

/// The client's address, put on each request by [`client_addr`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

/// Whether `X-Forwarded-For` is believed: only from a proxy on this host, and only when the
/// operator said the server is behind one (`--public-url`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrustProxy(pub bool);

/// The address a request comes from: the peer's, or behind a trusted proxy on this host, the
/// last address the proxy appended to `X-Forwarded-For`.
pub fn client_ip(peer: Option<SocketAddr>, headers: &HeaderMap, trust_proxy: bool) -> IpAddr {
    let peer_ip = peer.map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |p| p.ip());
    if trust_proxy && peer_ip.is_loopback() {
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|s| s.trim().parse::<IpAddr>().ok())
            .next_back();
        if let Some(ip) = forwarded {
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

/// Accepts at most `max` connections at once; beyond that, a new connection is closed at once
/// (the devices retry), so idle or half-open sockets cannot use up the process's file
/// descriptors and stop the server answering anyone. A connection that sends nothing within
/// `first_byte` is closed (HTTP's own header timeout starts only at the first byte).
#[derive(Debug, Clone)]
pub struct LimitedAcceptor<A> {
    inner: A,
    permits: Arc<Semaphore>,
    first_byte: Duration,
}

impl<A> LimitedAcceptor<A> {
    pub fn new(inner: A, max: usize, first_byte: Duration) -> LimitedAcceptor<A> {
        LimitedAcceptor {
            inner,
            permits: Arc::new(Semaphore::new(max.max(1))),
            first_byte,
        }
    }
}

/// A connection holding its place under the cap until it closes.
#[derive(Debug)]
pub struct Limited<I> {
    inner: I,
    _permit: OwnedSemaphorePermit,
    /// Until the first byte arrives: when the connection is given up.
    silent_until: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl<I: AsyncRead + Unpin> AsyncRead for Limited<I> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        match polled {
            Poll::Ready(Ok(())) if buf.filled().len() > before => {
                self.silent_until = None;
                Poll::Ready(Ok(()))
            }
            Poll::Pending => {
                let expired = self
                    .silent_until
                    .as_mut()
                    .is_some_and(|deadline| deadline.as_mut().poll(cx).is_ready());
                if expired {
                    Poll::Ready(Err(std::io::Error::new(
                        std::io::ErrorKind::TimedOut,
                        "no request on a new connection",
                    )))
                } else {
                    Poll::Pending
                }
            }
            other => other,
        }
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for Limited<I> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }
    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

impl<A, I, S> Accept<I, S> for LimitedAcceptor<A>
where
    A: Accept<I, S> + Clone + Send + 'static,
    A::Future: Send,
    I: Send + 'static,
    S: Send + 'static,
{
    type Stream = Limited<A::Stream>;
    type Service = A::Service;
    type Future =
        Pin<Box<dyn Future<Output = std::io::Result<(Self::Stream, Self::Service)>> + Send>>;

    fn accept(&self, stream: I, service: S) -> Self::Future {
        let permit = self.permits.clone().try_acquire_owned();
        let inner = self.inner.clone();
        let first_byte = self.first_byte;
        Box::pin(async move {
            let Ok(permit) = permit else {
                tracing::warn!("connection refused: the connection limit is reached");
                return Err(std::io::Error::other("connection limit reached"));
            };
            let (stream, service) = inner.accept(stream, service).await?;
            Ok((
                Limited {
                    inner: stream,
                    _permit: permit,
                    silent_until: Some(Box::pin(tokio::time::sleep(first_byte))),
                },
                service,
            ))
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_limit_throttles_after_its_burst_and_says_when_to_come_back() {
        let l: KeyedLimiter<u8> = KeyedLimiter::new(6, 3);
        assert!(l.allowed(&1).is_ok());
        assert!(!l.charge(&1));
        assert!(!l.charge(&1));
        assert!(l.charge(&1), "the third refusal empties the bucket");
        let wait = l.allowed(&1).expect_err("throttled");
        assert!((1..=10).contains(&wait), "{wait}");
        assert!(l.allowed(&2).is_ok(), "another key is untouched");
        assert!(!l.charge(&1), "throttled once, not again on each refusal");
    }

    #[test]
    fn zero_turns_a_limit_off() {
        let l: KeyedLimiter<u8> = KeyedLimiter::new(0, 1);
        for _ in 0..100 {
            assert!(l.check(&1).is_ok());
            assert!(!l.charge(&1));
        }
    }

    #[test]
    fn idle_buckets_are_pruned() {
        let l: KeyedLimiter<u32> = KeyedLimiter::new(60, 5);
        for k in 0..(PRUNE_ABOVE as u32 + 10) {
            let _ = l.check(&k);
        }
        std::thread::sleep(Duration::from_millis(1100));
        let _ = l.check(&u32::MAX);
        let n = l.buckets.lock().map(|b| b.len()).unwrap_or(usize::MAX);
        assert!(n < 10, "{n} buckets left");
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
    }

    #[test]
    fn usernames_are_keyed_short_and_case_blind() {
        assert_eq!(username_key("  Sam.Supervisor "), "sam.supervisor");
        assert_eq!(username_key(&"x".repeat(60_000)).len(), 64);
    }
}
