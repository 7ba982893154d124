//! A writer killed with SIGKILL in the middle of many writes leaves a sound
//! database holding every transaction that committed.

mod store_support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn sigkill_mid_write_keeps_every_committed_claim() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.sqlite3");
    // `CAREDESK_CRASH_ROUNDS` kills more times (each later, on the same file).
    let rounds = std::env::var("CAREDESK_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    for attempt in 0..rounds {
        let mut child = Command::new(env!("CARGO_BIN_EXE_caredesk"))
            .arg("--db")
            .arg(&db)
            .args(["stress-claims", "--count", "1000000"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn caredesk");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let mut committed = Vec::new();
        // Let it write a while (more on each attempt), then kill it mid-stream.
        while committed.len() < 100 * (attempt + 1) {
            match lines.next() {
                Some(Ok(id)) => committed.push(id),
                _ => panic!(
                    "stress-claims stopped early after {} claims",
                    committed.len()
                ),
            }
        }
        child.kill().expect("SIGKILL"); // std sends SIGKILL on unix
        // Ids already printed before the kill also committed.
        committed.extend(lines.map_while(Result::ok));
        child.wait().unwrap();

        let store = caredesk::store::Store::open(&db, store_support::catalog()).unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok");
        for id in &committed {
            let c = store
                .claim(id)
                .unwrap_or_else(|e| panic!("committed {id} lost: {e}"));
            assert_eq!(
                c.events.len(),
                2,
                "{id}: intake writes two events atomically"
            );
        }
    }
}
