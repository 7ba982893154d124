//! Claim reports as CSV: a header row, then one row per claim.
//!
//! The columns are a stable contract (documented in `docs/export-columns.md`);
//! new columns are only ever added at the end. Values are codes, not labels
//! (`propellers`, `awaiting_product`), dates are `YYYY-MM-DD`, money is a
//! decimal with a dot and its currency in the next column. Cells holding
//! several values join them with `"; "`; the reasons, which are sentences,
//! are joined with `" | "`. Parts are `code:quantity` (`aircraft:1;
//! propellers:2`). Quoting is the `csv` crate's (RFC 4180), UTF-8. A file
//! for a spreadsheet starts with a byte-order mark ([`write_bom`]: the
//! window's exports, `--bom` on the command line), without which Excel reads
//! UTF-8 as the system's code page and Chinese or Korean comes out garbled;
//! scripts get plain UTF-8.
//!
//! | # | column | meaning |
//! |---|---|---|
//! | 1 | `claim_id` | `CL-2026-000123` |
//! | 2 | `submitted_on` | day the claim was taken in |
//! | 3 | `decided_on` | day of the decision |
//! | 4 | `serial` | product serial the claim is for |
//! | 5 | `model` | model name |
//! | 6 | `series` | catalog series |
//! | 7 | `kind` | `replacement` or `extended_warranty` |
//! | 8 | `channel` | service channel: `online`, `express`, `ssc` |
//! | 9 | `service_region` | where the service was applied for |
//! | 10 | `cause` | cause of damage code |
//! | 11 | `parts` | `code:quantity; …` |
//! | 12 | `exclusions` | exclusion codes observed, `; `-joined |
//! | 13 | `status` | claim status code |
//! | 14 | `decision` | `approved` or `refused` |
//! | 15 | `plan` | plan the decision was made under, empty if none |
//! | 16 | `rule_ids` | every failing rule ID, `; `-joined, spec order |
//! | 17 | `reasons` | the matching reasons, ` \| `-joined, same order |
//! | 18 | `interpretations` | interpretation IDs that shaped the decision |
//! | 19 | `customer_pays` | charge codes, `; `-joined |
//! | 20 | `fee` | replacement fee, `79.00`; empty if none |
//! | 21 | `fee_currency` | `USD`; empty if no fee |
//! | 22 | `replacement_serial` | serial of the unit shipped as the replacement |
//! | 23 | `replacements_left_after` | on the plan in effect, once done |
//! | 24 | `shipped_on` | day the parts were shipped |
//! | 25 | `product_channel` | sales channel of the product |
//! | 26 | `product_region` | region the product was bought in |
//! | 27 | `product_status` | `active` or `reclaimed` |
//! | 28 | `events` | number of timeline events |
//! | 29 | `last_event_at` | time of the latest event (RFC 3339) |
//! | 30 | `ship_by` | last day the customer's parcel could be shipped |
//! | 31–34 | `inbound_carrier`, `inbound_tracking`, `inbound_shipped_on`, `inbound_received_on` | the inbound parcels, `; `-joined in the order recorded |
//! | 35–38 | `outbound_carrier`, `outbound_tracking`, `outbound_shipped_on`, `outbound_received_on` | the outbound parcels, the same way |
//! | 39 | `customer_id` | the claim's customer, empty if none |
//! | 40 | `customer_name` | their name as typed, `erased` once forgotten |
//! | 41–48 | `quote_amount` … `choice_at` | the paid-repair quote and the customer's choice (docs/export-columns.md) |

use super::{ClaimReport, ExpiringMeta, ExpiringPlanReport, ExportError, ParcelReport, Progress};
use crate::vocab::codes::ParcelDirection;
use serde::{Deserialize, Serialize};
use std::io::Write;

