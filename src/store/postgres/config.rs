//! From a `postgres://` URL to a connection: the password (URL, then
//! `PGPASSWORD`, then `~/.pgpass` as libpq reads it), TLS per `sslmode`
//! (`disable`, `allow`/`prefer`, `require`, `verify-ca`, `verify-full`,
//! with `sslrootcert`), and a display form without the password.

use crate::store::{Result, StoreError};
use ::postgres::config::{Host, SslMode};
use ::postgres::{Client, Config, NoTls};
use postgres_native_tls::MakeTlsConnector;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where to connect and how; cheap to clone for each new connection.
#[derive(Clone)]
pub(crate) struct Target {
    config: Config,
    /// `None`: `sslmode=disable`.
    tls: Option<native_tls::TlsConnector>,
    /// The URL without its password, for people and logs.
    pub display: String,
}

/// The URL with any password removed (`postgres://ann@db/care`).
pub fn redact_url(url: &str) -> String {
    let (scheme, rest) = match url.split_once("://") {
        Some(p) => p,
        None => return url.to_owned(),
    };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => {
            let user = user.split_once(':').map_or(user, |(u, _)| u);
            format!("{user}@{host}")
        }
        None => authority.to_owned(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|kv| !kv.starts_with("password="))
                .collect();
            if kept.is_empty() {
                path.to_owned()
            } else {
                format!("{path}?{}", kept.join("&"))
            }
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// `%XX` decoding for the query values CareDesk reads itself.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(hex) = std::str::from_utf8(&bytes[i + 1..i + 3])
            && let Ok(b) = u8::from_str_radix(hex, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tls {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl Target {
    pub fn parse(url: &str) -> Result<Target> {
        let bad = |why: String| StoreError::CannotOpen(format!("{}: {why}", redact_url(url)));
        // sslmode's verify-* and sslrootcert are CareDesk's to handle; the
        // rest of the URL goes to the client as it is.
        let (base, query) = url.split_once('?').unwrap_or((url, ""));
        let mut mode = Tls::Prefer;
        let mut root_cert: Option<PathBuf> = None;
        let mut rest = Vec::new();
        for kv in query.split('&').filter(|kv| !kv.is_empty()) {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            match k {
                "sslmode" => {
                    mode = match percent_decode(v).as_str() {
                        "disable" => Tls::Disable,
                        "allow" | "prefer" => Tls::Prefer,
                        "require" => Tls::Require,
                        "verify-ca" => Tls::VerifyCa,
                        "verify-full" => Tls::VerifyFull,
                        other => {
                            return Err(bad(format!(
                                "sslmode `{other}` is not one of disable, allow, prefer, require, verify-ca, verify-full"
                            )));
                        }
                    }
                }
                "sslrootcert" => root_cert = Some(PathBuf::from(percent_decode(v))),
                _ => rest.push(kv),
            }
        }
        let plain = if rest.is_empty() {
            base.to_owned()
        } else {
            format!("{base}?{}", rest.join("&"))
        };
        let mut config: Config = plain.parse().map_err(|e| bad(format!("{e}")))?;
        if config.get_user().is_none() {
            let user = std::env::var("PGUSER")
                .or_else(|_| std::env::var("USER"))
                .or_else(|_| std::env::var("USERNAME"))
                .unwrap_or_else(|_| "postgres".into());
            config.user(&user);
        }
        if config.get_password().is_none() {
            if let Some(p) = std::env::var_os("PGPASSWORD").filter(|p| !p.is_empty()) {
                config.password(p.to_string_lossy().as_bytes());
            } else if let Some(p) = pgpass_password(&config) {
                config.password(p);
            }
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(5));
        }
        // Notice a dead server on an idle connection in about a minute, not two hours.
        if config.get_keepalives_idle() >= Duration::from_secs(7200) {
            config.keepalives_idle(Duration::from_secs(30));
        }
        if config.get_application_name().is_none() {
            config.application_name("caredesk");
        }
        if root_cert.is_some() && mode == Tls::Require {
            // libpq: `require` with a root certificate verifies the CA.
            mode = Tls::VerifyCa;
        }
        config.ssl_mode(match mode {
            Tls::Disable => SslMode::Disable,
            Tls::Prefer => SslMode::Prefer,
            _ => SslMode::Require,
        });
        let tls = if mode == Tls::Disable {
            None
        } else {
            let mut b = native_tls::TlsConnector::builder();
            match mode {
                Tls::Prefer | Tls::Require => {
                    // libpq's `prefer`/`require`: encrypted, certificate not checked.
                    b.danger_accept_invalid_certs(true);
                    b.danger_accept_invalid_hostnames(true);
                }
                Tls::VerifyCa => {
                    b.danger_accept_invalid_hostnames(true);
                }
                Tls::VerifyFull | Tls::Disable => {}
            }
            let default_root = std::env::var_os("HOME")
                .map(|h| Path::new(&h).join(".postgresql/root.crt"))
                .filter(|p| p.is_file());
            if let Some(path) = root_cert.or(default_root) {
                let pem = std::fs::read(&path)
                    .map_err(|e| bad(format!("sslrootcert {}: {e}", path.display())))?;
                let cert = native_tls::Certificate::from_pem(&pem)
                    .map_err(|e| bad(format!("sslrootcert {}: {e}", path.display())))?;
                b.add_root_certificate(cert);
            }
            Some(b.build().map_err(|e| bad(format!("TLS: {e}")))?)
        };
        Ok(Target {
            config,
            tls,
            display: redact_url(url),
        })
    }

    /// A new connection.
    pub fn connect(&self) -> Result<Client> {
        let r = match &self.tls {
            None => self.config.connect(NoTls),
            Some(tls) => self.config.connect(MakeTlsConnector::new(tls.clone())),
        };
        r.map_err(|e| match StoreError::from(e) {
            StoreError::ConnectionLost(m) => StoreError::ConnectionLost(format!(
                "cannot reach the database server at {}: {m}",
                self.display
            )),
            StoreError::CannotOpen(m) => StoreError::CannotOpen(format!("{}: {m}", self.display)),
            other => other,
        })
    }
}

/// The password for this connection in `PGPASSFILE` or `~/.pgpass`
/// (`host:port:database:user:password`, `*` matches anything). Like libpq,
/// a file others can read is ignored.
fn pgpass_password(config: &Config) -> Option<Vec<u8>> {
    let path = std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pgpass")))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        _ => "localhost".to_owned(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or_default().to_owned();
    let db = config
        .get_dbname()
        .map_or_else(|| user.clone(), str::to_owned);
    pgpass_lookup(&text, [&host, &port, &db, &user])
}

/// The first matching line's password.
fn pgpass_lookup(text: &str, want: [&str; 4]) -> Option<Vec<u8>> {
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut cur = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => cur.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut cur)),
                c => cur.push(c),
            }
        }
        fields.push(cur);
        if fields.len() != 5 {
            continue;
        }
        if fields[..4]
            .iter()
            .zip(want)
            .all(|(f, w)| f == "*" || f == w)
        {
            return Some(fields[4].clone().into_bytes());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_never_shows_in_the_display_form() {
        assert_eq!(
            redact_url("postgres://ann:s3cret@db.example:5433/care?sslmode=require"),
            "postgres://ann@db.example:5433/care?sslmode=require"
        );
        assert_eq!(
            redact_url("postgresql://db/care?user=ann&password=s3cret&sslmode=disable"),
            "postgresql://db/care?user=ann&sslmode=disable"
        );
        assert_eq!(redact_url("postgres://db/care"), "postgres://db/care");
        assert_eq!(
            redact_url("postgres://ann:p%40ss@10.0.0.1/care?password=x"),
            "postgres://ann@10.0.0.1/care"
        );
    }

    #[test]
    fn pgpass_lines_match_like_libpq() {
        let text = "# comment\n\
                    other:5432:care:ann:wrong\n\
                    db\\:host:5432:*:ann:colon\n\
                    db:*:care:ann:pa\\:ss\n\
                    *:*:*:*:fallback\n";
        assert_eq!(
            pgpass_lookup(text, ["db", "5432", "care", "ann"]),
            Some(b"pa:ss".to_vec())
        );
        assert_eq!(
            pgpass_lookup(text, ["db:host", "5432", "x", "ann"]),
            Some(b"colon".to_vec())
        );
        assert_eq!(
            pgpass_lookup(text, ["elsewhere", "1", "x", "bob"]),
            Some(b"fallback".to_vec())
        );
        assert_eq!(
            pgpass_lookup("db:5432:care:ann", ["db", "5432", "care", "ann"]),
            None
        );
    }

    #[test]
    fn sslmode_values_are_checked_and_verify_modes_accepted() {
        for mode in [
            "disable",
            "allow",
            "prefer",
            "require",
            "verify-ca",
            "verify-full",
        ] {
            let t = Target::parse(&format!("postgres://u:p@127.0.0.1:1/db?sslmode={mode}"));
            assert!(t.is_ok(), "{mode}: {:?}", t.err());
        }
        let e = Target::parse("postgres://u:secret@127.0.0.1:1/db?sslmode=sometimes")
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("sslmode `sometimes`"), "{e}");
        assert!(!e.contains("secret"), "{e}");
    }
}
