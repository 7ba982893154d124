//! The work queues of open claims (SPEC §6): overdue, awaiting product,
//! received, assessed, ready to ship, and all open — newest first by
//! default, with the count of every queue for the tabs. Nothing changes
//! state by itself: an overdue claim waits for a person to lapse it.

use super::{Desk, Result};
use crate::store::{
    ClaimFilter, ClaimQueue, ClaimSort, Deadline, QueueCounts, QueueFilter, QueueRow, WorkQueue,
};
use chrono::NaiveDate;

impl Desk {
    /// How many claims each queue holds on `as_of`.
    pub fn queue_counts(&self, as_of: NaiveDate) -> Result<QueueCounts> {
        self.read()?.queue_counts(as_of)
    }

    /// A page of a work queue on `as_of`, each claim with its deadline, and
    /// the counts of every queue. `filter` narrows further (kind, serial,
    /// dates); its own queue is replaced by `queue`.
    pub fn work_queue(
        &self,
        queue: ClaimQueue,
        as_of: NaiveDate,
        filter: &ClaimFilter,
        sort: ClaimSort,
        offset: usize,
        limit: usize,
    ) -> Result<WorkQueue> {
        let filter = ClaimFilter {
            queue: Some(QueueFilter { queue, as_of }),
            ..filter.clone()
        };
        let mut r = self.read()?;
        let counts = r.queue_counts(as_of)?;
        let total = r.count_claims(&filter)?;
        let claims = r
            .claims(&filter, sort, offset, limit)?
            .into_iter()
            .map(|row| QueueRow {
                deadline: Deadline::of(&row, as_of),
                row,
            })
            .collect();
        Ok(WorkQueue {
            queue,
            as_of,
            counts,
            total,
            claims,
        })
    }
}
