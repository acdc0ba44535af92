//! `kubectl create secret generic|tls|docker-registry`: the Secret built
//! as kubectl's generators build it (keys checked, values base64), then
//! printed (`--dry-run=client -o …`) or created, with kubectl's errors.

use serde_json::{json, Map, Value};

use super::create::create_or_print;
use super::set_env::env_name_error;
use super::{fail, usage_error};
use crate::api::secret::base64;
use crate::api::validate::config_key_errors;
use crate::kubectl::cli::Call;
use crate::shell::{done, CommandFuture, Ctx, World};

type Data = Map<String, Value>;

/// kubectl's `addKeyFromLiteralToSecret`.
fn add(data: &mut Data, key: &str, value: &str) -> Result<(), String> {
    let errs = config_key_errors(key);
    if !errs.is_empty() {
        return Err(format!(
            "{key:?} is not valid key name for a Secret {}",
            errs.join(";")
        ));
    }
    if data.contains_key(key) {
        return Err(format!(
            "cannot add key {key}, another key by that name already exists"
        ));
    }
    data.insert(key.into(), Value::String(base64(value.as_bytes())));
    Ok(())
}

/// Reads a file of the learner's machine as `os.Stat` + `os.ReadFile` would.
fn read(w: &World, path: &str) -> Result<String, String> {
    let abs = w.abs_path(path);
    if w.fs.is_dir(&abs) {
        return Err(format!("read {path}: is a directory"));
    }
    w.fs.read(&abs)
        .map(str::to_string)
        .map_err(|_| format!("open {path}: no such file or directory"))
}

/// `--from-file=[key=]path` values: one file, or each regular file of a directory.
fn add_files(w: &World, data: &mut Data, sources: &[String]) -> Result<(), String> {
    for source in sources {
        let (key, path) = match source.split('=').collect::<Vec<_>>()[..] {
            [p] => (p.rsplit('/').next().unwrap_or(p), p),
            ["", p] => return Err(format!("key name for file path {p} missing")),
            [k, ""] => return Err(format!("file path for key name {k} missing")),
            [k, p] => (k, p),
            _ => return Err("key names or file paths cannot contain '='".into()),
        };
        let abs = w.abs_path(path);
        if w.fs.get(&abs).is_none() {
            return Err(format!("error reading {path}: no such file or directory"));
        }
        if !w.fs.is_dir(&abs) {
            add(data, key, &read(w, path)?)?;
            continue;
        }
        if source.contains('=') {
            return Err("cannot give a key name for a directory path".into());
        }
        let entries = w.fs.list(&abs).map_err(|e| e.to_string())?;
        for (name, _) in entries.iter().filter(|(_, n)| !n.is_dir()) {
            let file = format!("{}/{name}", path.trim_end_matches('/'));
            add(data, name, &read(w, &file)?)?;
        }
    }
    Ok(())
}

/// `--from-env-file` (kubectl's `AddFromEnvFile`): `KEY=VALUE` lines,
/// blank lines and `#` comments skipped, each pair given to `add`;
/// `what` names the file in the directory error (`secret`, `config`).
pub(super) fn add_env_files(
    w: &World,
    files: &[String],
    what: &str,
    add: &mut dyn FnMut(&str, &str) -> Result<(), String>,
) -> Result<(), String> {
    for path in files {
        let abs = w.abs_path(path);
        if w.fs.get(&abs).is_none() {
            return Err(format!("error reading {path}: no such file or directory"));
        }
        if w.fs.is_dir(&abs) {
            return Err(format!("env {what} file cannot be a directory"));
        }
        for (i, line) in read(w, path)?.lines().enumerate() {
            let line = if i == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            let line = line.trim_start();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // A bare `KEY` takes its value from kubectl's own environment: empty here.
            let (key, value) = line.split_once('=').unwrap_or((line, ""));
            if let Some(e) = env_name_error(key) {
                return Err(e);
            }
            add(key, value)?;
        }
    }
    Ok(())
}