/// The claim columns, in order. Equal to the field order of [`ClaimCsvRow`].
pub const CLAIM_COLUMNS: &[&str] = &[
    "claim_id",
    "submitted_on",
    "decided_on",
    "serial",
    "model",
    "series",
    "kind",
    "channel",
    "service_region",
    "cause",
    "parts",
    "exclusions",
    "status",
    "decision",
    "plan",
    "rule_ids",
    "reasons",
    "interpretations",
    "customer_pays",
    "fee",
    "fee_currency",
    "replacement_serial",
    "replacements_left_after",
    "shipped_on",
    "product_channel",
    "product_region",
    "product_status",
    "events",
    "last_event_at",
    "ship_by",
    "inbound_carrier",
    "inbound_tracking",
    "inbound_shipped_on",
    "inbound_received_on",
    "outbound_carrier",
    "outbound_tracking",
    "outbound_shipped_on",
    "outbound_received_on",
    "customer_id",
    "customer_name",
    "quote_amount",
    "quote_currency",
    "quote_covers",
    "quote_valid_until",
    "quoted_by",
    "customer_choice",
    "choice_by",
    "choice_at",
];

/// Separator of multi-valued cells.
pub const LIST_SEPARATOR: &str = "; ";
/// Separator of the reasons (sentences may hold `;`).
pub const REASON_SEPARATOR: &str = " | ";

/// One CSV row, as written and as read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimCsvRow {
    pub claim_id: String,
    pub submitted_on: String,
    pub decided_on: String,
    pub serial: String,
    pub model: String,
    pub series: String,
    pub kind: String,
    pub channel: String,
    pub service_region: String,
    pub cause: String,
    pub parts: String,
    pub exclusions: String,
    pub status: String,
    pub decision: String,
    pub plan: String,
    pub rule_ids: String,
    pub reasons: String,
    pub interpretations: String,
    pub customer_pays: String,
    pub fee: String,
    pub fee_currency: String,
    pub replacement_serial: String,
    pub replacements_left_after: String,
    pub shipped_on: String,
    pub product_channel: String,
    pub product_region: String,
    pub product_status: String,
    pub events: String,
    pub last_event_at: String,
    pub ship_by: String,
    pub inbound_carrier: String,
    pub inbound_tracking: String,
    pub inbound_shipped_on: String,
    pub inbound_received_on: String,
    pub outbound_carrier: String,
    pub outbound_tracking: String,
    pub outbound_shipped_on: String,
    pub outbound_received_on: String,
    /// Added later: absent from older files.
    #[serde(default)]
    pub customer_id: String,
    #[serde(default)]
    pub customer_name: String,
    /// The paid-repair quote and the choice (issue 14): absent from older
    /// files.
    #[serde(default)]
    pub quote_amount: String,
    #[serde(default)]
    pub quote_currency: String,
    #[serde(default)]
    pub quote_covers: String,
    #[serde(default)]
    pub quote_valid_until: String,
    #[serde(default)]
    pub quoted_by: String,
    #[serde(default)]
    pub customer_choice: String,
    #[serde(default)]
    pub choice_by: String,
    #[serde(default)]
    pub choice_at: String,
}

/// One parcel field of a claim's parcels in one direction, `; `-joined in
/// the order recorded (an empty value where a parcel has no such day).
fn parcel_cell(
    c: &ClaimReport,
    direction: ParcelDirection,
    field: fn(&ParcelReport) -> String,
) -> String {
    c.parcels
        .iter()
        .filter(|p| p.direction == direction)
        .map(field)
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// A cell from the claim's quote, empty when it has none.
fn quote(c: &ClaimReport, cell: impl Fn(&super::QuoteReport) -> String) -> String {
    c.quote.as_ref().map(cell).unwrap_or_default()
}

/// The codes of a list, joined.
fn codes<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> String {
    items
        .iter()
        .map(|&v| code(v))
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

/// The characters that make a spreadsheet read a cell as a formula (or
/// strip it): `=`, `+`, `-`, `@`, tab, carriage return.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A cell as written: one that a spreadsheet would run as a formula (a
/// serial or note typed as `=HYPERLINK(…)`) gets a leading `'`, as OWASP
/// advises against CSV injection; every other cell is written as it is.
pub fn neutralise_cell(cell: String) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell
    }
}

