/**
 * Finds secrets in log output (issue 8: "no RRN, token or password in any log line"): full
 * resident registration numbers, bearer tokens and session tokens, passwords in JSON or as the
 * demo password. Findings name the line and the kind, never the secret itself.
 */

const RRN = /(?<![0-9A-Za-z.])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-?[1-8]\d{6}(?![0-9A-Za-z.])/;
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/-]{20,}=*/i;
const TOKEN_FIELD =
  /"(?:token|accessToken|access_token|refreshToken|sessionToken)"\s*:\s*"[A-Za-z0-9._~+/-]{20,}=*"/i;
const PASSWORD_FIELD = /"(?:password|passwd|pwd)"\s*:\s*"(?!\[redacted\])[^"]+"/i;

export interface LogFinding {
  line: number;
  kind: 'rrn' | 'bearer token' | 'token field' | 'password field' | 'known password';
}

export function scanLogText(text: string, knownPasswords: string[] = ['bokji-demo']): LogFinding[] {
  const out: LogFinding[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    // Terminal colour codes would split a number; strip them first.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
    if (RRN.test(line)) out.push({ line: i + 1, kind: 'rrn' });
    if (BEARER.test(line)) out.push({ line: i + 1, kind: 'bearer token' });
    if (TOKEN_FIELD.test(line)) out.push({ line: i + 1, kind: 'token field' });
    if (PASSWORD_FIELD.test(line)) out.push({ line: i + 1, kind: 'password field' });
    if (knownPasswords.some((p) => p && line.includes(p))) out.push({ line: i + 1, kind: 'known password' });
  }
  return out;
}
