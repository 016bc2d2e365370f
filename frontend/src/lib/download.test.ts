import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from './download';

// jsdom has no object URLs: the test puts its own in and takes them out again.
const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  vi.useRealTimers();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

describe('download', () => {
  it('clicks a link to an object URL of the data with the file name, then revokes the URL', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:concord/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });

    download('concord-network-country-XKX-nodes.csv', 'id\r\n', 'text/csv;charset=utf-8');

    expect(clicked).toEqual([{ href: 'blob:concord/1', download: 'concord-network-country-XKX-nodes.csv' }]);
    expect(created[0].type).toBe('text/csv;charset=utf-8');
    expect(created[0].size).toBe(4);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:concord/1');
  });
});
