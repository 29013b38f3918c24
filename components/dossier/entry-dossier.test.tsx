import { cleanup, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dossierSource } from '@/tests/helpers/dossier-fixtures';
import { entryRefs } from '@/utils/dossier/dossier-source';
import type { EntryDraft } from '@/utils/store/save-draft';
import { EntryDossier } from './entry-dossier';

afterEach(cleanup);

const source = dossierSource();
const refs = entryRefs(source.entries);

function macronDraft(): EntryDraft {
  const entry = {
    ...source.entries[0]!,
    role: 'President of France',
    affiliation: 'starmer',
    aliases: [
      { text: 'Macron', caseSensitive: false, needsContext: false },
      { text: 'EM', caseSensitive: true, needsContext: true },
    ],
    links: [
      { url: 'https://en.wikipedia.org/wiki/Emmanuel_Macron', title: 'Wikipedia' },
      { url: 'javascript:alert(1)', title: 'Hostile' },
    ],
  };
  const stances = source.stances.filter((stance) => stance.actorId === 'macron');
  const facts = source.facts.filter((fact) => fact.entryIds.includes('macron'));
  return { entry, facts, stances };
}

function renderPage() {
  return render(
    <EntryDossier
      draft={macronDraft()}
      origin={{ packs: ['Starter pack'], edited: true }}
      refs={refs}
      editHref="/popup.html?view=tab#entry=macron"
    />,
  );
}

describe('EntryDossier', () => {
  it('gathers kind, role, origin, aliases with their options, safe links, stances and facts', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Emmanuel Macron');
    expect(screen.getByText(/President of France/).textContent).toContain('From: Starter pack (edited)');
    expect(screen.getByText('EM').textContent).toBe('EM (case-sensitive, needs context)');
    expect(screen.getByRole('link', { name: /Wikipedia/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Hostile/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'UN mission' }).getAttribute('href')).toBe('#entry=mission');
    expect(screen.getByText(/Supports/).parentElement?.textContent).toContain('(was: considers)');
    expect(screen.getByText(/Leaders met in London/).parentElement?.textContent).toContain(
      'About: Keir Starmer',
    );
  });

  it('leads to its timeline and its editor', () => {
    renderPage();
    expect(screen.getByRole('link', { name: 'Show on the timeline' }).getAttribute('href')).toBe(
      '#timeline?entry=macron',
    );
    expect(screen.getByRole('link', { name: 'Edit in the popup' }).getAttribute('href')).toBe(
      '/popup.html?view=tab#entry=macron',
    );
  });

  it('has no axe violations', async () => {
    const { container } = renderPage();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
