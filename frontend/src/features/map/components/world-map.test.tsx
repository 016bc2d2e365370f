import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { countMissionsByCountry } from '../api/missions-at';
import { shadeFor } from '../utils/shading';
import { MapLegend, WorldMap } from './world-map';

const missions = [
  {
    id: 'unmik',
    deployments: [{ country: { code: 'XKX', name: 'Kosovo' }, from: '1999-06-10', to: null }],
  },
  {
    id: 'eulex',
    deployments: [
      { country: { code: 'XKX', name: 'Kosovo' }, from: '2008-02-16', to: null },
      { country: { code: 'XKX', name: 'Kosovo' }, from: '2010-01-01', to: null },
    ],
  },
  {
    id: 'minusma',
    deployments: [
      { country: { code: 'MLI', name: 'Mali' }, from: '2013-04-25', to: '2023-12-31' },
      { country: { code: 'NER', name: 'Niger' }, from: '2020-01-01', to: '2020-12-31' },
    ],
  },
];

describe('countMissionsByCountry', () => {
  it('counts distinct missions per country whose deployment spans the day', () => {
    expect(countMissionsByCountry(missions, '2015-07-01')).toEqual({ XKX: 2, MLI: 1 });
    expect(countMissionsByCountry(missions, '2005-07-01')).toEqual({ XKX: 1 });
  });
});

describe('WorldMap', () => {
  const counts = countMissionsByCountry(missions, '2015-07-01');

  it('shades countries by the number of missions', () => {
    render(<WorldMap counts={counts} onSelect={() => {}} />);
    const kosovo = screen.getByRole('link', { name: 'Kosovo: 2 missions' });
    expect(kosovo).toHaveAttribute('fill', shadeFor(2));
    expect(kosovo).toHaveAttribute('data-code', 'XKX');
    const mali = screen.getByRole('link', { name: 'Mali: 1 mission' });
    expect(mali).toHaveAttribute('fill', shadeFor(1));
    const france = screen.getByRole('link', { name: 'France: no missions' });
    expect(france).toHaveAttribute('fill', shadeFor(0));
    expect(shadeFor(0)).not.toBe(shadeFor(1));
    expect(shadeFor(1)).not.toBe(shadeFor(2));
  });

  it('has a labelled group of focusable countries', () => {
    render(<WorldMap counts={counts} onSelect={() => {}} label="Missions map" />);
    expect(screen.getByRole('group', { name: 'Missions map' })).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThan(150);
    expect(links.every((l) => l.getAttribute('tabindex') === '0')).toBe(true);
  });

  it('calls onSelect when Enter is pressed on a focused country', async () => {
    const onSelect = vi.fn();
    render(<WorldMap counts={counts} onSelect={onSelect} />);
    const mali = screen.getByRole('link', { name: /^Mali:/ });
    mali.focus();
    expect(mali).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('MLI', 'Mali');
  });

  it('calls onSelect on click', async () => {
    const onSelect = vi.fn();
    render(<WorldMap counts={{}} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('link', { name: /^Niger:/ }));
    expect(onSelect).toHaveBeenCalledWith('NER', 'Niger');
  });

  it('shows the name, code and count of a country pointed at, and hides it when the pointer leaves', () => {
    render(<WorldMap counts={counts} onSelect={() => {}} when="on 1 July 2015" />);
    const kosovo = screen.getByRole('link', { name: 'Kosovo: 2 missions' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    fireEvent.mouseMove(kosovo, { clientX: 500, clientY: 150 });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Kosovo XKX2 missions on 1 July 2015');
    fireEvent.mouseMove(screen.getByRole('link', { name: /^France:/ }), { clientX: 450, clientY: 140 });
    expect(screen.getByRole('tooltip')).toHaveTextContent('France FRAno missions on 1 July 2015');
    fireEvent.mouseLeave(screen.getByRole('group'));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows the tooltip of a country focused by keyboard; Escape hides it', async () => {
    render(<WorldMap counts={counts} onSelect={() => {}} />);
    act(() => screen.getByRole('link', { name: /^Mali:/ }).focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('Mali MLI1 mission');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^Mauritania MRT/);
  });
});

describe('MapLegend', () => {
  it.each([
    ['missions', 'Missions present on 1 July 2010 (missions per country)', ['0', '1', '2', '3', '4', '5+']],
    ['overlaps', 'Overlapping pairs of engagements on 1 July 2010 (pairs per country)', ['0', '1', '2–3', '4–7', '8–11', '12+']],
  ] as const)('titles the %s legend with what it measures, the day and the unit', (measure, title, items) => {
    const { container } = render(<MapLegend measure={measure} year={2010} />);
    expect(container.querySelector('.map-legend-title')).toHaveTextContent(title);
    const list = screen.getByRole('list', { name: /^Legend:/ });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(items);
  });
});
