//! The connection caps: at most so many connections at once, and a share of them per client
//! address, with idle connections closed to make room when the server is near its cap (see
//! [`LimitedAcceptor`]).

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum_server::accept::Accept;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use super::address_group;

/// How long a connection may sit idle once the server is near its cap.
const IDLE_UNDER_PRESSURE: Duration = Duration::from_secs(1);

/// The connections open now: in all, and per address group.
#[derive(Debug)]
struct Counts {
    max: usize,
    per_address: usize,
    /// Loopback is not limited per address (a TLS proxy on this host: every client comes from it).
    exempt_loopback: bool,
    open: Mutex<(usize, HashMap<IpAddr, usize>)>,
}

impl Counts {
    /// A place for a connection from `ip`, or why not.
    fn take(self: &Arc<Self>, ip: IpAddr) -> Result<Slot, &'static str> {
        let group = address_group(ip);
        // `::ffff:127.0.0.1` (a proxy on this host, to a server listening on `[::]`) is loopback.
        let limited = !(self.exempt_loopback && ip.to_canonical().is_loopback());
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if open.0 >= self.max {
            return Err("the connection limit is reached");
        }
        if limited {
            let n = open.1.entry(group).or_insert(0);
            if *n >= self.per_address {
                return Err("this address has its share of connections");
            }
            *n += 1;
        }
        open.0 += 1;
        Ok(Slot {
            counts: self.clone(),
            group: limited.then_some(group),
        })
    }

    /// Whether the server is near its cap (three quarters of it), when idle connections make
    /// room.
    fn under_pressure(&self) -> bool {
        let open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        open.0 * 4 >= self.max * 3
    }
}

/// A connection's place under the caps, given back when it closes.
#[derive(Debug)]
struct Slot {
    counts: Arc<Counts>,
    group: Option<IpAddr>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.counts.open.lock().unwrap_or_else(|p| p.into_inner());
        open.0 = open.0.saturating_sub(1);
        if let Some(g) = self.group
            && let Some(n) = open.1.get_mut(&g)
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                open.1.remove(&g);
            }
        }
    }
}

/// Accepts at most `max` connections at once, and at most `per_address` from one address (an
/// IPv6 /64 counting as one): beyond that a new connection is closed at once (the devices
/// retry), so neither idle or half-open sockets in general nor one client in particular can use
/// up the process's file descriptors and stop the server answering anyone. A connection that
/// sends nothing within `first_byte` is closed (HTTP's own header timeout starts only at the
/// first byte), and once three quarters of the places are taken, a connection with no request
/// being answered and nothing read or written for [`IDLE_UNDER_PRESSURE`] is closed to make
/// room (a kept-alive connection between requests; a client reading an answer that slowly, too).
#[derive(Debug, Clone)]
pub struct LimitedAcceptor<A> {
    inner: A,
    counts: Arc<Counts>,
    first_byte: Duration,
}

impl<A> LimitedAcceptor<A> {
    /// `per_address` 0: a quarter of `max`. `exempt_loopback`: behind a TLS proxy on this host.
    pub fn new(
        inner: A,
        max: usize,
        per_address: usize,
        exempt_loopback: bool,
        first_byte: Duration,
    ) -> LimitedAcceptor<A> {
        let max = max.max(1);
        let per_address = if per_address == 0 {
            (max / 4).max(1)
        } else {
            per_address
        };
        LimitedAcceptor {
            inner,
            counts: Arc::new(Counts {
                max,
                per_address,
                exempt_loopback,
                open: Mutex::new((0, HashMap::new())),
            }),
            first_byte,
        }
    }
}

