//! A writer killed with SIGKILL at random points in the middle of thousands
//! of claim writes leaves a sound database holding every transaction that
//! committed.

#[macro_use]
mod store_support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use store_support::{Backend, TestDb};

fn sigkill_mid_write_keeps_every_committed_claim(b: Backend) {
    let test_db = TestDb::new(b);
    let db = test_db.arg();
    // The writer signs in as a person, as every CLI write does (issue 15).
    test_db
        .open()
        .set_up_real("Crash Tester", store_support::PIN)
        .expect("first supervisor");
    // `CAREDESK_CRASH_ROUNDS` kills more times (on the same file);
    // `CAREDESK_CRASH_SEED` replays the kill points of an earlier run.
    let rounds = std::env::var("CAREDESK_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let mut seed: u64 = std::env::var("CAREDESK_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |t| t.as_nanos() as u64)
        });
    eprintln!("kill points from CAREDESK_CRASH_SEED={seed}");
    let mut total = 0usize;
    for attempt in 0..rounds {
        // A random kill point between 50 and 549 claims into this run (splitmix64).
        seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = seed;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        let kill_after = 50 + ((z ^ (z >> 31)) % 500) as usize;
        let mut child = Command::new(env!("CARGO_BIN_EXE_caredesk"))
            .arg("--db")
            .arg(&db)
            .args([
                "--staff",
                "Crash Tester",
                "stress-claims",
                "--count",
                "1000000",
            ])
            .env("CAREDESK_PIN", store_support::PIN)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn caredesk");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let mut committed = Vec::new();
        // Let it write a while, then kill it mid-stream.
        while committed.len() < kill_after {
            match lines.next() {
                Some(Ok(id)) => committed.push(id),
                _ => panic!(
                    "run {attempt}: stress-claims stopped early after {} claims",
                    committed.len()
                ),
            }
        }
        child.kill().expect("SIGKILL"); // std sends SIGKILL on unix
        // Ids already printed before the kill also committed.
        committed.extend(lines.map_while(Result::ok));
        child.wait().unwrap();
        total += committed.len();

        let store = test_db.open();
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
        // The history chains survive the kills too.
        let history = store.verify_history().unwrap();
        assert!(history.intact, "{:?}", history.problems);
    }
    eprintln!("{rounds} kills, {total} committed claims all present");
}

on_both_backends!(sigkill_mid_write_keeps_every_committed_claim);
