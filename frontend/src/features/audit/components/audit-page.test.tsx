import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSessionForTests, setSession } from '@/lib/session';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { courtSupport, maliJustice2020, maliOverlaps, policeTraining, regionalDialogue, ukTotals } from '../testing/fixtures';
import { ALL_YEARS } from '../utils/audit-year';
import { downloadCsv } from '@/lib/download';
import { AuditPage } from './audit-page';

// The browser's file download is not there in the test environment; what would be saved is checked instead.
vi.mock('@/lib/download', async (original) => ({ ...(await original<object>()), downloadCsv: vi.fn() }));

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

function signIn(roles: string[], org: { id: string; name: string } | null) {
  setSession({ accessToken: 't', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', account: { email: 'x@example.org', roles, org } });
}

const page = (activities = [courtSupport, policeTraining]) => ({
  data: { activities: { totalCount: activities.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: activities.map((node) => ({ node })) } },
});

function answers(activities = [courtSupport, policeTraining]) {
  return mockFetchByOperation({
    FundedActivities: page(activities),
    AuditFundingTotals: { data: { fundingTotals: ukTotals } },
    AuditOverlaps: (v) => ({
      data: {
        overlaps: {
          totalCount: v.country === 'MLI' ? maliOverlaps.length : 0,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: (v.country === 'MLI' ? maliOverlaps : []).map((node) => ({ node })),
        },
      },
    }),
    AuditFragmentation: (v) => ({
      data: {
        fragmentation: {
          ...maliJustice2020,
          year: v.year,
          country: v.country === 'MLI' ? { code: 'MLI', name: 'Mali' } : { code: 'NER', name: 'Niger' },
          function: v.function === 'JUSTICE' ? { code: 'JUSTICE', name: 'Justice' } : { code: 'POLICE', name: 'Police' },
        },
      },
    }),
  });
}

function renderPage(props: Partial<Parameters<typeof AuditPage>[0]> = {}) {
  const handlers = { onOrgChange: vi.fn(), onYearChange: vi.fn(), onFiltersChange: vi.fn(), onMinScoreChange: vi.fn() };
  render(
    <MemoryRouter>
      <AuditPage orgId={null} year={ALL_YEARS} {...handlers} {...props} />
    </MemoryRouter>,
  );
  return handlers;
}

describe('AuditPage', () => {
  it('asks anonymous visitors to sign in', () => {
    const fetch = answers();
    renderPage();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(fetch).not.toHaveBeenCalled();
  });

  it("audits a donor's own organisation: activities, its overlaps, fragmentation", async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    const fetch = answers();
    renderPage({ orgId: 'de' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Funding audit: United Kingdom');
    expect(screen.queryByRole('search')).toBeNull();

    const activities = await screen.findByRole('table', { name: /Activities funded by United Kingdom/ });
    const court = within(activities).getByRole('row', { name: /Court support/ });
    expect(court).toHaveTextContent('600 USD (2020)');
    expect(court).not.toHaveTextContent('300');

    const overlaps = await screen.findByRole('table', { name: /Overlaps involving United Kingdom/ });
    const rows = within(overlaps).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['0.80', '0.60', '0.50']);
    expect(rows[0]).toHaveTextContent('EU justice programme (activity)by EU');

    const fragmentation = await screen.findByRole('table', { name: /Funding concentration/ });
    const justice = within(fragmentation).getByRole('row', { name: /Justice/ });
    expect(justice).toHaveTextContent('0.556');
    expect(justice).toHaveTextContent('66.7% (600 USD)');

    const ops = operations(fetch);
    expect(ops.find((o) => o.name === 'FundedActivities')?.variables).toEqual({ funder: 'uk', after: null });
    expect(ops.filter((o) => o.name === 'AuditOverlaps').map((o) => o.variables.country).sort()).toEqual(['MLI', 'NER']);
    expect(ops.filter((o) => o.name === 'AuditFragmentation').map((o) => `${o.variables.country}/${o.variables.function}/${o.variables.year}`)).toEqual([
      'MLI/JUSTICE',
      'MLI/POLICE',
      'NER/POLICE',
    ].map((c) => `${c}/0`));
  });

  it('narrows to a year: the activities of the year, overlaps within it, and offers the portfolio years', async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    const fetch = answers();
    const { onYearChange } = renderPage({ year: 2020 });
    const activities = await screen.findByRole('table', { name: /Activities funded by United Kingdom in 2020/ });
    expect(within(activities).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('1 of the 2 activities United Kingdom funds ran or were funded by it in 2020.')).toBeInTheDocument();
    await screen.findByRole('table', { name: /Overlaps involving/ });
    expect(operations(fetch).find((o) => o.name === 'AuditOverlaps')?.variables).toMatchObject({
      country: 'MLI',
      actor: 'uk',
      from: '2020-01-01',
      to: '2020-12-31',
    });

    const year = screen.getByLabelText('Year');
    expect(within(year).getAllByRole('option').map((o) => o.textContent)).toContain('2019');
    await userEvent.selectOptions(year, 'All years');
    expect(onYearChange).toHaveBeenCalledWith(ALL_YEARS);
  });

  it('lets an administrator choose the organisation', async () => {
    signIn(['ADMIN'], null);
    mockFetchByOperation({
      AuditActorSearch: { data: { actors: { totalCount: 1, edges: [{ node: { id: 'de', name: 'Germany', acronym: null } }] } } },
    });
    const { onOrgChange } = renderPage();
    expect(screen.getByText('Choose an organisation to audit.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Organisation to audit'), 'germ');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.click(await screen.findByRole('button', { name: 'Germany' }));
    expect(onOrgChange).toHaveBeenCalledWith('de');
    expect(screen.getByLabelText('Organisation to audit')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Now auditing Germany.');
  });

  it('loads the name of the organisation in the address, and says when there is none', async () => {
    signIn(['OFFICER'], { id: 'eu', name: 'European Union' });
    mockFetchByOperation({
      AuditActor: (v) => ({ data: { actor: v.id === 'de' ? { id: 'de', name: 'Germany', acronym: null } : null } }),
      FundedActivities: page([]),
      AuditFundingTotals: { data: { fundingTotals: { ...ukTotals, activities: 0, fundings: 0, unknownAmounts: 0, total: [], byYear: [], byCountry: [], byFunction: [], byCountryFunction: [] } } },
    });
    renderPage({ orgId: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Funding audit: Germany' })).toBeInTheDocument();
    expect(await screen.findByText('No activity funded by Germany is recorded.')).toBeInTheDocument();
    expect(screen.getByText('No activities, so no overlaps to look for.')).toBeInTheDocument();
  });

  it('shows an error with a retry when the activities cannot be loaded', async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    mockFetchByOperation({
      FundedActivities: { errors: [{ message: 'the API is down', extensions: { code: 'UNAVAILABLE' } }] },
      AuditFundingTotals: { data: { fundingTotals: ukTotals } },
    });
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the activities funded: the API is down');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('downloads a table as CSV with formulas defused', async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    answers();
    renderPage();
    await screen.findByRole('table', { name: /Activities funded/ });
    await userEvent.click(screen.getByRole('button', { name: 'Download funded activities (CSV)' }));
    expect(downloadCsv).toHaveBeenCalledTimes(1);
    const [filename, csv] = vi.mocked(downloadCsv).mock.calls[0];
    expect(filename).toBe('funded-activities-uk-all-years.csv');
    expect(csv.split('\r\n')[0]).toMatch(/^Activity ID,Title,/);
    expect(csv).toContain(`act-2,"'=Police, ""training""",Mali; Niger`);
  });
  it('shows the totals the API added up, per currency, with a chart per year, currency, country and function', async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    const fetch = answers();
    renderPage({ year: 2021 });
    await screen.findByRole('table', { name: 'By year of funding' });
    expect(document.querySelector('.totals-headline')).toHaveTextContent(
      '3 activities funded in 2021: 1,500 EUR and 600 GBP (1 of 4 fundings have no amount you can see).',
    );
    const byYear = screen.getByRole('table', { name: 'By year of funding' });
    expect(within(byYear).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['2021', '2020', 'Year not recorded']);
    const byCurrency = screen.getByRole('table', { name: 'By currency' });
    expect(within(byCurrency).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['EUR1,500 EUR', 'GBP600 GBP']);
    const byCountry = screen.getByRole('table', { name: 'By country' });
    expect(within(byCountry).getByRole('row', { name: /No country \(regional or global\)/ })).toHaveTextContent('1,500 EUR');
    const byFunction = screen.getByRole('table', { name: 'By function' });
    // Two currencies in one row: two amounts, never their sum.
    expect(within(byFunction).getByRole('row', { name: /Justice/ })).toHaveTextContent('21,500 EUR600 GBP');
    expect(operations(fetch).find((o) => o.name === 'AuditFundingTotals')?.variables).toEqual({
      funder: 'uk',
      year: 2021,
      country: null,
      function: null,
    });
  });

  it('narrows everything to a country and a function, and asks the API for their totals', async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    const fetch = answers();
    const { onFiltersChange } = renderPage({ filters: { country: 'NER', function: null } });
    const activities = await screen.findByRole('table', { name: /Activities funded by United Kingdom in Niger/ });
    expect(within(activities).getAllByRole('row')).toHaveLength(2);
    await screen.findByRole('table', { name: /Funding concentration/ });
    const ops = operations(fetch);
    expect(ops.filter((o) => o.name === 'AuditFundingTotals').map((o) => o.variables.country)).toContain('NER');
    expect(ops.filter((o) => o.name === 'AuditOverlaps').map((o) => o.variables.country)).toEqual(['NER']);
    expect(ops.filter((o) => o.name === 'AuditFragmentation').map((o) => `${o.variables.country}/${o.variables.function}`)).toEqual(['NER/POLICE']);

    await userEvent.selectOptions(screen.getByLabelText('Function'), 'Justice (2)');
    expect(onFiltersChange).toHaveBeenCalledWith({ country: 'NER', function: 'JUSTICE' });
    await userEvent.click(screen.getByRole('button', { name: 'Clear country and function' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ country: null, function: null });
  });

  it('opens and closes each section from its heading', async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    answers();
    renderPage();
    const table = await screen.findByRole('table', { name: /Activities funded by/ });
    const toggle = screen.getByRole('button', { name: 'Activities funded' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(table).not.toBeVisible();
    await userEvent.click(toggle);
    expect(table).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent?.trim())).toEqual([
      '▾ Totals',
      '▾ Activities funded',
      '▾ Overlaps with others',
      '▾ Fragmentation by country and function',
    ]);
  });

  it('hides overlaps below the minimum score, which can be changed', async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    answers();
    const { onMinScoreChange } = renderPage({ minScore: 0.55 });
    const overlaps = await screen.findByRole('table', { name: /Overlaps involving United Kingdom scoring 0.55 or more/ });
    const rows = within(overlaps).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['0.80', '0.60']);
    expect(screen.getByText('2 of 3 pairs score 0.55 or more.')).toBeInTheDocument();
    const number = screen.getByLabelText('Minimum overlap score, as a number');
    fireEvent.change(number, { target: { value: '0.7' } });
    expect(onMinScoreChange).toHaveBeenLastCalledWith(0.7);
    expect(screen.getByLabelText('Minimum overlap score')).toHaveAttribute('type', 'range');
  });

  it('names every CSV button for what it downloads', async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    answers();
    renderPage();
    await screen.findByRole('table', { name: /Funding concentration/ });
    expect(screen.getAllByRole('button', { name: /CSV/ }).map((b) => b.textContent)).toEqual([
      'Download totals (CSV)',
      'Download funded activities (CSV)',
      'Download overlaps (CSV)',
      'Download fragmentation (CSV)',
    ]);
  });

  it('names IATI statuses, says where a regional activity works, and pages a long list', async () => {
    signIn(['DONOR'], { id: 'uk', name: 'United Kingdom' });
    const many = Array.from({ length: 23 }, (_, i) => ({ ...courtSupport, id: `act-${100 + i}`, title: `Court support ${i + 1}` }));
    answers([regionalDialogue, ...many]);
    renderPage();
    const table = await screen.findByRole('table', { name: /Activities funded by/ });
    const regional = within(table).getByRole('row', { name: /Regional dialogue/ });
    expect(regional).toHaveTextContent('Africa, regional');
    expect(regional).toHaveTextContent('Pipeline/identification');
    expect(within(table).getAllByRole('row', { name: /Court support/ })[0]).toHaveTextContent('Implementation');
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    const pages = screen.getByRole('navigation', { name: 'Pages of activities' });
    expect(pages).toHaveTextContent('1–20 of 24');
    await userEvent.click(within(pages).getByRole('button', { name: 'Next activities' }));
    expect(pages).toHaveTextContent('21–24 of 24');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });
});
