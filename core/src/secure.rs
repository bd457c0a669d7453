//! The two small pieces of care that both the device and the team server need with secrets:
//! fresh random bytes, and comparing secrets in constant time.

/// No randomness could be had from the operating system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no randomness is available from the operating system")]
pub struct NoRandomness;

/// Fresh random bytes from the operating system.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], NoRandomness> {
    let mut b = [0u8; N];
    getrandom::getrandom(&mut b).map_err(|_| NoRandomness)?;
    Ok(b)
}

/// Compares two secrets in time that does not depend on where they differ (only on their
/// lengths, which are not secret).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    bool::from(subtle::ConstantTimeEq::ct_eq(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_compare_by_content_and_random_bytes_differ() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        let (a, b) = (random_bytes::<32>(), random_bytes::<32>());
        assert!(a.is_ok() && a != b);
    }
}
