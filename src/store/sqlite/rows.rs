//! Row mapping: codes as TEXT (their one spelling), dates as `YYYY-MM-DD`,
//! timestamps as `YYYY-MM-DDTHH:MM:SS`.

use crate::rules::codes::{PlanKind, SalesChannel, ServiceChannel, Term};
use crate::rules::region::Region;
use crate::store::model::*;
use crate::store::{Result, StoreError};
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

macro_rules! text_code {
    ($($t:ty),+) => {$(
        impl ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.code()))
            }
        }
        impl FromSql for $t {
            fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
                let s = v.as_str()?;
                s.parse::<$t>().map_err(|e| FromSqlError::Other(e.to_string().into()))
            }
        }
    )+};
}
text_code!(
    Role,
    ProductStatus,
    ClaimKind,
    ClaimStatus,
    SalesChannel,
    Term,
    ServiceChannel,
    PlanKind,
    ParcelDirection
);

impl ToSql for Region {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for Region {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = v.as_str()?;
        Region::parse_shape(s)
            .ok_or_else(|| FromSqlError::Other(format!("bad region code `{s}`").into()))
    }
}

/// A calendar date column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day(pub NaiveDate);

impl ToSql for Day {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(day(self.0)))
    }
}

impl FromSql for Day {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = v.as_str()?;
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Day)
            .map_err(|e| FromSqlError::Other(format!("bad date `{s}`: {e}").into()))
    }
}

pub fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub fn ts(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

pub fn parse_ts(s: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
        .map_err(|e| StoreError::Corrupt(format!("bad timestamp `{s}`: {e}")))
}

impl ToSql for Ts {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(ts(self.0)))
    }
}

/// A timestamp column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ts(pub NaiveDateTime);

impl FromSql for Ts {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = v.as_str()?;
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
            .map(Ts)
            .map_err(|e| FromSqlError::Other(format!("bad timestamp `{s}`: {e}").into()))
    }
}

pub fn staff_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Staff> {
    Ok(Staff {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        has_pin: r.get(3)?,
        locked_until: r.get::<_, Option<Ts>>(4)?.map(|t| t.0),
    })
}

/// A JSON column.
pub struct Json<T>(pub T);

impl<T: serde::de::DeserializeOwned> FromSql for Json<T> {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = v.as_str()?;
        serde_json::from_str(s)
            .map(Json)
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}
