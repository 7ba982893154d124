//! Customers (SPEC §6): created or found at intake and at the CR+ sale,
//! linked to their products and claims, edited with an audit trail.
//!
//! Personal data never goes into the audit log: an entry names the customer
//! by id (`customer:12`) and the fields that changed; the old → new values
//! of an edit are kept beside it (`customer_changes`), where forgetting the
//! customer can redact them without touching the append-only log
//! (`privacy`).
//!
//! Text is kept exactly as typed — Chinese, Korean, accented Latin,
//! right-to-left scripts — with only the surrounding spaces of the one-line
//! fields (name, phone, email, language) trimmed; no case or Unicode
//! normalisation.

use super::{Desk, Result, audit, now};
use crate::i18n::Lang;
use crate::store::{
    ClaimRow, CustomerFields, CustomerRow, NewCustomer, ProductRecord, StoreError, Txn,
};
use crate::tr;
use chrono::NaiveDateTime;
use serde::Serialize;

/// Longest values kept, in characters.
const MAX_NAME: usize = 200;
const MAX_PHONE: usize = 40;
const MAX_EMAIL: usize = 254;
const MAX_LANG: usize = 35;
const MAX_ADDRESS: usize = 1_000;
const MAX_NOTES: usize = 4_000;

/// A customer as the desk shows it. Once forgotten, every personal field is
/// `None` and `erased` is true; their claims stay, showing "erased".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Customer {
    pub id: i64,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    /// Preferred language as given (`zh-Hant`, `ko`, `de`).
    pub lang: Option<String>,
    pub notes: Option<String>,
    /// The language of the papers the desk prints for them: their own when
    /// the desk has it, else English.
    pub papers_language: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub erased: bool,
    pub erased_at: Option<NaiveDateTime>,
}

impl Customer {
    pub(super) fn from_row(r: CustomerRow) -> Customer {
        let papers = r
            .lang
            .as_deref()
            .and_then(Lang::from_locale)
            .unwrap_or(Lang::EN);
        Customer {
            id: r.id,
            name: r.name,
            phone: r.phone,
            email: r.email,
            address: r.address,
            lang: r.lang,
            notes: r.notes,
            papers_language: papers.tag().to_owned(),
            created_at: r.created_at,
            updated_at: r.updated_at,
            erased: r.erased_at.is_some(),
            erased_at: r.erased_at,
        }
    }

    /// The name, or "erased" once the customer was forgotten.
    pub fn display_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| tr!("customer-erased"))
    }

    /// The language for their papers (receipt, label).
    pub fn papers_lang(&self) -> Lang {
        self.lang
            .as_deref()
            .and_then(Lang::from_locale)
            .unwrap_or(Lang::EN)
    }

    /// The personal fields, for an edit form.
    pub fn fields(&self) -> CustomerFields {
        CustomerFields {
            name: self.name.clone().unwrap_or_default(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            address: self.address.clone(),
            lang: self.lang.clone(),
            notes: self.notes.clone(),
        }
    }
}

/// A customer with what they are linked to: `caredesk customer show`.
#[derive(Clone, Debug, Serialize)]
pub struct CustomerDetail {
    #[serde(flatten)]
    pub customer: Customer,
    pub products: Vec<ProductRecord>,
    pub claims: Vec<ClaimRow>,
}

/// The subject of a customer's audit entries.
pub(super) fn subject(id: i64) -> String {
    format!("customer:{id}")
}

fn too_long(field: &str, max: usize) -> StoreError {
    StoreError::Invalid(tr!(
        "customer-field-too-long",
        field = field,
        max = max.to_string()
    ))
}

/// One line of text: no control characters.
fn one_line(field: &str, v: &str, max: usize) -> Result<()> {
    if v.chars().any(char::is_control) {
        return Err(StoreError::Invalid(tr!(
            "customer-field-control",
            field = field
        )));
    }
    if v.chars().count() > max {
        return Err(too_long(field, max));
    }
    Ok(())
}

/// Several lines: line breaks and tabs, no other control characters.
fn lines(field: &str, v: &str, max: usize) -> Result<()> {
    if v.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(StoreError::Invalid(tr!(
            "customer-field-control",
            field = field
        )));
    }
    if v.chars().count() > max {
        return Err(too_long(field, max));
    }
    Ok(())
}

/// `None` for a field left empty.
fn given(v: &Option<String>, trim: bool) -> Option<String> {
    let v = v.as_deref()?;
    let v = if trim { v.trim() } else { v };
    (!v.trim().is_empty()).then(|| v.to_owned())
}

