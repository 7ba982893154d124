//! Reading claims for reports and exports: pages of claims with everything a
//! claim report shows (decision, input, product, plans, events) in two
//! queries per page, so exporting 100,000 claims does not cost 400,000
//! round trips. Pages follow claim-id order with keyset paging (`after`), so
//! claims filed during an export never shift or repeat a page.

use super::claims::{FILTER_WHERE, filter_params};
use super::model::*;
use super::sql::{Day, Ts};
use super::{Result, Store, StoreError};
use crate::rules::codes::{Charge, PlanKind, SalesChannel, Term};
use crate::rules::request::{BasePlan, PlusPlan};
use crate::rules::{Decision, Interpretation, Region, RuleId};
use chrono::NaiveDate;
use rusqlite::params;
use std::collections::HashMap;

/// One claim with everything a claim report needs.
#[derive(Clone, Debug)]
pub struct ClaimForReport {
    pub id: String,
    pub kind: ClaimKind,
    pub status: ClaimStatus,
    pub decision: Decision,
    pub input: ClaimInput,
    pub submitted_on: NaiveDate,
    /// The application date the rules decided on.
    pub decided_on: NaiveDate,
    pub fee: Option<Money>,
    pub replacement_serial: Option<String>,
    /// The unit the claim was filed for (it may since have been reclaimed).
    pub product: ProductRecord,
    /// The plans bound to the unit (shared along its replacement chain).
    pub base_plan: Option<BasePlan>,
    pub plus_plan: Option<PlusPlan>,
    pub events: Vec<ClaimEvent>,
}

const REPORT_SELECT: &str = "SELECT
    c.id, c.kind, c.status, c.approved, c.plan, c.rules, c.interpretations, c.customer_pays,
    c.replacements_left_after, c.input, c.submitted_on, c.decided_on, c.fee_cents,
    c.fee_currency, c.replacement_serial,
    p.id, p.serial, p.model, p.channel, p.region, p.status, p.replaced_by, p.replaces,
    b.term, b.region, b.starts, b.ends, b.replacements_total, b.replacements_used, b.withdrawn_on,
    x.id, x.region, x.bought, x.replacements_used, x.warranty_repairs_used, x.withdrawn_on,
    x.returned_on
  FROM claims c
  JOIN products p ON p.id = c.product_id
  LEFT JOIN base_plans b ON b.id = p.base_plan_id
  LEFT JOIN plus_plans x ON x.base_plan_id = b.id";

/// CR columns: term, region, starts, ends, total, used, withdrawn on.
type RawBase = (Term, Region, Day, Day, u32, u32, Option<Day>);
/// CR+ columns: region, bought, replacements used, repairs used, withdrawn or returned.
type RawPlus = (Region, Day, u32, u32, bool);

/// The claim columns as read, before the JSON and catalog lookups.
struct Raw {
    id: String,
    kind: ClaimKind,
    status: ClaimStatus,
    approved: bool,
    plan: Option<PlanKind>,
    rules: String,
    interpretations: String,
    customer_pays: String,
    left_after: Option<u32>,
    input: String,
    submitted_on: Day,
    decided_on: Day,
    fee_cents: Option<i64>,
    fee_currency: Option<String>,
    replacement_serial: Option<String>,
    product: (
        i64,
        String,
        String,
        SalesChannel,
        Region,
        ProductStatus,
        Option<String>,
        Option<String>,
    ),
    base: Option<RawBase>,
    plus: Option<RawPlus>,
}

fn raw(r: &rusqlite::Row<'_>) -> rusqlite::Result<Raw> {
    let base = match r.get::<_, Option<Term>>(23)? {
        None => None,
        Some(term) => Some((
            term,
            r.get(24)?,
            r.get(25)?,
            r.get(26)?,
            r.get(27)?,
            r.get(28)?,
            r.get(29)?,
        )),
    };
    let plus = match r.get::<_, Option<i64>>(30)? {
        None => None,
        Some(_) => Some((
            r.get(31)?,
            r.get(32)?,
            r.get(33)?,
            r.get(34)?,
            // A returned CR+ no longer serves; the rules see it withdrawn.
            r.get::<_, Option<Day>>(35)?.is_some() || r.get::<_, Option<Day>>(36)?.is_some(),
        )),
    };
    Ok(Raw {
        id: r.get(0)?,
        kind: r.get(1)?,
        status: r.get(2)?,
        approved: r.get(3)?,
        plan: r.get(4)?,
        rules: r.get(5)?,
        interpretations: r.get(6)?,
        customer_pays: r.get(7)?,
        left_after: r.get(8)?,
        input: r.get(9)?,
        submitted_on: r.get(10)?,
        decided_on: r.get(11)?,
        fee_cents: r.get(12)?,
        fee_currency: r.get(13)?,
        replacement_serial: r.get(14)?,
        product: (
            r.get(15)?,
            r.get(16)?,
            r.get(17)?,
            r.get(18)?,
            r.get(19)?,
            r.get(20)?,
            r.get(21)?,
            r.get(22)?,
        ),
        base,
        plus,
    })
}

fn json_list(id: &str, what: &str, text: &str) -> Result<Vec<String>> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("claim {id} {what}: {e}")))
}

