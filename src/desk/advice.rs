//! SPEC §5 beside every decision the desk makes: the rules' advice
//! (`rules::advice`) and its words, in the desk's language, as the window
//! shows them and as they are kept with a claim (with the same words in the
//! desk's other languages).

use crate::catalog::Catalog;
use crate::i18n::{self, Lang};
use crate::rules::RequestKind;
use crate::rules::decide::ship_limit;
use crate::rules::explain::detailed_reason;
use crate::rules::request::DecisionRequest;
use crate::rules::{Advice, Decision, advise};
use crate::store::{AdviceRecord, AdviceStepRecord, AdviceWords};
use crate::tr_in;
use crate::vocab::codes::Verdict;

/// A decision with what would make it approvable, and until when.
#[derive(Clone, Debug)]
pub struct AdvisedDecision {
    pub decision: Decision,
    /// The steps with their remedies (what a button applies to the form).
    pub advice: Advice,
    /// The same in words: the reasons naming what was observed, each step's
    /// text, the windows.
    pub shown: AdviceRecord,
}

/// Decides nothing: advises on `decision`, which the rules made for `req`.
pub(super) fn advised(
    catalog: &Catalog,
    req: &DecisionRequest,
    decision: Decision,
) -> AdvisedDecision {
    let lang = crate::i18n::current();
    let advice = advise(catalog, req, &decision);
    let shown = advice_record(catalog, req, &advice, lang);
    AdvisedDecision {
        decision,
        advice,
        shown,
    }
}

/// The advice in words, in `lang`, and in the desk's other languages (kept
/// with a claim, read in whichever language the desk is later in).
pub(super) fn advice_record(
    catalog: &Catalog,
    req: &DecisionRequest,
    advice: &Advice,
    lang: Lang,
) -> AdviceRecord {
    kept(advice, lang, |lang| AdviceWords {
        reasons: (advice.steps.iter())
            .map(|s| detailed_reason(catalog, req, s.rule, lang))
            .collect(),
        texts: (advice.steps.iter())
            .map(|s| s.text(catalog, req, lang))
            .collect(),
        window: window_text(req, advice, lang),
    })
}

/// `advice` as kept with a claim: its steps in `words(lang)`, the same words
/// in the desk's other languages.
fn kept(advice: &Advice, lang: Lang, words: impl Fn(Lang) -> AdviceWords) -> AdviceRecord {
    let shown = words(lang);
    AdviceRecord {
        steps: (advice.steps.iter().zip(shown.reasons).zip(shown.texts))
            .map(|((s, reason), text)| AdviceStepRecord {
                rule: s.rule.id().to_owned(),
                reason,
                remedy: s.remedy.code().to_owned(),
                text,
            })
            .collect(),
        after_steps: Verdict::of(advice.approved_after_steps),
        approved_through: advice.approved_through,
        approvable_from: advice.approvable_from,
        window: shown.window,
        other_languages: Lang::all()
            .filter(|l| *l != lang)
            .map(|l| (l.tag().to_owned(), words(l)))
            .collect(),
    }
}

/// How long the decision holds, or from when it would be approved, in the
/// words of what is being decided: a sale says until when CR+ can be
/// bought, a claim whose parts are not shipped yet by when they must be.
fn window_text(req: &DecisionRequest, advice: &Advice, lang: Lang) -> String {
    let day = |d| i18n::day(lang, d);
    if advice.steps.is_empty() {
        let Some(last) = advice.approved_through else {
            return tr_in!(lang, "advice-no-end");
        };
        let ship_deadline = req
            .claim
            .as_ref()
            .filter(|c| c.shipped.is_none())
            .and_then(|c| {
                let limit = ship_limit(req.kind, c.channel)?;
                c.submitted
                    .checked_add_days(chrono::Days::new(u64::try_from(limit).ok()?))
            });
        if req.kind == RequestKind::PlusPurchase {
            tr_in!(lang, "advice-buy-until", date = day(last))
        } else if ship_deadline == Some(last) {
            tr_in!(lang, "advice-ship-by", date = day(last))
        } else {
            tr_in!(lang, "advice-approved-through", date = day(last))
        }
    } else {
        match advice.approvable_from {
            Some(from) => tr_in!(lang, "advice-approvable-from", date = day(from)),
            None => tr_in!(lang, "advice-never-approvable"),
        }
    }
}

/// The advice on a claim closed as lapsed (its parcel was not shipped by
/// its ship-by day): the ship-late rule, which nothing at the counter fixes.
pub(super) fn lapsed(rule: crate::rules::RuleId, limit_days: i64) -> AdvisedDecision {
    let lang = crate::i18n::current();
    let advice = Advice {
        steps: vec![crate::rules::Step {
            rule,
            remedy: crate::rules::Remedy::None,
        }],
        approved_after_steps: false,
        approved_through: None,
        approvable_from: None,
    };
    let shown = kept(&advice, lang, |lang| AdviceWords {
        reasons: vec![rule.reason_in(lang).to_owned()],
        texts: vec![tr_in!(lang, "advice-none-ship-late", days = limit_days)],
        window: tr_in!(lang, "advice-never-approvable"),
    });
    AdvisedDecision {
        decision: Decision {
            plan: None,
            failed: vec![rule],
            replacements_left_after: None,
            customer_pays: Vec::new(),
            interpretations: Vec::new(),
        },
        advice,
        shown,
    }
}
