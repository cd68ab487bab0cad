import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cycle, LifeCycleTag, Provision, SituationTag } from '@bokji/core';
import { parse } from 'csv-parse/sync';
import { normaliseMinistry } from './ministries.js';

export interface CatalogueEntry {
  servId: string;
  name: string;
  /** 2026 ministry name (old labels normalised). */
  ministry: string;
  bureau: string;
  lifeCycle: LifeCycleTag[];
  situations: SituationTag[];
  themes: string[];
  cycle: Cycle;
  provision: Provision;
  onlineApplication: boolean;
  views: number;
  firstRegistered: string;
  contact: string;
  summary: string;
  url: string;
}

const lifeCycleTags: Record<string, LifeCycleTag> = {
  '임신 · 출산': 'pregnancy',
  영유아: 'infant',
  아동: 'child',
  청소년: 'teen',
  청년: 'youth',
  중장년: 'middleAge',
  노년: 'senior',
};
const situationTags: Record<string, SituationTag> = {
  저소득: 'lowIncome',
  장애인: 'disability',
  한부모·조손: 'singleParent',
  다자녀: 'multiChild',
  다문화·탈북민: 'multicultural',
  보훈대상자: 'veteran',
};
const cycles: Record<string, Cycle> = {
  주: 'weekly',
  월: 'monthly',
  분기: 'quarterly',
  반기: 'semiannual',
  년: 'annual',
  '1회성': 'once',
  수시: 'asNeeded',
  기타: 'other',
};
const provisions: [string, Provision][] = [
  ['현금대여', 'loan'],
  ['현금지급', 'cash'],
  ['지역화폐', 'cash'],
  ['바우처', 'voucher'],
  ['현물', 'inKind'],
  ['감면', 'reduction'],
  ['시설입소', 'facility'],
  ['프로그램/서비스', 'service'],
  ['자원봉사', 'service'],
];

const split = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The first (main) provision type of a catalogue row. */
export function provisionOf(label: string): Provision {
  const first = split(label)[0] ?? '';
  return provisions.find(([k]) => first.includes(k))?.[1] ?? 'other';
}

let cache: CatalogueEntry[] | undefined;

/** The 461 central services of the 2026 Bokjiro catalogue, with tags mapped to the platform's. */
export function loadCatalogue(): CatalogueEntry[] {
  if (cache) return cache;
  const file = join(dirname(fileURLToPath(import.meta.url)), '../data/bokjiro-central-services.csv');
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  cache = rows.map((r) => ({
    servId: r.servId!,
    name: r.servNm!,
    ministry: normaliseMinistry(r.jurMnofNm!),
    bureau: r.jurOrgNm ?? '',
    lifeCycle: split(r.lifeArray ?? '')
      .map((t) => lifeCycleTags[t]!)
      .filter(Boolean),
    situations: split(r.trgterIndvdlArray ?? '')
      .map((t) => situationTags[t]!)
      .filter(Boolean),
    themes: split(r.intrsThemaArray ?? ''),
    cycle: cycles[r.sprtCycNm ?? ''] ?? 'other',
    provision: provisionOf(r.srvPvsnNm ?? ''),
    onlineApplication: r.onapPsbltYn === 'Y',
    views: Number(r.inqNum ?? 0),
    firstRegistered: r.svcfrstRegTs ?? '',
    contact: r.rprsCtadr ?? '',
    summary: r.servDgst ?? '',
    url: r.servDtlLink ?? '',
  }));
  return cache;
}

export function catalogueEntry(servId: string): CatalogueEntry | undefined {
  return loadCatalogue().find((e) => e.servId === servId);
}

/** A Bokjiro service-detail record (`NationalWelfaredetailedV001`), as vendored in data/. */
export interface DetailRecord {
  servId: string;
  servNm: string;
  jurMnofNm: string;
  /** The year the record's content applies to (기준연도). */
  crtrYr: string;
  /** Where the copy was taken from (repository, path and commit). */
  mirror: string;
  /** 지원대상: who is covered. */
  tgtrDtlCn: string;
  /** 선정기준: selection criteria. */
  slctCritCn: string;
  /** 지원내용: the benefit. */
  alwServCn: string;
  baslaw: string[];
  basfrm: { name: string; url: string }[];
}

const detailDir = join(dirname(fileURLToPath(import.meta.url)), '../data/bokjiro-details-2026');

/** The vendored 2026 detail record of a service, if there is one (statutory programs have one). */
export function detailRecord(servId: string): DetailRecord | undefined {
  if (!/^WLF\d{8}$/.test(servId)) return undefined;
  const file = join(detailDir, `${servId}.json`);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as DetailRecord;
}
