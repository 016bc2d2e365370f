import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { MEASURE_INFO, shadeFor, type Measure } from '../utils/shading';
import { MapView } from './map-view';

const answers = {
  MissionsAt: {
    data: {
      missions: {
        totalCount: 1,
        edges: [{ node: { id: 'unmik', deployments: [{ country: { code: 'XKX' }, from: '1999-06-10', to: null }] } }],
      },
    },
  },
  CountrySummaries: {
    data: {
      countrySummaries: [
        { country: { code: 'XKX' }, missions: 4, engagements: 12, overlaps: 3, undated: 0 },
        { country: { code: 'MLI' }, missions: 1, engagements: 2, overlaps: 0, undated: 0 },
        { country: { code: 'AFG' }, missions: 0, engagements: 0, overlaps: 0, undated: 2567 },
      ],
    },
  },
};

function Harness() {
  const [measure, setMeasure] = useState<Measure>('missions');
  const [labels, setLabels] = useState(false);
  return (
    <MapView
      year={2010}
      measure={measure}
      labels={labels}
      onLabelsChange={setLabels}
      onYearChange={() => {}}
      onMeasureChange={setMeasure}
      onSelectCountry={() => {}}
    />
  );
}

describe('MapView', () => {
  it('shades by missions, then by engagements and overlapping pairs counted by the API', async () => {
    const fetch = mockFetchByOperation(answers);
    render(<Harness />);
    expect(await screen.findByRole('status')).toHaveTextContent('1 mission active on 2010-07-01.');
    expect(screen.getByRole('link', { name: 'Kosovo: 1 mission' })).toHaveAttribute('fill', shadeFor(1));

    await userEvent.selectOptions(screen.getByLabelText('Shade countries by'), 'engagements');
    const kosovo = await screen.findByRole('link', { name: 'Kosovo: 12 engagements' });
    expect(kosovo).toHaveAttribute('fill', shadeFor(12, MEASURE_INFO.engagements.steps));
    expect(screen.getByRole('status')).toHaveTextContent('14 engagements in 2 countries on 2010-07-01. 2567 records without dates left out.');
    expect(within(screen.getByRole('list', { name: 'Legend: engagements of actors' })).getAllByRole('listitem')).toHaveLength(6);

    await userEvent.selectOptions(screen.getByLabelText('Shade countries by'), 'overlaps');
    expect(await screen.findByRole('link', { name: 'Kosovo: 3 overlapping pairs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mali: no overlapping pairs' })).toHaveAttribute('fill', shadeFor(0));
    expect(operations(fetch).map((o) => o.name)).toContain('CountrySummaries');
    expect(operations(fetch).find((o) => o.name === 'CountrySummaries')?.variables).toEqual({ date: '2010-07-01', labels: false });

    // Pairs that share only a sector label, on request.
    await userEvent.click(screen.getByRole('checkbox', { name: /share only a sector label/ }));
    await screen.findByRole('link', { name: 'Kosovo: 3 overlapping pairs' });
    expect(operations(fetch).filter((o) => o.name === 'CountrySummaries').at(-1)?.variables).toEqual({ date: '2010-07-01', labels: true });
  });
});