impl ClaimCsvRow {
    /// Every cell through [`neutralise_cell`].
    fn neutralised(self) -> Self {
        let n = neutralise_cell;
        ClaimCsvRow {
            claim_id: n(self.claim_id),
            submitted_on: n(self.submitted_on),
            decided_on: n(self.decided_on),
            serial: n(self.serial),
            model: n(self.model),
            series: n(self.series),
            kind: n(self.kind),
            channel: n(self.channel),
            service_region: n(self.service_region),
            cause: n(self.cause),
            parts: n(self.parts),
            exclusions: n(self.exclusions),
            status: n(self.status),
            decision: n(self.decision),
            plan: n(self.plan),
            rule_ids: n(self.rule_ids),
            reasons: n(self.reasons),
            interpretations: n(self.interpretations),
            customer_pays: n(self.customer_pays),
            fee: n(self.fee),
            fee_currency: n(self.fee_currency),
            replacement_serial: n(self.replacement_serial),
            replacements_left_after: n(self.replacements_left_after),
            shipped_on: n(self.shipped_on),
            product_channel: n(self.product_channel),
            product_region: n(self.product_region),
            product_status: n(self.product_status),
            events: n(self.events),
            last_event_at: n(self.last_event_at),
            ship_by: n(self.ship_by),
            inbound_carrier: n(self.inbound_carrier),
            inbound_tracking: n(self.inbound_tracking),
            inbound_shipped_on: n(self.inbound_shipped_on),
            inbound_received_on: n(self.inbound_received_on),
            outbound_carrier: n(self.outbound_carrier),
            outbound_tracking: n(self.outbound_tracking),
            outbound_shipped_on: n(self.outbound_shipped_on),
            outbound_received_on: n(self.outbound_received_on),
            customer_id: n(self.customer_id),
            customer_name: n(self.customer_name),
            quote_amount: n(self.quote_amount),
            quote_currency: n(self.quote_currency),
            quote_covers: n(self.quote_covers),
            quote_valid_until: n(self.quote_valid_until),
            quoted_by: n(self.quoted_by),
            customer_choice: n(self.customer_choice),
            choice_by: n(self.choice_by),
            choice_at: n(self.choice_at),
        }
    }

