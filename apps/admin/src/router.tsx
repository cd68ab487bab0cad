import { QueryClient } from '@tanstack/react-query';
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { ApiError } from './api/client';
import { session } from './auth/session';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './layout/NotFoundPage';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Retry what may pass later (a 5xx, or 429 when the rate limit bites); a 4xx answer stands.
      retry: (count, error) =>
        count < 2 && (!(error instanceof ApiError) || error.status >= 500 || error.status === 429),
      refetchOnWindowFocus: false,
    },
  },
});

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** Search params are optional strings; empty ones are dropped from the URL. */
function strings<K extends string>(...names: K[]) {
  return (s: Record<string, unknown>): { [P in K]?: string } => {
    const out: { [P in K]?: string } = {};
    for (const n of names) {
      const v = str(s[n]);
      if (v !== undefined) out[n] = v;
    }
    return out;
  };
}

const rootRoute = createRootRoute({ component: Outlet, notFoundComponent: NotFoundPage });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: strings('redirect'),
  component: lazyRouteComponent(() => import('./pages/LoginPage'), 'LoginPage'),
});

/** Everything but the login page needs a session. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ location }) => {
    if (!session.token()) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: AppLayout,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    const role = session.user()?.role;
    if (role === 'auditor') throw redirect({ to: '/access-log' });
    if (role === 'ministry' || role === 'agency') throw redirect({ to: '/programs' });
    throw redirect({ to: '/households' });
  },
});

const householdSearchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households',
  validateSearch: strings('name', 'birthDate'),
  component: lazyRouteComponent(() => import('./pages/HouseholdSearchPage'), 'HouseholdSearchPage'),
});

const householdRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households/$householdId',
  component: lazyRouteComponent(() => import('./pages/household/HouseholdPage'), 'HouseholdPage'),
});

const intakeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households/$householdId/intake',
  validateSearch: strings('programId', 'personId'),
  component: lazyRouteComponent(() => import('./pages/intake/IntakePage'), 'IntakePage'),
});

const casesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases',
  validateSearch: strings('stage', 'programId'),
  component: lazyRouteComponent(() => import('./pages/cases/CaseBoardPage'), 'CaseBoardPage'),
});

const caseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/$caseId',
  component: lazyRouteComponent(() => import('./pages/cases/CasePage'), 'CasePage'),
});

const findingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/findings',
  validateSearch: strings('kind', 'status', 'fidelity'),
  component: lazyRouteComponent(() => import('./pages/findings/FindingsPage'), 'FindingsPage'),
});

const discoveryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/discovery',
  validateSearch: strings('run', 'program'),
  component: lazyRouteComponent(() => import('./pages/discovery/DiscoveryPage'), 'DiscoveryPage'),
});

const programsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs',
  validateSearch: strings('q', 'ministry', 'lifeCycle', 'situation', 'fidelity'),
  component: lazyRouteComponent(() => import('./pages/programs/ProgramsPage'), 'ProgramsPage'),
});

const programRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/programs/$programId',
  component: lazyRouteComponent(() => import('./pages/programs/ProgramPage'), 'ProgramPage'),
});

const accessLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/access-log',
  validateSearch: strings('userId', 'personId', 'householdId', 'from', 'to'),
  component: lazyRouteComponent(() => import('./pages/audit/AccessLogPage'), 'AccessLogPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    householdSearchRoute,
    householdRoute,
    intakeRoute,
    casesRoute,
    caseRoute,
    findingsRoute,
    discoveryRoute,
    programsRoute,
    programRoute,
    accessLogRoute,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

/** A session that ends (logout, or a 401) returns to the login page. */
session.subscribe(() => {
  if (!session.token() && router.state.location.pathname !== '/login') {
    queryClient.clear();
    void router.navigate({ to: '/login' });
  }
});
