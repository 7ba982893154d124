//! The terms and the rule → clause map (`assets/terms.txt`,
//! `assets/rule_clauses.json`): every rule ID opens a passage that holds text,
//! and the map's passages say what the rule is about.

use caredesk::rules::RuleId;
use caredesk::terms::Terms;

#[test]
fn every_rule_opens_a_clause_with_text() {
    let terms = Terms::builtin().expect("built-in terms load");
    for rule in RuleId::ALL {
        let clauses = terms.clauses(*rule);
        assert!(!clauses.is_empty(), "{} has no clause", rule.id());
        for c in clauses {
            assert!(
                c.lines.iter().any(|l| !l.trim().is_empty()),
                "{}: line {} is blank",
                rule.id(),
                c.first_line
            );
        }
    }
}

#[test]
fn clauses_are_the_passages_the_rules_rest_on() {
    let terms = Terms::builtin().expect("built-in terms load");
    let text = |rule: RuleId| -> String {
        terms
            .clauses(rule)
            .iter()
            .flat_map(|c| c.lines.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (rule, words) in [
        (RuleId::BuyBaseTerm, "2-Year Plan"),
        (RuleId::BuyOnce, "eligible only once"),
        (RuleId::RepInAdvance, "cannot be used in advance"),
        (RuleId::RepShipLate, "seven natural days"),
        (RuleId::RepTransregional, "transregional"),
        (RuleId::RepPrivacy, "Privacy Policy"),
        (RuleId::RepMfgDefect, "manufacturing defect"),
        (RuleId::EwNotOffered, "do not provide extended warranty"),
        (RuleId::EwArea, "International Warranty Service"),
        (RuleId::RetServiceUsed, "cannot be returned"),
        (RuleId::RepExcluded, "illegal activities"),
        (RuleId::EwExcluded, "defective battery"),
    ] {
        let t = text(rule);
        assert!(t.contains(words), "{}: {words:?} not in {t:?}", rule.id());
    }
}

#[test]
fn a_bad_clause_file_names_the_file_and_the_problem() {
    let terms = "line one\nline two\n";
    let bad = [
        (r#"{"REP-NOPE": [[1, 1]]}"#, "not a rule ID"),
        (r#"{"REP-PART": [[2, 9]]}"#, "not within"),
        (r#"{"REP-PART": [[0, 1]]}"#, "not within"),
        (r#"{"REP-PART": "line 1"}"#, "expected"),
        ("{", "rule_clauses.json"),
    ];
    for (clauses, words) in bad {
        let e = Terms::from_texts(("terms.txt", terms), ("rule_clauses.json", clauses))
            .expect_err("refused")
            .to_string();
        assert!(e.contains("rule_clauses.json") && e.contains(words), "{e}");
    }
    let e = Terms::from_texts(("terms.txt", "\n \n"), ("rule_clauses.json", "{}"))
        .expect_err("empty terms")
        .to_string();
    assert!(e.contains("terms.txt"), "{e}");
}