    pub fn from_claim(c: &ClaimReport) -> Self {
        let join = |items: &mut dyn Iterator<Item = &str>, sep: &str| -> String {
            items.collect::<Vec<_>>().join(sep)
        };
        ClaimCsvRow {
            claim_id: c.claim_id.clone(),
            submitted_on: day(Some(c.submitted_on)),
            decided_on: day(c.decided_on),
            serial: c.product.serial.clone(),
            model: c.product.model.clone(),
            series: c.product.series.clone(),
            kind: c.kind.code().to_string(),
            channel: c.channel.code().to_string(),
            service_region: c.service_region.clone(),
            cause: c.cause.code().to_string(),
            parts: c
                .parts
                .iter()
                .map(|p| format!("{}:{}", p.part.code(), p.quantity))
                .collect::<Vec<_>>()
                .join(LIST_SEPARATOR),
            exclusions: codes(&c.exclusions, |e| e.code()),
            status: c.status.code().to_string(),
            decision: c.decision.code().to_string(),
            plan: c.plan.map(|p| p.code().to_string()).unwrap_or_default(),
            rule_ids: join(&mut c.rules.iter().map(|r| r.id.as_str()), LIST_SEPARATOR),
            reasons: join(
                &mut c.rules.iter().map(|r| r.reason.as_str()),
                REASON_SEPARATOR,
            ),
            interpretations: join(
                &mut c.interpretations.iter().map(|r| r.id.as_str()),
                LIST_SEPARATOR,
            ),
            customer_pays: codes(&c.customer_pays, |p| p.code()),
            fee: c.fee.as_ref().map(|f| f.decimal()).unwrap_or_default(),
            fee_currency: c
                .fee
                .as_ref()
                .map(|f| f.currency.clone())
                .unwrap_or_default(),
            replacement_serial: c.replacement_serial.clone().unwrap_or_default(),
            replacements_left_after: c
                .replacements_left_after
                .map(|n| n.to_string())
                .unwrap_or_default(),
            shipped_on: day(c.shipped_on),
            product_channel: c.product.channel.code().to_string(),
            product_region: c.product.region.clone(),
            product_status: c.product.status.code().to_string(),
            events: c.events.len().to_string(),
            last_event_at: c.events.last().map(|e| e.at.clone()).unwrap_or_default(),
            ship_by: day(c.ship_by),
            inbound_carrier: parcel_cell(c, ParcelDirection::Inbound, |p| p.carrier.clone()),
            inbound_tracking: parcel_cell(c, ParcelDirection::Inbound, |p| p.tracking.clone()),
            inbound_shipped_on: parcel_cell(c, ParcelDirection::Inbound, |p| day(p.shipped_on)),
            inbound_received_on: parcel_cell(c, ParcelDirection::Inbound, |p| day(p.received_on)),
            outbound_carrier: parcel_cell(c, ParcelDirection::Outbound, |p| p.carrier.clone()),
            outbound_tracking: parcel_cell(c, ParcelDirection::Outbound, |p| p.tracking.clone()),
            outbound_shipped_on: parcel_cell(c, ParcelDirection::Outbound, |p| day(p.shipped_on)),
            outbound_received_on: parcel_cell(c, ParcelDirection::Outbound, |p| day(p.received_on)),
            customer_id: c
                .customer
                .as_ref()
                .map(|x| x.id.to_string())
                .unwrap_or_default(),
            customer_name: c
                .customer
                .as_ref()
                .map(|x| x.name_or_erased().to_owned())
                .unwrap_or_default(),
            quote_amount: quote(c, |q| q.amount.decimal()),
            quote_currency: quote(c, |q| q.amount.currency.clone()),
            quote_covers: quote(c, |q| q.covers.clone()),
            quote_valid_until: quote(c, |q| day(q.valid_until)),
            quoted_by: quote(c, |q| q.quoted_by.clone()),
            customer_choice: quote(c, |q| {
                q.choice.map(|ch| ch.code().to_owned()).unwrap_or_default()
            }),
            choice_by: quote(c, |q| q.choice_by.clone().unwrap_or_default()),
            choice_at: quote(c, |q| q.choice_at.clone().unwrap_or_default()),
        }
        .neutralised()
    }

    /// The rule IDs of the `rule_ids` cell.
    pub fn rule_id_list(&self) -> Vec<&str> {
        split_list(&self.rule_ids, LIST_SEPARATOR)
    }

    /// The reasons of the `reasons` cell.
    pub fn reason_list(&self) -> Vec<&str> {
        split_list(&self.reasons, REASON_SEPARATOR)
    }
}

/// Splits a multi-valued cell; an empty cell is an empty list.
pub fn split_list<'a>(cell: &'a str, separator: &str) -> Vec<&'a str> {
    if cell.is_empty() {
        Vec::new()
    } else {
        cell.split(separator).collect()
    }
}

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Starts a CSV file with the byte-order mark (before the header row).
pub fn write_bom<W: Write>(out: &mut W) -> Result<(), ExportError> {
    out.write_all(BOM)?;
    Ok(())
}

/// How often the writers report progress (and look for a cancel).
pub(crate) const PROGRESS_EVERY: usize = 256;

/// Writes the header and one row per claim. `total` is what progress counts
/// towards. Returns the number of claims written.
pub fn write_claims<W, I>(
    out: W,
    total: usize,
    claims: I,
    progress: Progress,
) -> Result<usize, ExportError>
where
    W: Write,
    I: IntoIterator<Item = Result<ClaimReport, ExportError>>,
{
    let mut w = ::csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    w.write_record(CLAIM_COLUMNS)?;
    let mut done = 0;
    for claim in claims {
        w.serialize(ClaimCsvRow::from_claim(&claim?))?;
        done += 1;
        if done % PROGRESS_EVERY == 0 && !progress(done, total.max(done)) {
            return Err(ExportError::Cancelled);
        }
    }
    w.flush()?;
    if !progress(done, total.max(done)) {
        return Err(ExportError::Cancelled);
    }
    Ok(done)
}

