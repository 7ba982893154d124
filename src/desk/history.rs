//! `caredesk audit verify`: walks the hash chains of the audit log and the
//! claim events (`store::chain`) and says where a row was rewritten,
//! removed or slipped in, and whether rows were cut off the end.

use super::{Desk, Result};
use crate::store::chain::{Chain, ChainHead, GENESIS, link_hash};

/// Rows read per page.
const PAGE: usize = 5_000;
/// Findings kept per chain (the first ones say where it went wrong).
const MAX_FINDINGS: usize = 50;

/// One place where a chain is broken.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Tampering {
    pub chain: Chain,
    /// The row where it shows (`None`: the chain's head).
    pub id: Option<i64>,
    pub what: String,
}

/// One chain's walk.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ChainReport {
    pub chain: Chain,
    pub rows: u64,
    /// The last hash: write it down (or keep it with a backup) to compare later.
    pub head: String,
    pub intact: bool,
}

/// Both chains.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct HistoryReport {
    pub intact: bool,
    pub chains: Vec<ChainReport>,
    pub problems: Vec<Tampering>,
}

impl Desk {
    /// Verifies both chains. Rows appended meanwhile by other workstations
    /// are taken into account (the head is read again at the end).
    pub fn verify_history(&self) -> Result<HistoryReport> {
        let mut chains = Vec::new();
        let mut problems = Vec::new();
        for chain in Chain::ALL {
            let (report, mut found) = self.verify_chain(chain)?;
            chains.push(report);
            problems.append(&mut found);
        }
        Ok(HistoryReport {
            intact: problems.is_empty(),
            chains,
            problems,
        })
    }

    fn verify_chain(&self, chain: Chain) -> Result<(ChainReport, Vec<Tampering>)> {
        let mut found = Vec::new();
        let mut note = |id: Option<i64>, what: String| {
            if found.len() < MAX_FINDINGS {
                found.push(Tampering { chain, id, what });
            }
        };
        let mut prev = GENESIS.to_owned();
        let mut rows: u64 = 0;
        let mut after = 0i64;
        let mut head: Option<ChainHead> = None;
        // A few rounds: appends that land while the walk runs move the head.
        for _round in 0..4 {
            loop {
                let page = self.read()?.chain_rows(chain, after, PAGE)?;
                let Some(last) = page.last() else { break };
                after = last.id;
                for row in &page {
                    rows += 1;
                    if row.prev_hash != prev {
                        note(
                            Some(row.id),
                            if row.prev_hash.is_empty() {
                                "this row has no link to the one before it (added past CareDesk)"
                                    .into()
                            } else {
                                "this row does not follow the row before it: a row was removed or slipped in just before it".into()
                            },
                        );
                    }
                    if link_hash(&row.prev_hash, row.id, &row.link) != row.hash {
                        note(
                            Some(row.id),
                            "this row was rewritten: its columns do not match its hash".into(),
                        );
                    }
                    prev = row.hash.clone();
                }
                if page.len() < PAGE {
                    break;
                }
            }
            head = self.read()?.chain_head(chain)?;
            match &head {
                Some(h) if h.rows == rows && h.hash == prev => break,
                // Appended meanwhile: read on.
                Some(h) if h.rows > rows => continue,
                _ => break,
            }
        }
        match head {
            None => note(None, "the chain's head is missing".into()),
            Some(h) => {
                if h.rows != rows {
                    note(
                        None,
                        format!(
                            "the chain holds {rows} rows but its head counts {}: rows were removed or added past CareDesk",
                            h.rows
                        ),
                    );
                } else if h.hash != prev {
                    note(
                        None,
                        "the last row is not the one the head recorded: the end of the chain was changed".into(),
                    );
                }
            }
        }
        Ok((
            ChainReport {
                chain,
                rows,
                head: prev,
                intact: found.is_empty(),
            },
            found,
        ))
    }
}