/// The digits of a phone number (`+1 (555) 010-7788` → `15550107788`).
pub(super) fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Characters a phone number may hold besides digits.
fn phone_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.' | '/')
}

/// Checks a customer's fields and returns them as kept.
pub(crate) fn clean(f: &CustomerFields) -> Result<CustomerFields> {
    let name = f.name.trim().to_owned();
    if name.is_empty() {
        return Err(StoreError::Invalid(tr!("customer-name-missing")));
    }
    one_line("name", &name, MAX_NAME)?;
    let phone = given(&f.phone, true);
    if let Some(p) = &phone {
        one_line("phone", p, MAX_PHONE)?;
        if !p.chars().all(phone_char) || digits(p).len() < 3 {
            return Err(StoreError::Invalid(tr!(
                "customer-phone-invalid",
                phone = p.as_str()
            )));
        }
    }
    let email = given(&f.email, true);
    if let Some(e) = &email {
        one_line("email", e, MAX_EMAIL)?;
        let ok = match e.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !e.chars().any(char::is_whitespace)
            }
            None => false,
        };
        if !ok {
            return Err(StoreError::Invalid(tr!(
                "customer-email-invalid",
                email = e.as_str()
            )));
        }
    }
    let lang = given(&f.lang, true).map(|l| l.replace('_', "-"));
    if let Some(l) = &lang {
        let ok = l.len() <= MAX_LANG
            && l.split('-').enumerate().all(|(i, part)| {
                let n = part.len();
                let alnum = part.chars().all(|c| c.is_ascii_alphanumeric());
                if i == 0 {
                    (2..=3).contains(&n) && part.chars().all(|c| c.is_ascii_alphabetic())
                } else {
                    (1..=8).contains(&n) && alnum
                }
            });
        if !ok {
            return Err(StoreError::Invalid(tr!(
                "customer-lang-invalid",
                lang = l.as_str()
            )));
        }
    }
    let address = given(&f.address, false);
    if let Some(a) = &address {
        lines("address", a, MAX_ADDRESS)?;
    }
    let notes = given(&f.notes, false);
    if let Some(n) = &notes {
        lines("notes", n, MAX_NOTES)?;
    }
    Ok(CustomerFields {
        name,
        phone,
        email,
        address,
        lang,
        notes,
    })
}

/// What the search index holds for a customer: name and email in lower
/// case, the phone as typed and as digits, one per line (a search never
/// matches across two fields: it holds no line break).
pub(super) fn search_key(f: &CustomerFields) -> String {
    let mut parts = vec![f.name.to_lowercase()];
    if let Some(e) = &f.email {
        parts.push(e.to_lowercase());
    }
    if let Some(p) = &f.phone {
        parts.push(p.clone());
        let d = digits(p);
        if &d != p {
            parts.push(d);
        }
    }
    parts.join("\n")
}

/// A customer that exists and was not forgotten, locked for the transaction.
pub(super) fn usable_customer(tx: &mut dyn Txn, id: i64) -> Result<CustomerRow> {
    let row = tx
        .lock_customer(id)?
        .ok_or_else(|| StoreError::NotFound(tr!("customer-not-found", id = id.to_string())))?;
    if let Some(at) = row.erased_at {
        return Err(StoreError::Invalid(tr!(
            "customer-is-erased",
            id = id.to_string(),
            date = super::day(at.date())
        )));
    }
    Ok(row)
}

/// Adds a customer inside the caller's transaction (audited); returns the id.
pub(super) fn add_in(
    tx: &mut dyn Txn,
    actor: Option<i64>,
    fields: &CustomerFields,
    at: NaiveDateTime,
) -> Result<i64> {
    let ids = tx.insert_customers(&[NewCustomer {
        fields: fields.clone(),
        search_key: search_key(fields),
        at,
        by: actor,
    }])?;
    let id = *ids
        .first()
        .ok_or(StoreError::Unfinished("no id for the new customer"))?;
    audit(
        tx,
        actor,
        at,
        "add_customer",
        &subject(id),
        serde_json::json!({ "customer": id, "fields": field_names(fields) }),
    )?;
    Ok(id)
}

/// The names of the fields that hold a value (never the values).
fn field_names(f: &CustomerFields) -> Vec<&'static str> {
    let mut out = vec!["name"];
    for (name, v) in [
        ("phone", &f.phone),
        ("email", &f.email),
        ("address", &f.address),
        ("lang", &f.lang),
        ("notes", &f.notes),
    ] {
        if v.is_some() {
            out.push(name);
        }
    }
    out
}