/// Columns of the expiring coverage CSV, in order.
pub const EXPIRING_COLUMNS: &[&str] = &[
    "serial",
    "model",
    "plan",
    "service",
    "ends",
    "valid_through",
    "days_left",
];

/// Writes the expiring coverage report: one row per plan service ending soon.
pub fn write_expiring<W: Write>(
    out: W,
    _meta: &ExpiringMeta,
    plans: &[ExpiringPlanReport],
) -> Result<usize, ExportError> {
    let mut w = ::csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    w.write_record(EXPIRING_COLUMNS)?;
    for p in plans {
        w.write_record([
            neutralise_cell(p.serial.clone()),
            neutralise_cell(p.model.clone()),
            p.plan.code().to_owned(),
            p.service.code().to_owned(),
            day(Some(p.ends)),
            day(Some(p.valid_through)),
            p.days_left.to_string(),
        ])?;
    }
    w.flush()?;
    Ok(plans.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_matches_the_row_fields() {
        // Serializing with serde's own headers must give CLAIM_COLUMNS exactly,
        // so the documented order and the struct cannot drift apart.
        let mut w = ::csv::Writer::from_writer(Vec::new());
        let row = ClaimCsvRow {
            claim_id: String::new(),
            submitted_on: String::new(),
            decided_on: String::new(),
            serial: String::new(),
            model: String::new(),
            series: String::new(),
            kind: String::new(),
            channel: String::new(),
            service_region: String::new(),
            cause: String::new(),
            parts: String::new(),
            exclusions: String::new(),
            status: String::new(),
            decision: String::new(),
            plan: String::new(),
            rule_ids: String::new(),
            reasons: String::new(),
            interpretations: String::new(),
            customer_pays: String::new(),
            fee: String::new(),
            fee_currency: String::new(),
            replacement_serial: String::new(),
            replacements_left_after: String::new(),
            shipped_on: String::new(),
            product_channel: String::new(),
            product_region: String::new(),
            product_status: String::new(),
            events: String::new(),
            last_event_at: String::new(),
            ship_by: String::new(),
            inbound_carrier: String::new(),
            inbound_tracking: String::new(),
            inbound_shipped_on: String::new(),
            inbound_received_on: String::new(),
            outbound_carrier: String::new(),
            outbound_tracking: String::new(),
            outbound_shipped_on: String::new(),
            outbound_received_on: String::new(),
            customer_id: String::new(),
            customer_name: String::new(),
            quote_amount: String::new(),
            quote_currency: String::new(),
            quote_covers: String::new(),
            quote_valid_until: String::new(),
            quoted_by: String::new(),
            customer_choice: String::new(),
            choice_by: String::new(),
            choice_at: String::new(),
        };
        w.serialize(&row).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let header = text.lines().next().unwrap();
        assert_eq!(header, CLAIM_COLUMNS.join(","));
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_neutralised() {
        for bad in [
            "=1+1",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "=HYPERLINK(\"http://x\")",
        ] {
            assert_eq!(neutralise_cell(bad.into()), format!("'{bad}"), "{bad:?}");
        }
        for good in [
            "",
            "1SSDH7R00A0001",
            "DJI Mavic 3",
            "79.00",
            "a=b",
            "'quoted",
        ] {
            assert_eq!(neutralise_cell(good.into()), good, "{good:?}");
        }
    }

    #[test]
    fn empty_cells_are_empty_lists() {
        assert!(split_list("", LIST_SEPARATOR).is_empty());
        assert_eq!(
            split_list("REP-PART; REP-SHIP-LATE", LIST_SEPARATOR),
            ["REP-PART", "REP-SHIP-LATE"]
        );
    }
}