impl Store {
    /// Up to `limit` claims matching `filter` (or just the claim `only`), in
    /// claim-id order, after the claim id `after`. An empty page is the end.
    pub fn claims_for_report(
        &self,
        filter: &ClaimFilter,
        only: Option<&str>,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<ClaimForReport>> {
        let only = only.map(|s| s.trim().to_ascii_uppercase());
        let mut st = self.conn.prepare_cached(&format!(
            "{REPORT_SELECT} {FILTER_WHERE}
               AND (?6 IS NULL OR c.id = ?6) AND (?7 IS NULL OR c.id > ?7)
             ORDER BY c.id LIMIT ?8"
        ))?;
        let [a, b, c, d, e] = filter_params(filter);
        let raws = st
            .query_map(params![a, b, c, d, e, only, after, limit as i64], raw)?
            .collect::<rusqlite::Result<Vec<Raw>>>()?;
        let mut events = self.events_of(raws.iter().map(|r| r.id.as_str()))?;
        raws.into_iter()
            .map(|r| {
                let ev = events.remove(&r.id).unwrap_or_default();
                self.build_report_claim(r, ev)
            })
            .collect()
    }

    /// The timelines of the given claims, in event order.
    fn events_of<'a>(
        &self,
        ids: impl Iterator<Item = &'a str>,
    ) -> Result<HashMap<String, Vec<ClaimEvent>>> {
        let ids: Vec<&str> = ids.collect();
        let mut out: HashMap<String, Vec<ClaimEvent>> = HashMap::with_capacity(ids.len());
        // SQLite takes at most 32,766 parameters; stay far below.
        for chunk in ids.chunks(500) {
            let marks = vec!["?"; chunk.len()].join(",");
            let mut st = self.conn.prepare_cached(&format!(
                "SELECT e.claim_id, e.at, s.name, e.from_status, e.to_status, e.note
                   FROM claim_events e JOIN staff s ON s.id = e.staff_id
                  WHERE e.claim_id IN ({marks}) ORDER BY e.claim_id, e.id"
            ))?;
            let rows = st.query_map(rusqlite::params_from_iter(chunk.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    ClaimEvent {
                        at: r.get::<_, Ts>(1)?.0,
                        who: r.get(2)?,
                        from: r.get(3)?,
                        to: r.get(4)?,
                        note: r.get(5)?,
                    },
                ))
            })?;
            for row in rows {
                let (id, event) = row?;
                out.entry(id).or_default().push(event);
            }
        }
        Ok(out)
    }

    fn build_report_claim(&self, r: Raw, events: Vec<ClaimEvent>) -> Result<ClaimForReport> {
        let id = r.id;
        let bad =
            |what: &str, v: &str| StoreError::Corrupt(format!("claim {id}: unknown {what} `{v}`"));
        let failed = json_list(&id, "rules", &r.rules)?
            .iter()
            .map(|v| RuleId::from_id(v).ok_or_else(|| bad("rule", v)))
            .collect::<Result<Vec<_>>>()?;
        if failed.is_empty() != r.approved {
            return Err(StoreError::Corrupt(format!(
                "claim {id}: decision does not match its rules"
            )));
        }
        let interpretations = json_list(&id, "interpretations", &r.interpretations)?
            .iter()
            .map(|v| Interpretation::from_id(v).ok_or_else(|| bad("interpretation", v)))
            .collect::<Result<Vec<_>>>()?;
        let customer_pays = json_list(&id, "customer_pays", &r.customer_pays)?
            .iter()
            .map(|v| v.parse::<Charge>().map_err(|_| bad("charge", v)))
            .collect::<Result<Vec<_>>>()?;
        let input: ClaimInput = serde_json::from_str(&r.input)
            .map_err(|e| StoreError::Corrupt(format!("claim {id} input: {e}")))?;

        let (pid, serial, model, channel, region, status, replaced_by, replaces) = r.product;
        let model_id = self.catalog.model_id(&model).ok_or_else(|| {
            StoreError::Corrupt(format!(
                "product {serial} has model `{model}`, which the catalog does not list"
            ))
        })?;
        let m = self.catalog.model(model_id);
        let product = ProductRecord {
            id: pid,
            serial,
            model: m.name.clone(),
            series: self.catalog.series_of(model_id).name.clone(),
            channel,
            region,
            status,
            replaced_by,
            replaces,
            international_service: m.international_service,
        };
        let base_plan =
            r.base.map(
                |(term, region, starts, ends, total, used, withdrawn)| BasePlan {
                    term,
                    region,
                    starts: starts.0,
                    ends: ends.0,
                    replacements_total: total,
                    replacements_used: used,
                    withdrawn: withdrawn.is_some(),
                },
            );
        let plus_plan = r
            .plus
            .map(|(region, bought, used, repairs, withdrawn)| PlusPlan {
                region,
                bought: bought.0,
                replacements_used: used,
                warranty_repairs_used: repairs,
                withdrawn,
            });
        Ok(ClaimForReport {
            decision: Decision {
                plan: r.plan,
                failed,
                replacements_left_after: r.left_after,
                customer_pays,
                interpretations,
            },
            id,
            kind: r.kind,
            status: r.status,
            input,
            submitted_on: r.submitted_on.0,
            decided_on: r.decided_on.0,
            fee: r
                .fee_cents
                .zip(r.fee_currency)
                .map(|(cents, currency)| Money { cents, currency }),
            replacement_serial: r.replacement_serial,
            product,
            base_plan,
            plus_plan,
            events,
        })
    }
}
