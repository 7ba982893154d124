//! The workstation's fonts, for the scripts customers' names and notes come
//! in (SPEC §6: "Chinese, Korean, accented Latin, right-to-left scripts print
//! and display exactly as typed").
//!
//! [`discover`] looks the installed fonts up with `fontdb` (the directories
//! fontconfig knows, without linking fontconfig) and picks, for every
//! [`Script`], the first face of a preference list that really has the
//! script's sample glyphs — Noto Sans CJK / Source Han, Microsoft YaHei,
//! PingFang, Malgun Gothic for Han, kana and Hangul; Noto Sans or DejaVu Sans
//! for Cyrillic, Greek, Arabic and Hebrew — or, failing those, any installed
//! face that has them. What it finds serves both the window (`ui::fonts`) and
//! the PDFs (`report::pdf::font`); a script nothing covers is reported with
//! the package to install.
//!
//! Han characters look different in Chinese (simplified and traditional),
//! Japanese and Korean; [`HanVariant`] says which regional face to prefer.

use std::path::PathBuf;

/// A writing system the desk must show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    /// Accented Latin beyond Western European (ő, ł, ș).
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    /// Chinese characters, simplified and traditional.
    Han,
    /// Japanese hiragana and katakana.
    Kana,
    /// Korean.
    Hangul,
}

impl Script {
    pub const ALL: [Script; 8] = [
        Script::Latin,
        Script::Greek,
        Script::Cyrillic,
        Script::Hebrew,
        Script::Arabic,
        Script::Han,
        Script::Kana,
        Script::Hangul,
    ];

    /// A few characters a face must have to count as covering the script:
    /// common letters plus the ones fonts tend to miss.
    pub fn sample(self) -> &'static str {
        match self {
            Script::Latin => "ÄäÖöÜüßéèçñőłșŁ",
            Script::Greek => "ΑΒΓΔαβγδωΩ",
            Script::Cyrillic => "АБВГДабвгдЖжЯя",
            Script::Hebrew => "אבגדהשלום",
            Script::Arabic => "ابتثجحخمرحبا",
            Script::Han => "张伟客户電話话語语陈東东",
            Script::Kana => "あいうえおアイウエオ",
            Script::Hangul => "김민준가나다한국어",
        }
    }

    /// The script's name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "accented Latin",
            Script::Greek => "Greek",
            Script::Cyrillic => "Cyrillic",
            Script::Hebrew => "Hebrew",
            Script::Arabic => "Arabic",
            Script::Han => "Chinese",
            Script::Kana => "Japanese",
            Script::Hangul => "Korean",
        }
    }

    /// The Debian package that brings a font for it.
    pub fn package(self) -> &'static str {
        match self {
            Script::Han | Script::Kana | Script::Hangul => "fonts-noto-cjk",
            Script::Latin | Script::Greek | Script::Cyrillic => "fonts-dejavu-core",
            Script::Hebrew | Script::Arabic => "fonts-noto-core",
        }
    }

    /// Families to try first, best first. Names as the fonts spell them on
    /// Linux, Windows and macOS.
    fn preferred(self, han: HanVariant) -> Vec<&'static str> {
        match self {
            Script::Han | Script::Kana | Script::Hangul => {
                let mut v: Vec<&str> = match (self, han) {
                    (Script::Hangul, _) | (_, HanVariant::Korean) => {
                        vec!["Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic"]
                    }
                    (Script::Kana, _) | (_, HanVariant::Japanese) => {
                        vec!["Noto Sans CJK JP", "Source Han Sans JP", "Hiragino Sans"]
                    }
                    (_, HanVariant::Traditional) => vec![
                        "Noto Sans CJK TC",
                        "Source Han Sans TC",
                        "Microsoft JhengHei",
                        "PingFang TC",
                    ],
                    (_, HanVariant::Simplified) => vec![
                        "Noto Sans CJK SC",
                        "Source Han Sans SC",
                        "Microsoft YaHei",
                        "PingFang SC",
                    ],
                };
                v.extend([
                    "Noto Sans CJK SC",
                    "Source Han Sans SC",
                    "Source Han Sans",
                    "Microsoft YaHei",
                    "PingFang SC",
                    "Malgun Gothic",
                    "Apple SD Gothic Neo",
                    "Noto Sans CJK JP",
                    "WenQuanYi Micro Hei",
                    "WenQuanYi Zen Hei",
                    "Droid Sans Fallback",
                ]);
                v
            }
            Script::Arabic => vec![
                "Noto Sans Arabic",
                "Noto Naskh Arabic",
                "DejaVu Sans",
                "Segoe UI",
                "Arial",
                "Geeza Pro",
            ],
            Script::Hebrew => vec![
                "Noto Sans Hebrew",
                "DejaVu Sans",
                "Segoe UI",
                "Arial",
                "Arial Hebrew",
            ],
            Script::Latin | Script::Greek | Script::Cyrillic => vec![
                "Noto Sans",
                "DejaVu Sans",
                "Segoe UI",
                "Arial",
                "Helvetica Neue",
                "Liberation Sans",
            ],
        }
    }
}

