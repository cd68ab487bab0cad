import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { Session, unlabelledControls } from './harness';
import { ApiClient, type Fixture } from './setup';

export interface World {
  browser: Browser;
  baseUrl: string;
  fixture: Fixture;
  /** The case the intake journey opened, worked on by the later journeys. */
  caseId?: string;
}

/** A field's label, matched whole; Mantine appends " *" to required ones. */
function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

async function login(s: Session, username: string) {
  await s.page.goto(`${s.baseUrl}/`);
  await s.page.waitForURL(/\/login/);
  await s.page.getByLabel(label('사용자 ID')).fill(username);
  await s.page.getByLabel(label('비밀번호')).fill('bokji-demo');
  await s.page.getByRole('button', { name: '로그인' }).click();
  await s.page.getByTestId('current-user').waitFor();
}

async function assertLabelled(page: Page, where: string) {
  const missing = await unlabelledControls(page);
  assert.deepEqual(missing, [], `unlabelled controls on ${where}`);
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, name: string, option: string) {
  await page.getByRole('textbox', { name: label(name) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens a case action's dialog and sends it; waits for the success notice. */
async function act(page: Page, event: string) {
  await page.getByTestId('case-actions').getByRole('button', { name: event, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: `${event} 처리` }).click();
  await page.getByText(`${event} 처리되었습니다.`).first().waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

async function withSession(world: World, fn: (s: Session) => Promise<void>) {
  const s = await Session.open(world.browser, world.baseUrl);
  try {
    await fn(s);
    s.assertNoConsoleErrors();
  } catch (e) {
    await s.shot(`failed-${Date.now()}`).catch(() => undefined);
    throw e;
  } finally {
    await s.close();
  }
}

export function journeys(world: World) {
  const { fixture } = world;
  return [
    {
      name: 'login with the keyboard; role and jurisdiction shown; Korean by default, English on the switch',
      run: () =>
        withSession(world, async (s) => {
          const { page } = s;
          await page.goto(`${s.baseUrl}/cases`);
          await page.waitForURL(/\/login\?redirect=/);
          assert.equal(await page.getAttribute('html', 'lang'), 'ko');
          await assertLabelled(page, 'login');
          await s.shot('01-login');
          // Keyboard only: Tab to the user ID, type, Tab to the password, type, Enter.
          const onUsername = async () =>
            (await page.evaluate('document.activeElement?.getAttribute("autocomplete")')) === 'username';
          for (let i = 0; i < 12 && !(await onUsername()); i++) await page.keyboard.press('Tab');
          assert.ok(await onUsername(), 'Tab reaches the user ID');
          await page.keyboard.type('cw-jongno');
          await page.keyboard.press('Tab');
          await page.keyboard.type('bokji-demo');
          await page.keyboard.press('Enter');
          await page.waitForURL(/\/cases$/);
          const user = page.getByTestId('current-user');
          await user.getByText('주무관', { exact: true }).waitFor();
          await user.getByText('관할: 서울특별시 종로구 (11110)').waitFor();
          await page.getByRole('link', { name: '가구 찾기' }).waitFor();
          await s.shot('02-board-ko');
          await page.getByText('English', { exact: true }).click();
          await page.getByRole('link', { name: 'Find a household' }).waitFor();
          await user.getByText('Caseworker', { exact: true }).waitFor();
          await user.getByText('Jurisdiction: Jongno-gu, Seoul (11110)').waitFor();
          assert.equal(await page.getAttribute('html', 'lang'), 'en');
          await s.shot('03-board-en');
          await page.getByText('한국어', { exact: true }).click();
          await page.getByRole('link', { name: '가구 찾기' }).waitFor();
        }),
    },
    {
      name: 'find a household by name and by RRN; the 360° view with members, linked records by agency, life events',
      run: () =>
        withSession(world, async (s) => {
          const { page } = s;
          await login(s, 'cw-jongno');
          await page.getByRole('link', { name: '가구 찾기' }).click();
          await page.getByLabel(label('가구원 이름')).fill(fixture.main.name);
          await page.getByRole('button', { name: '검색', exact: true }).click();
          const results = page.getByTestId('household-results');
          await results.getByText('810405-2******', { exact: false }).waitFor();
          assert.ok(!(await page.content()).includes('2000001'), 'the full RRN never reaches the page');
          await assertLabelled(page, 'household search');
          await s.shot('04-search');
          // By RRN: sent in the body, never in the URL.
          await page.getByLabel(label('주민등록번호')).fill(fixture.main.rrn);
          await page.getByRole('button', { name: '조회' }).click();
          await page
            .getByTestId('rrn-result')
            .getByRole('link', { name: '서울특별시 종로구 시험로 1' })
            .waitFor();
          assert.ok(!page.url().includes('2000001'));
          await results.getByRole('link', { name: '가구 보기' }).first().click();
          await page.getByRole('heading', { name: `${fixture.main.name} 가구` }).waitFor();
          await page.getByTestId('members').getByText('가구주').waitFor();
          const agencies = page.getByTestId('record-agency');
          await agencies.filter({ hasText: '국세청' }).waitFor();
          await agencies.filter({ hasText: '금융기관' }).waitFor();
          await agencies.filter({ hasText: '국세청' }).getByRole('button').first().click();
          await page.getByText('1,172,221원').first().waitFor();
          await assertLabelled(page, 'household 360');
          await s.shot('05-household-360');
          // A life event: job loss of the head, with recommendations and their reasons.
          await choose(page, '사건', '실직');
          await choose(page, '대상 가구원', `${fixture.main.name} (가구주)`);
          await page.getByRole('button', { name: '기록하고 추천 받기' }).click();
          const recs = page.getByTestId('recommendations');
          await recs.getByText(/추천 서비스 \d+건/).waitFor();
          await recs.scrollIntoViewIfNeeded();
          await s.shot('06-life-event');
        }),
    },
    {
      name: 'intake: two programs at once, each form from its JSON Schema with field messages in Korean and English, submitted into the case machine',
      run: () =>
        withSession(world, async (s) => {
          const { page } = s;
          await login(s, 'cw-jongno');
          await page.goto(`${s.baseUrl}/households/${fixture.main.householdId}`);
          await page.getByRole('link', { name: '신청 접수' }).first().click();
          // Two programs at once: the livelihood benefit (household) and a medical-aid service (person).
          await page.getByLabel(label('서비스 검색')).fill('생계');
          await page.getByRole('button', { name: '생계급여 선택' }).click();
          await page.getByLabel(label('서비스 검색')).fill('선택의료급여기관');
          await page.getByRole('button', { name: '의료급여 선택의료급여기관제 선택' }).click();
          const livelihood = page.getByTestId('form-WLF00001132');
          const medical = page.getByTestId('form-WLF00003228');
          await livelihood.getByRole('heading', { name: '생계급여' }).waitFor();
          await medical.getByRole('heading', { name: '의료급여 선택의료급여기관제' }).waitFor();
          await page.getByRole('button', { name: '2개 서비스 한꺼번에 접수' }).click();
          await livelihood.getByText('필수 입력 항목입니다.').first().waitFor();
          await livelihood.getByText('동의해야 신청할 수 있습니다.').waitFor();
          await medical.getByText('필수 입력 항목입니다.').waitFor();
          await livelihood.getByLabel(label('급여 수령 계좌')).fill('12ab');
          await livelihood.getByLabel(label('급여 수령 계좌')).blur();
          await livelihood.getByText('형식이 올바르지 않습니다.').waitFor();
          await assertLabelled(page, 'intake');
          await livelihood.scrollIntoViewIfNeeded();
          await s.shot('07-intake-validation');
          // The same forms in English: labels from the schema's `label.en`, messages re-rendered.
          await page.getByText('English', { exact: true }).click();
          await livelihood.getByLabel(label('bank account for payments')).waitFor();
          await livelihood.getByText('This field is required.').first().waitFor();
          await livelihood.getByText('The format is not valid.').waitFor();
          await medical.getByText('Consent is required to apply.').waitFor();
          await s.shot('07b-intake-validation-en');
          await page.getByText('한국어', { exact: true }).click();
          await livelihood.getByText('형식이 올바르지 않습니다.').waitFor();
          await choose(page, '신청인 구분', '본인');
          await livelihood.getByLabel(label('급여 수령 계좌')).fill('110-123-456789');
          await livelihood.getByLabel(label('금융정보 등 제공 동의')).check();
          await choose(page, '신청 대상 가구원', `${fixture.main.name} (가구주, 1981-04-05)`);
          await medical.getByLabel(label('개인정보 수집·이용 및 제공 동의')).check();
          await page.getByRole('button', { name: '2개 서비스 한꺼번에 접수' }).click();
          const results = page.getByTestId('intake-results');
          await results
            .getByRole('listitem')
            .filter({ hasText: '의료급여 선택의료급여기관제' })
            .getByRole('link', { name: '사례 보기' })
            .waitFor();
          await s.shot('08a-intake-results');
          await results
            .getByRole('listitem')
            .filter({ hasText: '생계급여' })
            .getByRole('link', { name: '사례 보기' })
            .click();
          await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
          world.caseId = page.url().split('/').pop()!;
          await page.getByText('신청 접수됨').first().waitFor();
          await s.shot('08b-case-submitted');
        }),
    },
    {
      name: 'casework: investigate, record the evaluation (explanation tree), determine; a caseworker cannot approve',
      run: () =>
        withSession(world, async (s) => {
          const { page } = s;
          assert.ok(world.caseId, 'the intake journey opened a case');
          await login(s, 'cw-jongno');
          await page.goto(`${s.baseUrl}/cases/${world.caseId}`);
          await act(page, '조사 시작');
          await act(page, '자격 판정 기록');
          const tree = page.getByTestId('explanation-tree');
          await tree.getByText('월 820,555원', { exact: true }).waitFor();
          await tree.getByText('월 820,556원', { exact: true }).first().waitFor();
          await tree
            .getByText(/보건복지부고시 제2025-135호/)
            .first()
            .waitFor();
          await assertLabelled(page, 'case page');
          await s.shot('09-explanation');
          await act(page, '조사 완료');
          await act(page, '급여 결정안 작성');
          await page.getByText('결정 대기').first().waitFor();
          const actions = page.getByTestId('case-actions');
          assert.equal(
            await actions.getByRole('button', { name: '승인', exact: true }).count(),
            0,
            'no approval for a caseworker',
          );
          await s.shot('10-awaiting-decision');
        }),
    },
    {
      name: 'the supervisor finds the case on the board, approves it and prints the notice',
      run: () =>
        withSession(world, async (s) => {
          const { page } = s;
          await login(s, 'sv-jongno');
          await page.getByRole('link', { name: '사례 관리' }).click();
          const column = page.getByTestId('column-decision');
          await column.getByRole('link', { name: '생계급여' }).first().waitFor();
          await assertLabelled(page, 'case board');
          await s.shot('11-board-supervisor');
          await page.goto(`${s.baseUrl}/cases/${world.caseId}`);
          await act(page, '승인');
          await page.getByText('급여 지급 중').first().waitFor();
          await page.getByRole('button', { name: '결정 통지서' }).click();
          const frame = page.frameLocator('[data-testid=notice-frame]');
          await frame.getByText('사회보장급여 결정 통지서').waitFor();
          await frame.getByText('지원 결정').waitFor();
          await frame.getByText('생계급여').first().waitFor();
          // The print button prints the notice's own document (print() is stubbed: headless has no dialog).
          const handle = await page.locator('[data-testid=notice-frame]').elementHandle();
          const content = await handle!.contentFrame();
          await content!.evaluate('window.printed = false; window.print = () => { window.printed = true; }');
          await page.getByRole('button', { name: '인쇄' }).click();
          assert.equal(await content!.evaluate('window.printed'), true);
          await s.shot('12-notice');
        }),
    },
    {
      name: 'an exclusion conflict: determining a benefit the household already receives is refused and named',
      run: () =>
        withSession(world, async (s) => {
          const { page } = s;
          await login(s, 'cw-jongno');
          await page.goto(
            `${s.baseUrl}/households/${fixture.duplicate.householdId}/intake?programId=WLF00001132`,
          );
          await choose(page, '신청인 구분', '본인');
          await page.getByLabel(label('급여 수령 계좌')).fill('110-222-333333');
          await page.getByLabel(label('금융정보 등 제공 동의')).check();
          await page.getByRole('button', { name: '신청 접수', exact: true }).click();
          await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
          for (const e of ['조사 시작', '자격 판정 기록', '조사 완료']) await act(page, e);
          s.expectNetworkError(409);
          await page.getByTestId('case-actions').getByRole('button', { name: '급여 결정안 작성' }).click();
          await page.getByRole('dialog').getByRole('button', { name: '급여 결정안 작성 처리' }).click();
          const conflicts = page.getByTestId('conflicts');
          await conflicts.getByText(/생계급여 — 중복 수급 불가/).waitFor();
          await s.shot('13-conflict');
        }),
    },
    {
      name: 'findings: a re-investigation, the explanation diff, bulk confirmation of identical findings, a dismissal with reason',
      run: () =>
        withSession(world, async (s) => {
          const { page } = s;
          await login(s, 'sv-jongno');
          await page.getByRole('link', { name: '조사 결과 처리' }).click();
          await page.getByRole('button', { name: '확인조사 실행' }).click();
          await page.getByText('점검이 끝났습니다.').waitFor();
          await page.getByText('부적합 전환', { exact: true }).first().click();
          const table = page.getByTestId('findings');
          await table.getByRole('row').nth(2).waitFor();
          const boxes = table.getByRole('checkbox');
          assert.equal(await boxes.count(), 2, 'two no-longer-eligible findings');
          // Programs by name, whichever of the findings and the catalogue loaded first.
          assert.equal(await table.getByRole('cell', { name: '생계급여', exact: true }).count(), 2);
          // Each by its subject (대상자): 생계급여 is the household's, so its head stands for it.
          assert.equal(await table.getByRole('link', { name: / \(세대주\)$/ }).count(), 2);
          await boxes.nth(0).check();
          await boxes.nth(1).check();
          const panel = page.getByTestId('resolve-panel');
          await panel.getByText('같은 조사 결과 2건 일괄 처리').waitFor();
          await panel.getByTestId('finding-diff').getByText('소득인정액이 생계급여 선정기준 이하').waitFor();
          await assertLabelled(page, 'findings');
          await s.shot('14-findings-bulk');
          await panel.getByLabel(label('사유')).fill('소득 증가로 선정기준 초과 (국세청 자료)');
          await panel.getByRole('button', { name: '2건 모두 처리' }).click();
          await page.getByText('2건 처리되었습니다.').waitFor();
          await page.getByText('확정', { exact: true }).click();
          await table.getByText('급여 중지: 소득 증가로 선정기준 초과 (국세청 자료)').first().waitFor();
          assert.equal(await table.getByText('급여 중지: 소득 증가로').count(), 2);
          // The duplicate found at the blocked guarantee: dismissed with a reason.
          await page.getByText('미처리', { exact: true }).click();
          await page.getByText('중복 급여', { exact: true }).first().click();
          await table.getByRole('button', { name: '처리' }).first().click();
          await choose(page, '처리 방법', '해당 없음 (종결)');
          await panel.getByLabel(label('사유')).fill('타 부처 급여와 동일 건 확인, 신규 신청 철회 예정');
          await panel.getByRole('button', { name: '처리', exact: true }).click();
          await page.getByText('1건 처리되었습니다.').waitFor();
          await s.shot('15-findings-done');
          // The queue of programs whose rules come from a summary: no 생계급여 (a statute's) in it.
          await page.getByRole('radiogroup', { name: '유형' }).getByText('전체', { exact: true }).click();
          await page.getByText('확정', { exact: true }).click();
          await table.getByRole('cell', { name: '생계급여', exact: true }).first().waitFor();
          await page
            .getByRole('radiogroup', { name: '규칙 충실도' })
            .getByText('요약 수준', { exact: true })
            .click();
          await page.waitForURL(/fidelity=summary/);
          await table.getByRole('cell', { name: '생계급여', exact: true }).waitFor({ state: 'detached' });
        }),
    },
    {
      name: 'discovery: an administrator screens every household; a caseworker sees the leads of their region, why, and applies',
      run: async () => {
        let runId = '';
        await withSession(world, async (s) => {
          const { page } = s;
          await login(s, 'admin');
          await page.getByRole('link', { name: '복지 사각지대 발굴' }).click();
          await page.getByRole('button', { name: '전체 가구 일괄 조사 실행' }).click();
          await page.getByText('일괄 조사를 시작했습니다.').waitFor();
          // The run is followed until it is done (the embedded database screens in the API process).
          await page
            .getByTestId('screening-run')
            .getByText('완료', { exact: true })
            .waitFor({ timeout: 60_000 });
          await page.getByTestId('program-counts').locator('tbody tr').first().waitFor();
          await assertLabelled(page, 'discovery');
          await s.shot('20-discovery-programs');
          // Programs whose rules come from the statute alone, and back to all.
          const counts = page.getByTestId('program-counts');
          const summaries = counts.getByRole('cell', { name: '요약 수준', exact: true });
          assert.ok((await summaries.count()) > 0, 'summary-level programs among all');
          const fidelity = page.getByRole('radiogroup', { name: '규칙 충실도' });
          await fidelity.getByText('법령 수준', { exact: true }).click();
          await counts.getByRole('cell', { name: '법령 수준', exact: true }).first().waitFor();
          assert.equal(await summaries.count(), 0);
          await fidelity.getByText('전체', { exact: true }).click();
          await summaries.first().waitFor();
          runId = new URL(page.url()).searchParams.get('run') ?? '';
          // The administrator sees leads of every region, but no figures in the reason.
          await page.getByTestId('program-counts').locator('tbody tr').first().getByRole('button').click();
          await page.getByTestId('leads').getByRole('button', { name: '판정 근거' }).first().click();
          await page
            .getByRole('dialog')
            .getByText('주무관과 팀장만 볼 수 있습니다', { exact: false })
            .waitFor();
          await page.keyboard.press('Escape');
        });
        // A program with leads in the caseworker's region (the seeded population decides which).
        const api = await ApiClient.login(world.baseUrl, 'cw-jongno');
        const run = await api.call<{
          counts: { programId: string; eligible: number; name: { ko: string } | null }[];
        }>('GET', `/screening-runs/${runId}`);
        let programId = '';
        let programName = '';
        for (const c of run.counts.filter((x) => x.eligible > 0).sort((a, b) => b.eligible - a.eligible)) {
          const page = await api.call<{ items: unknown[] }>(
            'GET',
            `/screening-runs/${runId}/discoveries?programId=${c.programId}&limit=1`,
          );
          if (page.items.length) {
            programId = c.programId;
            programName = c.name?.ko ?? c.programId;
            break;
          }
        }
        assert.ok(programId, 'some program has leads in 종로구');
        await withSession(world, async (s) => {
          const { page } = s;
          await login(s, 'cw-jongno');
          await page.goto(`${s.baseUrl}/discovery?run=${runId}&program=${programId}`);
          const leads = page.getByTestId('leads');
          await leads.getByRole('button', { name: '판정 근거' }).first().waitFor();
          const regions = await leads.locator('tbody tr td:nth-child(3)').allTextContents();
          assert.ok(regions.length > 0, 'leads listed');
          assert.ok(
            regions.every((r) => r.includes('종로구')),
            `only the caseworker's region: ${regions.join(', ')}`,
          );
          await assertLabelled(page, 'discovery leads');
          await s.shot('21-discovery-leads');
          await leads.getByRole('button', { name: '판정 근거' }).first().click();
          const dialog = page.getByRole('dialog');
          await dialog.getByText('적합', { exact: true }).first().waitFor();
          await s.shot('22-discovery-why');
          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'hidden' });
          await leads.getByRole('link', { name: '신청 접수' }).first().click();
          await page.waitForURL(/\/intake\?programId=/);
          // The household's own page suggests the same program (발굴 추천).
          const householdId = new URL(page.url()).pathname.split('/')[2]!;
          await page.goto(`${s.baseUrl}/households/${householdId}`);
          const card = page.getByTestId('household-discoveries');
          await card.getByText(programName, { exact: false }).first().waitFor();
          await card.scrollIntoViewIfNeeded();
          await s.shot('23-household-discoveries');
        });
      },
    },
    {
      name: 'auditor: access-log search by household and period, and hash-chain verification',
      run: () =>
        withSession(world, async (s) => {
          const { page } = s;
          await login(s, 'auditor');
          await page.waitForURL(/\/access-log/);
          await page.getByLabel(label('가구 ID (UUID)')).fill(fixture.main.householdId);
          const today = new Date().toISOString().slice(0, 10);
          await page.getByLabel(label('시작일')).fill(today);
          await page.getByLabel(label('시작일')).press('Enter');
          await page.getByRole('button', { name: '검색', exact: true }).click();
          const log = page.getByTestId('access-log');
          await log.getByText('household.read').first().waitFor();
          await log.getByText('가구 조회·상담').first().waitFor();
          await page.getByRole('button', { name: '해시 체인 검증' }).click();
          await page.getByTestId('verify-result').getByText('해시 체인이 온전합니다').waitFor();
          await assertLabelled(page, 'access log');
          await s.shot('16-access-log');
        }),
    },
    {
      name: 'program catalogue: filter by situation and fidelity, a program with criteria in Korean and English and sourced parameters',
      run: () =>
        withSession(world, async (s) => {
          const { page } = s;
          await login(s, 'ministry-mohw');
          await page.waitForURL(/\/programs/);
          await choose(page, '가구 상황', '저소득');
          await page.getByText('법령 수준', { exact: true }).first().click();
          const table = page.getByTestId('programs');
          await table.getByRole('link', { name: '생계급여' }).waitFor();
          await assertLabelled(page, 'catalogue');
          await s.shot('17-catalogue');
          // The switch re-renders the table's cells, not only its headers: provision in English.
          await page.getByText('English', { exact: true }).click();
          await table.getByRole('cell', { name: 'cash', exact: true }).first().waitFor();
          assert.equal(await table.getByRole('cell', { name: '현금', exact: true }).count(), 0);
          await page.getByText('한국어', { exact: true }).click();
          await table.getByRole('cell', { name: '현금', exact: true }).first().waitFor();
          await table.getByRole('link', { name: '생계급여' }).click();
          await page.getByRole('heading', { name: '생계급여' }).waitFor();
          // The discovery journey's run: national figures for the program team, no leads to open.
          const figures = page.getByTestId('program-screening');
          await figures.getByText(/^적합 \d/).waitFor();
          assert.equal(await figures.getByRole('link', { name: '발굴 대상 보기' }).count(), 0);
          await page.getByText('선정기준 (한국어)').waitFor();
          await page.getByTestId('parameters').getByText('생계급여 선정기준 (기준 중위소득 32%)').waitFor();
          await s.shot('18-program-ko');
          await page.getByText('English', { exact: true }).click();
          await page.getByRole('heading', { name: 'NBLSS livelihood benefit' }).waitFor();
          await page
            .getByTestId('parameters')
            .getByText('livelihood benefit threshold (32% of median)')
            .waitFor();
          await s.shot('19-program-en');
        }),
    },
  ];
}
