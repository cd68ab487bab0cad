import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLang } from '../i18n';
import { api, type CasesFilter, type FindingsFilter } from './endpoints';
import type { HouseholdView } from './types';

export type { HouseholdView, Member, ProgramSummary } from './types';

export const keys = {
  household: (id: string) => ['household', id] as const,
  records: (personId: string) => ['records', personId] as const,
  benefits: (id: string) => ['benefits', id] as const,
  cases: (q: CasesFilter) => ['cases', q] as const,
  case: (id: string) => ['case', id] as const,
  findings: (q: FindingsFilter) => ['findings', q] as const,
  evaluation: (id: string) => ['evaluation', id] as const,
  program: (id: string) => ['program', id] as const,
  programs: ['programs', 'all'] as const,
};

export function useHousehold(id: string) {
  return useQuery({ queryKey: keys.household(id), queryFn: () => api.household(id), enabled: Boolean(id) });
}

export function useBenefits(householdId: string) {
  return useQuery({ queryKey: keys.benefits(householdId), queryFn: () => api.benefits(householdId) });
}

/** The first 500 cases (a household's, say), most recently changed first. */
export function useCases(q: CasesFilter) {
  return useQuery({ queryKey: keys.cases(q), queryFn: async () => (await api.casePage(q)).cases });
}

/** Cases page after page (`fetchNextPage`), `size` at a time: a board column of a whole district. */
export function useCasePages(q: CasesFilter, size: number) {
  const pages = useInfiniteQuery({
    queryKey: [...keys.cases(q), 'pages', size],
    queryFn: ({ pageParam }) => api.casePage({ ...q, limit: size, after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const data = useMemo(() => pages.data?.pages.flatMap((p) => p.cases), [pages.data]);
  return { ...pages, data };
}

export function useCase(id: string) {
  return useQuery({ queryKey: keys.case(id), queryFn: () => api.case(id) });
}

/** The findings queue (open unless `status` says otherwise), page after page as `fetchNextPage` asks. */
export function useFindings(q: FindingsFilter) {
  const pages = useInfiniteQuery({
    queryKey: keys.findings(q),
    queryFn: ({ pageParam }) => api.findings({ ...q, status: q.status ?? 'open', after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const data = useMemo(() => pages.data?.pages.flatMap((p) => p.findings), [pages.data]);
  return { ...pages, data };
}

export function useEvaluation(id: string | undefined) {
  return useQuery({
    queryKey: keys.evaluation(id ?? ''),
    queryFn: () => api.evaluation(id!),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useProgram(id: string | undefined) {
  return useQuery({
    queryKey: keys.program(id ?? ''),
    queryFn: () => api.program(id!),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

/** The whole catalogue (summaries), cached: program names for every table. */
export function usePrograms() {
  return useQuery({ queryKey: keys.programs, queryFn: () => api.programs(), staleTime: 10 * 60_000 });
}

/** A program id as its name in the current language (the id while the catalogue loads or when unknown). */
export function useProgramName() {
  const { lang } = useLang();
  const programs = usePrograms();
  // One function while the catalogue and the language stay (tables' columns depend on it).
  return useMemo(() => {
    const byId = new Map((programs.data?.programs ?? []).map((p) => [p.id, p]));
    return (id: string) => {
      const name = byId.get(id)?.name;
      return name ? name[lang] || name.ko : id;
    };
  }, [programs.data, lang]);
}

/** Member names of a household by person id. */
export function personNames(
  household: HouseholdView | undefined,
): (personId: string | null | undefined) => string {
  const names = new Map((household?.members ?? []).map((m) => [m.personId, m.person.name]));
  return (id) => (id ? (names.get(id) ?? `${id.slice(0, 8)}…`) : '—');
}
