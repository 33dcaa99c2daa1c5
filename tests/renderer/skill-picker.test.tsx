// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { SkillPicker } from '../../src/renderer/src/components/SkillPicker';

afterEach(cleanup);

function Harness({ search, initial = [] }: { search: (q: string) => Promise<{ name: string; hint?: string }[]>; initial?: string[] }) {
  const [v, setV] = useState(initial);
  return (
    <>
      <SkillPicker label="Must-have skills" value={v} onChange={setV} search={search} />
      <output data-testid="value">{v.join('|')}</output>
    </>
  );
}

const chosen = () => screen.getByTestId('value').textContent;

describe('the skills type-ahead', () => {
  it('offers taxonomy skills for an alias, moves with the arrows and takes the highlighted one with Enter', async () => {
    const search = vi.fn(async (q: string) => (q === 'k8s' ? [{ name: 'Kubernetes', hint: '“k8s”' }, { name: 'Kubernetes operators' }] : []));
    render(<Harness search={search} />);
    const input = screen.getByRole('combobox', { name: 'Must-have skills' });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'k8s' } });
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Kubernetes“k8s”', 'Kubernetes operators']);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chosen()).toBe('Kubernetes');
    expect(search).toHaveBeenCalledWith('k8s');
  });

  it('keeps a skill the taxonomy does not know, typed and ended with Enter or a comma, never twice, and Backspace takes the last back', async () => {
    render(<Harness search={async () => []} initial={['Go']} />);
    const input = screen.getByRole('combobox', { name: 'Must-have skills' });
    fireEvent.change(input, { target: { value: 'Internal tooling' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'go,' } });
    expect(chosen()).toBe('Go|Internal tooling');
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(chosen()).toBe('Go');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Go' }));
    expect(chosen()).toBe('');
  });
});
