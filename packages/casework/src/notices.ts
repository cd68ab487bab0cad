import { BokjiError, type Explanation, formatKrw, renderExplanation } from '@bokji/core';
import { schema } from '@bokji/db';
import { asc, eq } from 'drizzle-orm';
import { getCaseRow } from './cases.js';
import type { CaseworkDeps } from './deps.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const cycleKo: Record<string, string> = {
  monthly: '매월',
  annual: '매년',
  once: '1회',
  quarterly: '분기별',
  semiannual: '반기별',
  weekly: '매주',
  asNeeded: '필요 시',
  other: '',
};

/**
 * The printable decision notice (결정 통지서) of a case, as HTML in Korean with English beneath:
 * an approval states the program, amount, period, how it was computed and how to appeal; a
 * rejection lists the unmet criteria.
 */
export async function renderNotice(deps: CaseworkDeps, caseId: string): Promise<string> {
  const c = await getCaseRow(deps.db, caseId);
  const [decision] = await deps.db
    .select()
    .from(schema.decisions)
    .where(eq(schema.decisions.caseId, caseId))
    .orderBy(asc(schema.decisions.at));
  if (!decision || (decision.kind !== 'approve' && decision.kind !== 'reject')) {
    throw new BokjiError('conflict', 'this case has no decision yet, so there is no notice');
  }
  const program = deps.registry.get(c.programId)!;
  const ctx = (
    c.snapshot as {
      context: {
        evaluationIds: string[];
        amountKrw: number | null;
        startDate: string | null;
        endDate: string | null;
      };
    }
  ).context;
  const [evaluation] = ctx.evaluationIds[0]
    ? await deps.db.select().from(schema.evaluations).where(eq(schema.evaluations.id, ctx.evaluationIds[0]))
    : [];
  const explanation = evaluation?.explanation as Explanation | undefined;
  const benefit = evaluation?.benefit as {
    status?: string;
    lines?: { label: { ko: string; en: string }; value: number }[];
  } | null;
  const approved = decision.kind === 'approve';
  const lines = (lang: 'ko' | 'en') => (explanation ? renderExplanation(explanation, lang) : []);
  const unmet = (decision.reasons as { unmet?: { ko: string[]; en: string[] } }).unmet;
  const note = (decision.reasons as { note?: string | null }).note;
  const body = approved
    ? `<h2>지원 결정 <small>Approval</small></h2>
<table>
<tr><th>급여 <small>benefit</small></th><td>${esc(program.name.ko)} <small>${esc(program.name.en)}</small></td></tr>
<tr><th>지원 금액 <small>amount</small></th><td>${decision.amountKrw !== null ? `${cycleKo[program.cycle] ?? ''} ${formatKrw(decision.amountKrw)}` : esc(program.benefit.description.ko)}</td></tr>
<tr><th>지원 기간 <small>period</small></th><td>${esc(ctx.startDate ?? '')} ~ ${esc(ctx.endDate || '재조사 시까지 (until re-investigation)')}</td></tr>
</table>
<h3>산정 내역 <small>how it was computed</small></h3>
<ul>${(benefit?.lines ?? []).map((l) => `<li>${esc(l.label.ko)}: ${formatKrw(l.value)} <small>${esc(l.label.en)}</small></li>`).join('')}</ul>
<pre>${esc(lines('ko').join('\n'))}</pre>`
    : `<h2>지원 불가 결정 <small>Rejection</small></h2>
<p>${esc(program.name.ko)} <small>${esc(program.name.en)}</small>의 선정기준 중 다음을 충족하지 않습니다. <small>The following criteria are not met:</small></p>
<ul>${(unmet?.ko ?? []).map((l, i) => `<li>${esc(l)}<br><small>${esc(unmet?.en[i] ?? '')}</small></li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>결정 통지서 — ${esc(program.name.ko)}</title>
<style>body{font-family:'Noto Sans KR','Malgun Gothic',sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}
th{text-align:left;padding-right:1rem;vertical-align:top}small{color:#555}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}
@media print{body{margin:0}}</style></head>
<body>
<h1>사회보장급여 결정 통지서 <small>Notice of decision on a social security benefit</small></h1>
<p>사건번호 <small>case</small>: ${esc(c.id)}<br>결정일 <small>decided</small>: ${esc(decision.at.slice(0, 10))}</p>
${body}
${note ? `<p>비고 <small>note</small>: ${esc(note)}</p>` : ''}
<h3>이의신청 안내 <small>How to appeal</small></h3>
<p>이 결정에 이의가 있으면 「사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률」 제17조에 따라 결정을 안 날부터 법정 기간 안에 관할 시장·군수·구청장에게 서면으로 이의신청을 할 수 있습니다. 「행정심판법」에 따른 행정심판이나 「행정소송법」에 따른 행정소송도 제기할 수 있습니다.</p>
<p><small>If you disagree with this decision you may lodge a written objection with the head of your local government within the statutory period from learning of it (Social Security Benefits Act art. 17), or bring an administrative appeal or suit.</small></p>
<p>근거 <small>legal basis</small>: ${program.legalBasis.map((l) => esc(l.ko)).join(', ') || '—'}</p>
</body></html>`;
}
