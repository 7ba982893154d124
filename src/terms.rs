//! The terms of DJI Care Refresh+ (`assets/terms.txt`) and which clause each
//! rule rests on (`assets/rule_clauses.json`, data): every rule ID the desk
//! shows opens the words of the terms behind it.

use crate::rules::RuleId;
use std::collections::BTreeMap;
use std::path::Path;

const BUILTIN_TERMS: &str = include_str!("../assets/terms.txt");
const BUILTIN_CLAUSES: &str = include_str!("../assets/rule_clauses.json");

/// A broken terms or clause file: names the file and what is wrong.
#[derive(Debug, thiserror::Error)]
pub enum TermsError {
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("{file}: cannot read: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
}

/// One passage of the terms: its first line number (1-based) and its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub first_line: usize,
    pub lines: Vec<String>,
}

/// The terms and the rule → clause map.
#[derive(Debug, Clone)]
pub struct Terms {
    lines: Vec<String>,
    clauses: BTreeMap<RuleId, Vec<(usize, usize)>>,
}

impl Terms {
    /// The copy built into the binary.
    pub fn builtin() -> Result<Terms, TermsError> {
        Self::from_texts(
            ("terms.txt", BUILTIN_TERMS),
            ("rule_clauses.json", BUILTIN_CLAUSES),
        )
    }

    /// From the asset folder when it has both files, else the built-in copy.
    pub fn load_default() -> Result<Terms, TermsError> {
        match crate::catalog::Catalog::asset_dir() {
            Some(dir) if dir.join("terms.txt").is_file() => Self::load_dir(&dir),
            _ => Self::builtin(),
        }
    }

    pub fn load_dir(dir: &Path) -> Result<Terms, TermsError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|source| TermsError::Io {
                file: path.display().to_string(),
                source,
            })
        };
        let terms = read("terms.txt")?;
        let clauses = read("rule_clauses.json")?;
        Self::from_texts(("terms.txt", &terms), ("rule_clauses.json", &clauses))
    }

    pub fn from_texts(
        (terms_file, terms): (&str, &str),
        (clauses_file, clauses): (&str, &str),
    ) -> Result<Terms, TermsError> {
        let lines: Vec<String> = terms.lines().map(str::to_owned).collect();
        if lines.iter().all(|l| l.trim().is_empty()) {
            return Err(TermsError::Invalid {
                file: terms_file.to_owned(),
                message: "the terms are empty".into(),
            });
        }
        let invalid = |message: String| TermsError::Invalid {
            file: clauses_file.to_owned(),
            message,
        };
        let raw: BTreeMap<String, serde_json::Value> =
            serde_json::from_str(clauses).map_err(|e| invalid(e.to_string()))?;
        let mut map = BTreeMap::new();
        for (key, value) in raw {
            if key.starts_with('_') {
                continue;
            }
            let rule = RuleId::from_id(&key)
                .ok_or_else(|| invalid(format!("`{key}` is not a rule ID")))?;
            let ranges: Vec<(usize, usize)> = serde_json::from_value(value)
                .map_err(|e| invalid(format!("{key}: expected [[first, last], …]: {e}")))?;
            for &(first, last) in &ranges {
                if first == 0 || first > last || last > lines.len() {
                    return Err(invalid(format!(
                        "{key}: lines {first}–{last} are not within the terms' {} lines",
                        lines.len()
                    )));
                }
            }
            map.insert(rule, ranges);
        }
        Ok(Terms {
            lines,
            clauses: map,
        })
    }

    /// The passages of the terms `rule` rests on (empty when not mapped).
    pub fn clauses(&self, rule: RuleId) -> Vec<Clause> {
        self.clauses
            .get(&rule)
            .into_iter()
            .flatten()
            .map(|&(first, last)| Clause {
                first_line: first,
                lines: self.lines[first - 1..last].to_vec(),
            })
            .collect()
    }

    /// The rules that have at least one clause.
    pub fn mapped_rules(&self) -> impl Iterator<Item = RuleId> + '_ {
        self.clauses.keys().copied()
    }

    /// The whole text, line by line.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }
}