/// Prints or creates `Secret NAME` of `ty` holding `data`.
fn finish(ctx: &mut Ctx, call: &Call, name: &str, ty: &str, data: Data) -> i32 {
    let mut secret = Data::new();
    secret.insert("apiVersion".into(), json!("v1"));
    secret.insert("kind".into(), json!("Secret"));
    secret.insert("metadata".into(), json!({ "name": name }));
    if !data.is_empty() {
        secret.insert("data".into(), Value::Object(data));
    }
    if !ty.is_empty() {
        secret.insert("type".into(), json!(ty));
    }
    create_or_print(ctx, call, Value::Object(secret), |e| {
        format!("failed to create secret {}", super::create::bare(e))
    })
}

/// The one NAME argument, or kubectl's usage error.
fn the_name(ctx: &mut Ctx, call: &Call) -> Result<String, i32> {
    match call.args.as_slice() {
        [name] => Ok(name.clone()),
        args => Err(usage_error(
            ctx,
            call,
            &format!("exactly one NAME is required, got {}", args.len()),
        )),
    }
}

/// `kubectl create secret generic NAME [--type] [--from-literal] [--from-file] [--from-env-file]`
pub fn generic(mut ctx: Ctx, call: Call) -> CommandFuture {
    let name = match the_name(&mut ctx, &call) {
        Ok(n) => n,
        Err(code) => return done(code),
    };
    let (literals, files, env_files) = (
        call.flags.all("from-literal"),
        call.flags.all("from-file"),
        call.flags.all("from-env-file"),
    );
    if !env_files.is_empty() && (!files.is_empty() || !literals.is_empty()) {
        return done(fail(
            &mut ctx,
            "from-env-file cannot be combined with from-file or from-literal",
        ));
    }
    let built = ctx.with_world(|w| {
        let mut data = Data::new();
        for literal in &literals {
            match literal.split_once('=') {
                Some((k, v)) if !k.is_empty() => add(&mut data, k, v)?,
                _ => {
                    return Err(format!(
                        "invalid literal source {literal}, expected key=value"
                    ))
                }
            }
        }
        add_files(w, &mut data, &files)?;
        add_env_files(w, &env_files, "secret", &mut |k, v| add(&mut data, k, v))?;
        Ok(data)
    });
    let code = match built {
        Ok(data) => finish(&mut ctx, &call, &name, &call.flags.str("type"), data),
        Err(e) => fail(&mut ctx, &e),
    };
    done(code)
}

/// A PEM text's blocks (type, DER bytes), as `pem.Decode` finds them.
fn pem_blocks(text: &str) -> Vec<(String, Vec<u8>)> {
    let mut blocks = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some(ty) = line
            .strip_prefix("-----BEGIN ")
            .and_then(|l| l.strip_suffix("-----"))
        else {
            continue;
        };
        let end = format!("-----END {ty}-----");
        let body: String = lines.by_ref().take_while(|l| *l != end).collect();
        if let Ok(der) = crate::api::secret::unbase64(&body) {
            blocks.push((ty.to_string(), der));
        }
    }
    blocks
}

