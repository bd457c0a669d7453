//! Telling the team's supervisors that an urgent reflection is waiting (`--smtp-url`): a short
//! e-mail with a link to the urgent queue, never the reflection, its week or anything from it.
//! At most one per team every [`QUIET_SECS`], so that a burst of urgent reflections is one
//! message. Sent in the background: a mail server that is down never slows or fails a push.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use uuid::Uuid;

/// The least time between two notices for one team.
pub const QUIET_SECS: u64 = 300;

/// What `--smtp-url`, `--smtp-from` and `--notify` make.
pub struct Notifier {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    to: Vec<Mailbox>,
    /// The urgent queue's address (`…/?urgent=1`).
    link: String,
    last: Mutex<HashMap<Uuid, Instant>>,
}

impl std::fmt::Debug for Notifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the URL: it may hold the mail server's password.
        f.debug_struct("Notifier").finish_non_exhaustive()
    }
}

impl Notifier {
    /// Checks the settings; refuses a mail server reached in clear text over a network.
    pub fn new(url: &str, from: &str, to: &[String], base: &str) -> anyhow::Result<Notifier> {
        let host = url_host(url).ok_or_else(|| {
            anyhow::anyhow!(
                "--smtp-url must be smtps://host[:port] or smtp://host[:port]?tls=required"
            )
        })?;
        let loopback = host == "localhost"
            || host
                .trim_matches(|c| c == '[' || c == ']')
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback());
        if url.starts_with("smtp://") && !url.contains("tls=required") && !loopback {
            anyhow::bail!(
                "refusing to send mail in clear text to {host}: use smtps://{host} or smtp://{host}?tls=required"
            );
        }
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("--smtp-url is not a mail server's address: {e}"))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from: Mailbox = from
            .parse()
            .map_err(|_| anyhow::anyhow!("--smtp-from is not an e-mail address"))?;
        if to.is_empty() {
            anyhow::bail!("--smtp-url needs --notify: the supervisors' e-mail addresses");
        }
        let to = to
            .iter()
            .map(|a| {
                a.trim().parse::<Mailbox>().map_err(|_| {
                    anyhow::anyhow!("--notify: \"{}\" is not an e-mail address", a.trim())
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(Notifier {
            transport,
            from,
            to,
            link: format!("{}/?urgent=1", base.trim_end_matches('/')),
            last: Mutex::new(HashMap::new()),
        })
    }

    /// An urgent reflection of `team` was stored: sends the notice in the background, unless
    /// one went for the team less than [`QUIET_SECS`] ago.
    pub fn urgent(self: &Arc<Self>, team: Uuid) {
        {
            let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            if last
                .get(&team)
                .is_some_and(|t| now.duration_since(*t) < Duration::from_secs(QUIET_SECS))
            {
                return;
            }
            last.insert(team, now);
        }
        let me = self.clone();
        tokio::spawn(async move {
            match me.message() {
                Ok(m) => {
                    if let Err(e) = me.transport.send(m).await {
                        // The kind only: a mail server's answer may echo the addresses.
                        tracing::warn!(
                            permanent = e.is_permanent(),
                            timeout = e.is_timeout(),
                            "could not send the urgent reflection notice"
                        );
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "could not build the urgent reflection notice")
                }
            }
        });
    }

    fn message(&self) -> anyhow::Result<Message> {
        let mut b = Message::builder()
            .from(self.from.clone())
            .subject("Doorstep: an urgent reflection is waiting for supervision");
        for to in &self.to {
            b = b.to(to.clone());
        }
        // Lines under 76 characters, ASCII: sent as plain 7-bit text, the link as it is.
        Ok(b.body(format!(
            "A practitioner in your team has shared a reflection judged not safe\n\
             tonight or not sure, or escalated (a referral or an emergency).\n\
             It is waiting in the supervision queue:\n\n{}\n\n\
             The reflection is not in this message: log in to read it.\n",
            self.link
        ))?)
    }
}

/// The host of an `smtp://` or `smtps://` URL (without user, port or query).
fn url_host(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("smtps://")
        .or_else(|| url.strip_prefix("smtp://"))?;
    let authority = rest.split(['/', '?']).next()?;
    let host_port = authority.rsplit('@').next()?;
    let host = if host_port.starts_with('[') {
        host_port.split_inclusive(']').next()?
    } else {
        host_port.split(':').next()?
    };
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_is_found_whatever_the_url_holds() {
        assert_eq!(
            url_host("smtps://mail.example.org"),
            Some("mail.example.org")
        );
        assert_eq!(
            url_host("smtp://user:p%40ss@mail.example.org:587?tls=required"),
            Some("mail.example.org")
        );
        assert_eq!(url_host("smtp://[::1]:2525"), Some("[::1]"));
        assert_eq!(url_host("http://mail.example.org"), None);
        assert_eq!(url_host("smtp://"), None);
    }
}