/// Which regional glyphs of the shared Han characters to prefer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HanVariant {
    #[default]
    Simplified,
    Traditional,
    Japanese,
    Korean,
}

impl HanVariant {
    /// From a language tag (`zh-Hant`, `ko`, `ja`; anything else: simplified).
    pub fn for_language(tag: &str) -> HanVariant {
        let t = tag.to_ascii_lowercase();
        if t.starts_with("ko") {
            HanVariant::Korean
        } else if t.starts_with("ja") {
            HanVariant::Japanese
        } else if t.starts_with("zh")
            && ["hant", "tw", "hk", "mo"]
                .iter()
                .any(|p| t.split(['-', '_']).any(|s| s == *p))
        {
            HanVariant::Traditional
        } else {
            HanVariant::Simplified
        }
    }
}

/// One installed face chosen as a fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FallbackFace {
    /// The file, and the face's index in it (a `.ttc` holds several).
    pub path: PathBuf,
    pub index: u32,
    /// Its family name, e.g. `Noto Sans CJK SC`.
    pub family: String,
    pub bold: bool,
    /// The scripts it was chosen for.
    pub scripts: Vec<Script>,
}

/// What [`discover`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discovery {
    /// Regular faces, in fallback order.
    pub regular: Vec<FallbackFace>,
    /// Bold faces of the same families where installed (for the PDFs' headings).
    pub bold: Vec<FallbackFace>,
    /// Scripts no installed face covers.
    pub missing: Vec<Script>,
}

impl Discovery {
    /// One plain sentence per missing package, e.g. "Chinese, Japanese and
    /// Korean text needs a CJK font: install fonts-noto-cjk." Empty when
    /// every script is covered.
    pub fn missing_advice(&self) -> Vec<(String, &'static str)> {
        let mut by_package: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        for s in &self.missing {
            match by_package.iter_mut().find(|(p, _)| *p == s.package()) {
                Some((_, names)) => names.push(s.name()),
                None => by_package.push((s.package(), vec![s.name()])),
            }
        }
        by_package
            .into_iter()
            .map(|(package, names)| (join_names(&names), package))
            .collect()
    }
}

/// "Chinese", "Chinese and Korean", "Chinese, Japanese and Korean".
fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Every installed font (the system's font folders). Takes some tens of
/// milliseconds: call it off the UI thread.
pub fn system_database() -> fontdb::Database {
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    // Tests and unusual installs can add a folder.
    if let Some(dir) = std::env::var_os("CAREDESK_FONT_DIR") {
        db.load_fonts_dir(dir);
    }
    db
}

/// Whether the face has a glyph for every character of `sample`.
fn covers(db: &fontdb::Database, id: fontdb::ID, sample: &str) -> bool {
    db.with_face_data(id, |data, index| {
        ttf_parser::Face::parse(data, index)
            .map(|f| sample.chars().all(|c| f.glyph_index(c).is_some()))
            .unwrap_or(false)
    })
    .unwrap_or(false)
}

/// Regular (normal weight, upright) faces first, then the others.
fn faces_of<'a>(db: &'a fontdb::Database, family: &str, bold: bool) -> Vec<&'a fontdb::FaceInfo> {
    let mut faces: Vec<&fontdb::FaceInfo> = db
        .faces()
        .filter(|f| f.style == fontdb::Style::Normal)
        .filter(|f| f.families.iter().any(|(n, _)| n == family))
        .collect();
    let want = if bold { 700 } else { 400 };
    faces.sort_by_key(|f| (f.weight.0.abs_diff(want), f.index));
    faces
}