/// `tls.X509KeyPair`'s checks of the PEM inputs, down to the outer DER
/// SEQUENCE (the certificate is not parsed further, nor matched to the key).
fn check_pair(cert: &str, key: &str) -> Result<(), String> {
    // Without the wanted block, every block found was skipped.
    let skipped = |blocks: &[(String, Vec<u8>)]| -> Vec<String> {
        blocks.iter().map(|b| b.0.clone()).collect()
    };
    let is_key = |t: &str| t == "PRIVATE KEY" || t.ends_with(" PRIVATE KEY");
    let certs = pem_blocks(cert);
    let Some((_, der)) = certs.iter().find(|b| b.0 == "CERTIFICATE") else {
        let other = skipped(&certs);
        return Err(match other.as_slice() {
            [] => "tls: failed to find any PEM data in certificate input".into(),
            [t] if t.ends_with("PRIVATE KEY") => "tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched".into(),
            _ => format!("tls: failed to find \"CERTIFICATE\" PEM block in certificate input after skipping PEM blocks of the following types: [{}]", other.join(" ")),
        });
    };
    let keys = pem_blocks(key);
    let Some((_, key_der)) = keys.iter().find(|b| is_key(&b.0)) else {
        let other = skipped(&keys);
        return Err(match other.as_slice() {
            [] => "tls: failed to find any PEM data in key input".into(),
            [t] if t == "CERTIFICATE" => "tls: found a certificate rather than a key in the PEM for the private key".into(),
            _ => format!("tls: failed to find PEM block with type ending in \"PRIVATE KEY\" in key input after skipping PEM blocks of the following types: [{}]", other.join(" ")),
        });
    };
    if der.first() != Some(&0x30) {
        return Err("x509: malformed certificate".into());
    }
    if key_der.first() != Some(&0x30) {
        return Err("tls: failed to parse private key".into());
    }
    Ok(())
}

/// `kubectl create secret tls NAME --cert=path --key=path`
pub fn tls(mut ctx: Ctx, call: Call) -> CommandFuture {
    let name = match the_name(&mut ctx, &call) {
        Ok(n) => n,
        Err(code) => return done(code),
    };
    let (cert, key) = (call.flags.str("cert"), call.flags.str("key"));
    if cert.is_empty() || key.is_empty() {
        return done(fail(&mut ctx, "key and cert must be specified"));
    }
    let pair = ctx.with_world(|w| {
        let text = |p: &str| read(w, p).map_err(|e| format!("Cannot read file {p}, {e}"));
        let (c, k) = (text(&cert)?, text(&key)?);
        check_pair(&c, &k)?;
        Ok::<_, String>((c, k))
    });
    let code = match pair {
        Ok((c, k)) => {
            let mut data = Data::new();
            data.insert("tls.crt".into(), json!(base64(c.as_bytes())));
            data.insert("tls.key".into(), json!(base64(k.as_bytes())));
            finish(&mut ctx, &call, &name, "kubernetes.io/tls", data)
        }
        Err(e) => fail(&mut ctx, &e),
    };
    done(code)
}

/// `kubectl create secret docker-registry NAME --docker-username … --docker-password … [--docker-server] [--docker-email]`
pub fn docker_registry(mut ctx: Ctx, call: Call) -> CommandFuture {
    let name = match the_name(&mut ctx, &call) {
        Ok(n) => n,
        Err(code) => return done(code),
    };
    let f = |k: &str| call.flags.str(k);
    let (user, password, email, server) = (
        f("docker-username"),
        f("docker-password"),
        f("docker-email"),
        f("docker-server"),
    );
    let files = call.flags.all("from-file");
    if files.is_empty() && [&user, &password, &server].iter().any(|s| s.is_empty()) {
        return done(fail(&mut ctx, "either --from-file or the combination of --docker-username, --docker-password and --docker-server is required"));
    }
    let mut data = Data::new();
    if files.is_empty() {
        // Go's struct order (username, password, email, auth), empty fields left out.
        let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let mut entry = vec![
            format!("\"username\":{}", q(&user)),
            format!("\"password\":{}", q(&password)),
        ];
        if !email.is_empty() {
            entry.push(format!("\"email\":{}", q(&email)));
        }
        entry.push(format!(
            "\"auth\":{}",
            q(&base64(format!("{user}:{password}").as_bytes()))
        ));
        let config = format!("{{\"auths\":{{{}:{{{}}}}}}}", q(&server), entry.join(","));
        data.insert(".dockerconfigjson".into(), json!(base64(config.as_bytes())));
    } else if let Err(e) = ctx.with_world(|w| add_files(w, &mut data, &files)) {
        return done(fail(&mut ctx, &e));
    }
    done(finish(
        &mut ctx,
        &call,
        &name,
        "kubernetes.io/dockerconfigjson",
        data,
    ))
}