/// The fields an edit changes: `(field, old, new)`.
fn changes(
    old: &CustomerRow,
    new: &CustomerFields,
) -> Vec<(&'static str, Option<String>, Option<String>)> {
    let mut out = Vec::new();
    let mut cmp = |field: &'static str, a: &Option<String>, b: Option<&String>| {
        if a.as_ref() != b {
            out.push((field, a.clone(), b.cloned()));
        }
    };
    cmp("name", &old.name, Some(&new.name));
    cmp("phone", &old.phone, new.phone.as_ref());
    cmp("email", &old.email, new.email.as_ref());
    cmp("address", &old.address, new.address.as_ref());
    cmp("lang", &old.lang, new.lang.as_ref());
    cmp("notes", &old.notes, new.notes.as_ref());
    out
}

/// Links a product to a customer inside the caller's transaction, when it
/// belongs to nobody yet; returns whether it was linked now.
pub(super) fn link_in(
    tx: &mut dyn Txn,
    actor: i64,
    product_id: i64,
    serial: &str,
    customer: i64,
    at: NaiveDateTime,
) -> Result<bool> {
    let linked = tx.link_product_customer(product_id, customer, at, Some(actor))?;
    if linked {
        audit(
            tx,
            Some(actor),
            at,
            "link_customer",
            serial,
            serde_json::json!({ "customer": customer }),
        )?;
    }
    Ok(linked)
}

impl Desk {
    /// Adds a customer (SPEC §6); `actor` is recorded (none for imports).
    pub fn add_customer(&self, actor: Option<i64>, fields: &CustomerFields) -> Result<Customer> {
        let fields = clean(fields)?;
        let id = self.write(|tx| add_in(tx, actor, &fields, now()))?;
        self.customer(id)
    }

