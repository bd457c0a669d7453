//! What the process does at start so that its memory never lands on disk: no core dump (a
//! crash while unlocked would write the family names and the store's key into the dump) and,
//! on Linux, a process other processes of the user cannot attach to or read. And what it does
//! with memory it frees: [`WipeOnFree`], the app's and the command line's global allocator,
//! overwrites every block with zeros before giving it back, so that after Lock the names, notes
//! and passphrases that passed through Rust's heap are gone, not merely unreachable.

/// The global allocator of the app and the command line: the system's, every block zeroed
/// when freed (`secmem-alloc`). Declare it with
/// `#[global_allocator] static ALLOC: WipeOnFree = WIPE_ON_FREE;`.
pub type WipeOnFree = secmem_alloc::zeroizing_alloc::ZeroizeAlloc<std::alloc::System>;

/// The one value of [`WipeOnFree`].
pub const WIPE_ON_FREE: WipeOnFree =
    secmem_alloc::zeroizing_alloc::ZeroizeAlloc::new(std::alloc::System);

/// Turns core dumps off for this process and what it starts (the core size limit is 0, which
/// children inherit) and, on Linux, makes it not dumpable. Returns what could not be done, if
/// anything (never fatal: the app still starts, and says nothing that identifies anyone).
pub fn no_core_dumps() -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{
            DumpableBehavior, Resource, Rlimit, set_dumpable_behavior, setrlimit,
        };
        setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        )
        .map_err(|e| format!("core size limit: {e}"))?;
        set_dumpable_behavior(DumpableBehavior::NotDumpable)
            .map_err(|e| format!("not dumpable: {e}"))?;
    }
    Ok(())
}
