// SPDX-License-Identifier: GPL-3.0-or-later
// Offline checks of terraform/*.tf (Terraform itself is not installable on the build machines):
//  - every file parses (hcl2json) and is formatted as `terraform fmt` would (hcl-tools);
//  - every var./local./resource/data/module reference is declared, and every variable is used;
//  - the security decisions hold: an encrypted private database whose password RDS keeps in
//    Secrets Manager, secrets reaching the task only through `secrets`, TLS 1.3 on the public
//    listener, HTTP only as a redirect, the database reachable from the tasks only.
// Usage: node terraform/tools/validate.mjs [--fix] [terraform dir]   (--fix rewrites the formatting)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "@cdktf/hcl2json";
import { format } from "@cdktf/hcl-tools";

const args = process.argv.slice(2);
const fix = args.includes("--fix");
const dir = args.find((a) => !a.startsWith("--")) ?? join(dirname(fileURLToPath(import.meta.url)), "..");
const problems = [];
const problem = (text) => problems.push(text);

const files = readdirSync(dir).filter((f) => f.endsWith(".tf")).sort();
if (files.length === 0) {
  problem(`no .tf files in ${dir}`);
}

const merged = { variable: {}, locals: {}, resource: {}, data: {}, output: {}, module: {} };
const strings = []; // every string value, with the file it came from
const collect = (value, file) => {
  if (typeof value === "string") {
    strings.push({ file, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((v) => collect(v, file));
  } else if (value && typeof value === "object") {
    Object.values(value).forEach((v) => collect(v, file));
  }
};

for (const file of files) {
  const text = readFileSync(join(dir, file), "utf8");
  let json;
  try {
    json = await parse(file, text);
  } catch (e) {
    problem(`${file}: does not parse: ${e.message ?? e}`);
    continue;
  }
  const formatted = await format(text);
  if (formatted !== text) {
    if (fix) {
      writeFileSync(join(dir, file), formatted);
    } else {
      problem(`${file}: not formatted (run: node terraform/tools/validate.mjs --fix, or terraform fmt)`);
    }
  }
  if (!text.startsWith("# SPDX-License-Identifier:")) {
    problem(`${file}: missing the SPDX line`);
  }
  for (const [name, blocks] of Object.entries(json.variable ?? {})) {
    if (merged.variable[name]) problem(`${file}: variable ${name} declared twice`);
    merged.variable[name] = blocks[0];
  }
  for (const block of json.locals ?? []) {
    for (const [name, value] of Object.entries(block)) merged.locals[name] = value;
  }
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const [name, blocks] of Object.entries(byName)) {
      merged.resource[`${type}.${name}`] = blocks[0];
    }
  }
  for (const [type, byName] of Object.entries(json.data ?? {})) {
    for (const [name, blocks] of Object.entries(byName)) merged.data[`${type}.${name}`] = blocks[0];
  }
  for (const [name, blocks] of Object.entries(json.output ?? {})) merged.output[name] = blocks[0];
  for (const [name, blocks] of Object.entries(json.module ?? {})) merged.module[name] = blocks[0];
  const { variable, ...rest } = json;
  collect(rest, file);
  collect(variable, file);
}

// The expressions of ${...} interpolations, with nested braces (jsonencode({...}) and friends).
const interpolations = (text) => {
  const out = [];
  for (let start = text.indexOf("${"); start !== -1; start = text.indexOf("${", start + 2)) {
    let depth = 0;
    let end = start + 1;
    for (; end < text.length; ++end) {
      if (text[end] === "{") depth++;
      else if (text[end] === "}" && --depth === 0) break;
    }
    out.push(text.slice(start + 2, end));
  }
  return out;
};

