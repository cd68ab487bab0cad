import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

/**
 * Contract checks against the DCI specifications vendored in `packages/dci/spec/`: the YAML is
 * loaded with `yaml`, every `$ref` is resolved in memory, and bodies are validated with Ajv and
 * ajv-formats. The specs' known defects are worked around here, explicitly, and listed in
 * `specDefects` (also in docs/dci.md); the files themselves are never edited.
 */
export const specDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../spec');

export type SpecName = 'social' | 'ibr' | 'authz' | 'jwks';
const files: Record<SpecName, string> = {
  social: 'social_api_v1.0.0.yaml',
  ibr: 'ibr_api_v1.0.0.yaml',
  authz: 'authz_core_api_v1.0.0.yaml',
  jwks: 'jwks_core_api_v1.0.0.yaml',
};

/** What `loadSpec` changed in memory, per spec (the workarounds actually applied). */
export const specDefects: Record<SpecName, string[]> = { social: [], ibr: [], authz: [], jwks: [] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function pointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => {
      if (!isObject(node) && !Array.isArray(node)) throw new Error(`unresolvable $ref ${ref}`);
      const next = (node as Json)[key];
      if (next === undefined) throw new Error(`unresolvable $ref ${ref}`);
      return next;
    }, doc);
}

/** Inlines every local `$ref` (siblings of a `$ref` are kept, as OpenAPI 3.1 would); refuses cycles. */
export function dereference(doc: Json): Json {
  const walk = (node: unknown, stack: string[]): unknown => {
    if (Array.isArray(node)) return node.map((x) => walk(x, stack));
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') {
      const ref = node.$ref;
      if (stack.includes(ref)) throw new Error(`cyclic $ref ${ref}`);
      const { $ref: _, ...siblings } = node;
      const target = walk(pointer(doc, ref), [...stack, ref]);
      const extra = walk(siblings, stack) as Json;
      return isObject(target) ? { ...target, ...extra } : target;
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, stack)]));
  };
  return walk(doc, []) as Json;
}

function workarounds(name: SpecName, doc: Json): Json {
  const note = (s: string) => {
    if (!specDefects[name].includes(s)) specDefects[name].push(s);
  };
  const info = doc.info as Json;
  if (info.version === undefined) {
    // social_api: `version: 1.0.0` is swallowed by the preceding `description: |-` block.
    info.version = '1.0.0';
    note('info.version is missing (folded into info.description); set to 1.0.0 in memory');
  }
  const components = doc.components as Json;
  if (isObject(components.securitySchemas) && !components.securitySchemes) {
    components.securitySchemes = components.securitySchemas;
    delete components.securitySchemas;
    note('components.securitySchemas (typo) read as securitySchemes');
  }
  const paths = doc.paths as Record<string, Json>;
  for (const [path, item] of Object.entries(paths)) {
    const responses = (item.post as Json | undefined)?.responses as Json | undefined;
    const dflt = responses?.default as Json | undefined;
    if (dflt && typeof dflt.$ref === 'string' && dflt.$ref.startsWith('#/components/schemas/')) {
      // A schema where a response object belongs; read it as the `message` of the usual reply envelope.
      responses!.default = {
        description: `reply envelope whose message is ${dflt.$ref.split('/').pop()}`,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                signature: { $ref: '#/components/schemas/MsgSignature' },
                header: { $ref: '#/components/schemas/MsgCallbackHeader_V1.0.0' },
                message: { $ref: dflt.$ref },
              },
              required: ['header'],
            },
          },
        },
      };
      note(
        `${path}: responses.default is a schema, not a response; read as { signature, header: MsgCallbackHeader, message: ${dflt.$ref.split('/').pop()} }`,
      );
    }
  }
  if (name === 'authz')
    note('/oauth2/client/token declares bearer security (a token to get a token); not enforced');
  if (name === 'jwks')
    note('JWK schema nests under JWKSResponse/components/schemas; resolved as a JSON pointer');
  if (name === 'social')
    note('TxnStatusResponse.txn_status.oneOf[0] points into an `example`; resolved as a JSON pointer');
  return doc;
}

const cache = new Map<SpecName, Json>();

/** The spec with workarounds applied and every `$ref` inlined. */
export function loadSpec(name: SpecName): Json {
  let doc = cache.get(name);
  if (!doc) {
    const raw = parse(readFileSync(join(specDir, files[name]), 'utf8')) as Json;
    doc = dereference(workarounds(name, raw));
    cache.set(name, doc);
  }
  return doc;
}

let ajv: Ajv | undefined;
function getAjv(): Ajv {
  if (!ajv) {
    // OpenAPI 3.0 schemas carry `example`, `x-*`, `format: int32`: not strict JSON Schema.
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
    addFormats(ajv);
    ajv.addFormat('binary', true);
  }
  return ajv;
}

const validators = new Map<string, ValidateFunction>();

function compile(key: string, schema: unknown): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    v = getAjv().compile(schema as object);
    validators.set(key, v);
  }
  return v;
}

function operation(spec: SpecName, path: string, method: string): Json {
  const doc = loadSpec(spec);
  const op = ((doc.paths as Json)[path] as Json | undefined)?.[method] as Json | undefined;
  if (!op) throw new Error(`${spec}: no operation ${method.toUpperCase()} ${path}`);
  return op;
}

const schemaOf = (content: unknown, type: string) =>
  ((isObject(content) ? content[type] : undefined) as Json | undefined)?.schema;

/** Errors of a response body against the spec's response for that status (or `default`); [] when valid. */
export function responseErrors(
  spec: SpecName,
  path: string,
  status: number,
  body: unknown,
  method = 'post',
): string[] {
  const responses = operation(spec, path, method).responses as Json;
  const response = (responses[String(status)] ?? responses.default) as Json | undefined;
  if (!response) return [`${spec} ${path}: the spec defines no response for status ${status}`];
  const schema = schemaOf(response.content, 'application/json');
  if (!schema) return [`${spec} ${path}: the response for status ${status} has no JSON schema`];
  const v = compile(`${spec} ${method} ${path} ${status in responses ? status : 'default'}`, schema);
  return v(body)
    ? []
    : (v.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Errors of a request body against the spec's request schema; [] when valid. */
export function requestErrors(
  spec: SpecName,
  path: string,
  body: unknown,
  type = 'application/json',
): string[] {
  const schema = schemaOf((operation(spec, path, 'post').requestBody as Json).content, type);
  if (!schema) return [`${spec} ${path}: no ${type} request schema`];
  const v = compile(`${spec} post ${path} request ${type}`, schema);
  return v(body)
    ? []
    : (v.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Errors of a value against a named component schema. */
export function schemaErrors(spec: SpecName, name: string, body: unknown): string[] {
  const schema = ((loadSpec(spec).components as Json).schemas as Json)[name];
  if (!schema) return [`${spec}: no schema ${name}`];
  const v = compile(`${spec} schema ${name}`, schema);
  return v(body)
    ? []
    : (v.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Errors of a body against a named component response (e.g. `HttpErrorResponse`). */
export function componentResponseErrors(spec: SpecName, name: string, body: unknown): string[] {
  const response = ((loadSpec(spec).components as Json).responses as Json)[name] as Json | undefined;
  const schema = schemaOf(response?.content, 'application/json');
  if (!schema) return [`${spec}: no response ${name}`];
  const v = compile(`${spec} response ${name}`, schema);
  return v(body)
    ? []
    : (v.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** The paths a spec defines. */
export const specPaths = (spec: SpecName) => Object.keys(loadSpec(spec).paths as Json);