/// A connection holding its place under the caps until it closes.
#[derive(Debug)]
pub struct Limited<I> {
    inner: I,
    slot: Slot,
    /// Until the first byte arrives: when the connection is given up.
    silent_until: Option<Pin<Box<tokio::time::Sleep>>>,
    /// Requests on this connection being answered now (HTTP/2 has several at once): a
    /// connection is closed as idle only when none is.
    in_flight: Arc<AtomicUsize>,
    last_activity: Instant,
    idle_check: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl<I> Limited<I> {
    /// Whether to close this connection now: no request is being answered on it, nothing was
    /// read or written for [`IDLE_UNDER_PRESSURE`], and the server is near its cap. Registers a
    /// wake-up to look again.
    fn idle_too_long(&mut self, cx: &mut Context<'_>) -> bool {
        if self.in_flight.load(AtomicOrdering::SeqCst) > 0 {
            self.idle_check = None;
            return false;
        }
        loop {
            let check = self.idle_check.get_or_insert_with(|| {
                Box::pin(tokio::time::sleep_until(
                    (self.last_activity + IDLE_UNDER_PRESSURE).into(),
                ))
            });
            if check.as_mut().poll(cx).is_pending() {
                return false;
            }
            if self.last_activity.elapsed() >= IDLE_UNDER_PRESSURE
                && self.slot.counts.under_pressure()
            {
                return true;
            }
            // Not under pressure (or active since): look again a little later.
            self.idle_check = Some(Box::pin(tokio::time::sleep(IDLE_UNDER_PRESSURE)));
        }
    }

    fn wrote(&mut self, n: usize) {
        if n > 0 {
            self.last_activity = Instant::now();
            self.idle_check = None;
        }
    }
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
                self.last_activity = Instant::now();
                self.idle_check = None;
                Poll::Ready(Ok(()))
            }
            Poll::Pending => {
                let expired = self
                    .silent_until
                    .as_mut()
                    .is_some_and(|deadline| deadline.as_mut().poll(cx).is_ready());
                if expired {
                    return Poll::Ready(Err(std::io::Error::new(
                        std::io::ErrorKind::TimedOut,
                        "no request on a new connection",
                    )));
                }
                if self.idle_too_long(cx) {
                    return Poll::Ready(Err(std::io::Error::new(
                        std::io::ErrorKind::TimedOut,
                        "idle near the connection limit",
                    )));
                }
                Poll::Pending
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
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if let Poll::Ready(Ok(n)) = polled {
            self.wrote(n);
        }
        polled
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
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if let Poll::Ready(Ok(n)) = polled {
            self.wrote(n);
        }
        polled
    }
    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

/// A connection's service, counting its requests in flight for [`Limited`].
#[derive(Debug, Clone)]
pub struct InFlight<S> {
    inner: S,
    count: Arc<AtomicUsize>,
}

/// Takes one off the count when a request's answer is ready (or given up).
struct Answered(Arc<AtomicUsize>);

impl Drop for Answered {
    fn drop(&mut self) {
        self.0.fetch_sub(1, AtomicOrdering::SeqCst);
    }
}

impl<S, R> tower_service::Service<R> for InFlight<S>
where
    S: tower_service::Service<R>,
    S::Future: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<S::Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: R) -> Self::Future {
        self.count.fetch_add(1, AtomicOrdering::SeqCst);
        let answered = Answered(self.count.clone());
        let future = self.inner.call(request);
        Box::pin(async move {
            let out = future.await;
            drop(answered);
            out
        })
    }
}

impl<A, S> Accept<tokio::net::TcpStream, S> for LimitedAcceptor<A>
where
    A: Accept<tokio::net::TcpStream, S> + Clone + Send + 'static,
    A::Future: Send,
    S: Send + 'static,
{
    type Stream = Limited<A::Stream>;
    type Service = InFlight<A::Service>;
    type Future =
        Pin<Box<dyn Future<Output = std::io::Result<(Self::Stream, Self::Service)>> + Send>>;

    fn accept(&self, stream: tokio::net::TcpStream, service: S) -> Self::Future {
        let slot = match stream.peer_addr() {
            Ok(peer) => self.counts.take(peer.ip()),
            Err(_) => Err("the peer's address is unknown"),
        };
        let inner = self.inner.clone();
        let first_byte = self.first_byte;
        Box::pin(async move {
            let slot = match slot {
                Ok(slot) => slot,
                Err(why) => {
                    tracing::warn!("connection refused: {why}");
                    return Err(std::io::Error::other(why));
                }
            };
            let (stream, service) = inner.accept(stream, service).await?;
            let count = Arc::new(AtomicUsize::new(0));
            Ok((
                Limited {
                    inner: stream,
                    slot,
                    silent_until: Some(Box::pin(tokio::time::sleep(first_byte))),
                    in_flight: count.clone(),
                    last_activity: Instant::now(),
                    idle_check: None,
                },
                InFlight {
                    inner: service,
                    count,
                },
            ))
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn connections_are_capped_per_address_group_and_a_local_proxy_is_not() {
        let counts = |exempt| {
            Arc::new(Counts {
                max: 8,
                per_address: 2,
                exempt_loopback: exempt,
                open: Mutex::new((0, HashMap::new())),
            })
        };
        let c = counts(false);
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        // One /64 is one address.
        let a = c.take(ip("2001:db8:1:2::1")).unwrap();
        let b = c.take(ip("2001:db8:1:2::ffff")).unwrap();
        assert!(
            c.take(ip("2001:db8:1:2::7")).is_err(),
            "a third from the same /64"
        );
        assert!(c.take(ip("2001:db8:1:3::1")).is_ok(), "another /64");
        drop((a, b));
        assert!(
            c.take(ip("2001:db8:1:2::7")).is_ok(),
            "places are given back"
        );
        // Behind a TLS proxy on this host, loopback (IPv4, or mapped into IPv6) is not capped
        // per address, only in all.
        let c = counts(true);
        let held: Vec<Slot> = (0..8)
            .map(|n| {
                let from = if n % 2 == 0 {
                    "127.0.0.1"
                } else {
                    "::ffff:127.0.0.1"
                };
                c.take(ip(from)).unwrap()
            })
            .collect();
        assert!(
            c.take(ip("127.0.0.1")).is_err(),
            "the cap in all still holds"
        );
        assert!(c.under_pressure());
        drop(held);
        assert!(!c.under_pressure());
    }
}