const used = new Set();
for (const { file, text } of strings) {
  for (const expr of interpolations(text)) {
    for (const r of expr.matchAll(/\b(var|local|data|module)\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*))?/g)) {
      const [, kind, a, b] = r;
      if (kind === "var") {
        used.add(a);
        if (!merged.variable[a]) problem(`${file}: var.${a} is not declared`);
      } else if (kind === "local") {
        if (!(a in merged.locals)) problem(`${file}: local.${a} is not declared`);
      } else if (kind === "data") {
        if (!merged.data[`${a}.${b}`]) problem(`${file}: data.${a}.${b} is not declared`);
      } else if (kind === "module") {
        if (!merged.module[a]) problem(`${file}: module.${a} is not declared`);
      }
    }
    for (const r of expr.matchAll(/(?<![\w.])((?:aws|random|tls)_[a-z0-9_]+)\.([A-Za-z_][\w-]*)/g)) {
      if (!merged.resource[`${r[1]}.${r[2]}`]) problem(`${file}: ${r[1]}.${r[2]} is not declared`);
    }
  }
}
for (const [name, v] of Object.entries(merged.variable)) {
  if (!used.has(name)) problem(`variable ${name} is never used`);
  if (!v.description) problem(`variable ${name} has no description`);
  if (/password|secret|token|key/i.test(name) && v.default !== undefined) {
    problem(`variable ${name} looks secret and must not have a default`);
  }
}
for (const [name, o] of Object.entries(merged.output)) {
  if (!o.description) problem(`output ${name} has no description`);
}

// Security decisions.
const resources = (type) => Object.entries(merged.resource).filter(([k]) => k.startsWith(`${type}.`));
for (const [key, db] of resources("aws_db_instance")) {
  if (db.storage_encrypted !== true) problem(`${key}: storage_encrypted must be true`);
  if (db.publicly_accessible !== false) problem(`${key}: publicly_accessible must be false`);
  if (db.deletion_protection !== true) problem(`${key}: deletion_protection must be true`);
  if (db.manage_master_user_password !== true) problem(`${key}: the password must be managed by RDS in Secrets Manager`);
  if ("password" in db) problem(`${key}: no password in the configuration`);
  if (!(db.backup_retention_period >= 7)) problem(`${key}: keep at least 7 days of backups`);
}
for (const [key, group] of resources("aws_db_parameter_group")) {
  const ssl = (group.parameter ?? []).find((p) => p.name === "rds.force_ssl");
  if (!ssl || String(ssl.value) !== "1") problem(`${key}: rds.force_ssl must be 1`);
}
for (const [key, rule] of resources("aws_vpc_security_group_ingress_rule")) {
  if (rule.cidr_ipv4 === "0.0.0.0/0" && ![80, 443].includes(rule.from_port)) {
    problem(`${key}: only 80 and 443 may be open to the internet`);
  }
  if (rule.from_port === 5432 && !rule.referenced_security_group_id) {
    problem(`${key}: PostgreSQL must only be reachable from the service's security group`);
  }
}
for (const [key, listener] of resources("aws_lb_listener")) {
  if (listener.protocol === "HTTPS" && !/TLS13/.test(listener.ssl_policy ?? "")) {
    problem(`${key}: the HTTPS listener needs a TLS 1.3 policy`);
  }
  if (listener.protocol === "HTTP" && listener.default_action?.[0]?.type !== "redirect") {
    problem(`${key}: plain HTTP may only redirect to HTTPS`);
  }
}
for (const [key, task] of resources("aws_ecs_task_definition")) {
  const definitions = task.container_definitions ?? "";
  if (/PASSWORD[^}]*value\s*=/.test(definitions)) problem(`${key}: a password in plain environment variables`);
  if (!/secrets\s*=/.test(definitions)) problem(`${key}: secrets must come from Secrets Manager/SSM via "secrets"`);
  if (!/readonlyRootFilesystem\s*=\s*true/.test(definitions)) problem(`${key}: use a read-only root file system`);
}
for (const [key, lb] of resources("aws_lb")) {
  if (lb.drop_invalid_header_fields !== true) problem(`${key}: drop_invalid_header_fields must be true`);
}
for (const [key, subnet] of resources("aws_subnet")) {
  if (subnet.map_public_ip_on_launch === true) problem(`${key}: no public IPs on launch`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`terraform: ${p}`);
  process.exit(1);
}
console.log(
  `terraform: ${files.length} files, ${Object.keys(merged.resource).length} resources, ` +
    `${Object.keys(merged.variable).length} variables: parsed, formatted, references and policies OK`,
);