    /// Adds many customers in one transaction, all or nothing (one audit
    /// entry with the count): imports and the benchmark's 300,000.
    pub fn add_customers(&self, actor: Option<i64>, batch: &[CustomerFields]) -> Result<Vec<i64>> {
        let at = now();
        let rows = batch
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let fields = clean(f).map_err(|e| {
                    StoreError::Invalid(tr!(
                        "customer-batch-row",
                        row = (i + 1).to_string(),
                        error = e.to_string()
                    ))
                })?;
                Ok(NewCustomer {
                    search_key: search_key(&fields),
                    fields,
                    at,
                    by: actor,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        self.write(|tx| {
            let ids = tx.insert_customers(&rows)?;
            audit(
                tx,
                actor,
                at,
                "add_customers",
                "customers",
                serde_json::json!({
                    "count": ids.len(),
                    "first": ids.first(),
                    "last": ids.last(),
                }),
            )?;
            Ok(ids)
        })
    }

    pub fn customer(&self, id: i64) -> Result<Customer> {
        self.read()?
            .customer(id)?
            .map(Customer::from_row)
            .ok_or_else(|| StoreError::NotFound(tr!("customer-not-found", id = id.to_string())))
    }

    /// A customer with their products and claims.
    pub fn customer_detail(&self, id: i64) -> Result<CustomerDetail> {
        let mut r = self.read()?;
        let customer = r
            .customer(id)?
            .map(Customer::from_row)
            .ok_or_else(|| StoreError::NotFound(tr!("customer-not-found", id = id.to_string())))?;
        let mut products = Vec::new();
        for pid in r.customer_product_ids(id)? {
            products.push(super::units::load_unit_by_id(&mut *r, &self.catalog, pid)?.product);
        }
        let mut claims = Vec::new();
        for cid in r.customer_claim_ids(id)? {
            if let Some(c) = r.claim(&cid)? {
                claims.push(c.row);
            }
        }
        Ok(CustomerDetail {
            customer,
            products,
            claims,
        })
    }

    /// Replaces a customer's personal fields. The audit log names the fields
    /// that changed; their old and new values are kept beside it, where
    /// forgetting the customer redacts them. An edit that changes nothing
    /// writes nothing.
    pub fn edit_customer(&self, actor: i64, id: i64, fields: &CustomerFields) -> Result<Customer> {
        self.write(|tx| {
            let old = usable_customer(tx, id)?;
            let fields = clean(fields)?;
            let changed = changes(&old, &fields);
            if changed.is_empty() {
                return Ok(());
            }
            let at = now();
            if !tx.update_customer(id, &fields, &search_key(&fields), at)? {
                return Err(StoreError::Unfinished("the customer changed meanwhile"));
            }
            let values: Vec<_> = changed
                .iter()
                .map(|(f, old, new)| serde_json::json!({ "field": f, "old": old, "new": new }))
                .collect();
            let change = tx.insert_customer_change(
                id,
                at,
                Some(actor),
                &serde_json::Value::Array(values).to_string(),
            )?;
            audit(
                tx,
                Some(actor),
                at,
                "edit_customer",
                &subject(id),
                serde_json::json!({
                    "customer": id,
                    "fields": changed.iter().map(|(f, _, _)| *f).collect::<Vec<_>>(),
                    "change": change,
                }),
            )
        })?;
        self.customer(id)
    }

    /// Links a product to its customer (it belongs to nobody yet, or to
    /// this customer already).
    pub fn link_customer(&self, actor: i64, serial: &str, customer: i64) -> Result<()> {
        let catalog = &*self.catalog;
        self.write(|tx| {
            usable_customer(tx, customer)?;
            let unit = super::units::load_unit(tx, catalog, serial)?;
            match tx.product_customer(unit.product.id)? {
                Some(other) if other != customer => Err(StoreError::Invalid(tr!(
                    "customer-product-linked",
                    serial = unit.product.serial.as_str(),
                    id = other.to_string()
                ))),
                Some(_) => Ok(()),
                None => link_in(
                    tx,
                    actor,
                    unit.product.id,
                    &unit.product.serial,
                    customer,
                    now(),
                )
                .map(|_| ()),
            }
        })
    }

    /// The customer a product belongs to, if any.
    pub fn product_customer(&self, serial: &str) -> Result<Option<Customer>> {
        let mut r = self.read()?;
        let unit = super::units::load_unit(&mut *r, &self.catalog, serial)?;
        match r.product_customer(unit.product.id)? {
            Some(id) => Ok(r.customer(id)?.map(Customer::from_row)),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(name: &str) -> CustomerFields {
        CustomerFields {
            name: name.into(),
            ..CustomerFields::default()
        }
    }

    #[test]
    fn fields_are_kept_as_typed_and_checked() {
        let f = clean(&CustomerFields {
            name: "  王小明 ".into(),
            phone: Some(" +886 (2) 2345-6789 ".into()),
            email: Some("Xiao.Ming@Example.TW".into()),
            address: Some("台北市信義區\n市府路 1 號".into()),
            lang: Some("zh_Hant".into()),
            notes: Some("  prefers LINE  ".into()),
        })
        .unwrap();
        assert_eq!(f.name, "王小明");
        assert_eq!(f.phone.as_deref(), Some("+886 (2) 2345-6789"));
        assert_eq!(f.email.as_deref(), Some("Xiao.Ming@Example.TW"));
        assert_eq!(f.address.as_deref(), Some("台北市信義區\n市府路 1 號"));
        assert_eq!(f.lang.as_deref(), Some("zh-Hant"));
        assert_eq!(f.notes.as_deref(), Some("  prefers LINE  "));
        assert_eq!(
            search_key(&f),
            "王小明\nxiao.ming@example.tw\n+886 (2) 2345-6789\n886223456789"
        );

        assert!(clean(&fields("   ")).is_err());
        for (phone, ok) in [("12", false), ("555-0100", true), ("call me", false)] {
            let r = clean(&CustomerFields {
                phone: Some(phone.into()),
                ..fields("A")
            });
            assert_eq!(r.is_ok(), ok, "{phone}");
        }
        for (email, ok) in [
            ("a@b.de", true),
            ("ab.de", false),
            ("a@b", false),
            ("a b@c.de", false),
        ] {
            let r = clean(&CustomerFields {
                email: Some(email.into()),
                ..fields("A")
            });
            assert_eq!(r.is_ok(), ok, "{email}");
        }
        for (lang, ok) in [
            ("ko", true),
            ("de-CH", true),
            ("zh-Hant-TW", true),
            ("k", false),
            ("日本", false),
        ] {
            let r = clean(&CustomerFields {
                lang: Some(lang.into()),
                ..fields("A")
            });
            assert_eq!(r.is_ok(), ok, "{lang}");
        }
        assert!(clean(&fields("a\u{0}b")).is_err());
        assert!(clean(&fields(&"x".repeat(201))).is_err());
    }
}