fn face_of(info: &fontdb::FaceInfo, bold: bool, script: Script) -> Option<FallbackFace> {
    let path = match &info.source {
        fontdb::Source::File(p) | fontdb::Source::SharedFile(p, _) => p.clone(),
        fontdb::Source::Binary(_) => return None,
    };
    Some(FallbackFace {
        path,
        index: info.index,
        family: info
            .families
            .first()
            .map(|(n, _)| n.clone())
            .unwrap_or_default(),
        bold,
        scripts: vec![script],
    })
}

/// Picks a fallback face for every script the fonts in `db` cover.
pub fn discover(db: &fontdb::Database, han: HanVariant) -> Discovery {
    let mut out = Discovery::default();
    let mut chosen: Vec<fontdb::ID> = Vec::new();
    for script in Script::ALL {
        let sample = script.sample();
        // A face already chosen may cover it (DejaVu Sans: Greek and Hebrew).
        if let Some(i) = chosen.iter().position(|&id| covers(db, id, sample)) {
            out.regular[i].scripts.push(script);
            continue;
        }
        let preferred = script
            .preferred(han)
            .into_iter()
            .flat_map(|family| faces_of(db, family, false))
            .find(|f| f.weight.0 <= 500 && covers(db, f.id, sample));
        // Otherwise any upright face that has the glyphs.
        let any = || {
            db.faces()
                .filter(|f| f.style == fontdb::Style::Normal && f.weight.0 <= 500)
                .find(|f| covers(db, f.id, sample))
        };
        let Some(info) = preferred.or_else(any) else {
            out.missing.push(script);
            continue;
        };
        let Some(face) = face_of(info, false, script) else {
            out.missing.push(script);
            continue;
        };
        chosen.push(info.id);
        // The bold face of the same family, when it has the glyphs too.
        if let Some(bold) = faces_of(db, &face.family, true)
            .into_iter()
            .find(|f| f.weight.0 >= 600 && covers(db, f.id, sample))
            .and_then(|f| face_of(f, true, script))
        {
            out.bold.push(bold);
        }
        out.regular.push(face);
    }
    // The bold list keeps the regular list's order and scripts.
    for b in &mut out.bold {
        if let Some(r) = out.regular.iter().find(|r| r.family == b.family) {
            b.scripts = r.scripts.clone();
        }
    }
    out.bold.dedup_by(|a, b| a.family == b.family);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_scripts_are_grouped_by_package() {
        let d = Discovery {
            missing: vec![Script::Arabic, Script::Han, Script::Hangul],
            ..Default::default()
        };
        assert_eq!(
            d.missing_advice(),
            vec![
                ("Arabic".to_string(), "fonts-noto-core"),
                ("Chinese and Korean".to_string(), "fonts-noto-cjk"),
            ]
        );
    }

    #[test]
    fn han_variants_follow_the_language() {
        assert_eq!(HanVariant::for_language("zh-Hant"), HanVariant::Traditional);
        assert_eq!(HanVariant::for_language("zh_TW"), HanVariant::Traditional);
        assert_eq!(HanVariant::for_language("zh-Hans"), HanVariant::Simplified);
        assert_eq!(HanVariant::for_language("ko"), HanVariant::Korean);
        assert_eq!(HanVariant::for_language("en"), HanVariant::Simplified);
    }
}
