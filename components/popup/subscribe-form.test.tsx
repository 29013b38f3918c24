import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PACK_URL, subscribeProps, subscriptionPreview } from '@/tests/helpers/subscription-fixtures';
import type { SubscribeProps } from './pack-tasks';
import { SubscribeForm } from './subscribe-form';

afterEach(cleanup);

function setup(fields: Partial<SubscribeProps> = {}) {
  const subscribe = subscribeProps(fields);
  const { container } = render(<SubscribeForm subscribe={subscribe} />);
  const field = screen.getByLabelText('Pack address') as HTMLInputElement;
  const submit = (address: string) => {
    fireEvent.input(field, { target: { value: address } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
  };
  return { subscribe, container, field, submit };
}

describe('SubscribeForm', () => {
  it('labels the address field and describes it with its hint', () => {
    const { field } = setup();
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ');
    const hint = screen.getByText('An https address of a pack file');
    expect(described).toContain(hint.id);
    expect(screen.getByRole('heading', { name: 'Subscribe to a pack' })).toBeTruthy();
  });

  it('refuses a plain http address with a clear message, before asking anything', () => {
    const { subscribe, field, submit } = setup();
    submit('http://packs.example.org/peace.json');
    expect(subscribe.onPreview).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Only https addresses are accepted');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    submit('not an address');
    expect(screen.getByRole('alert').textContent).toContain('This is not a web address');
    expect(subscribe.onPreview).not.toHaveBeenCalled();
  });

  it('hands an https address over, without its fragment, and clears the refusal', () => {
    const { subscribe, field, submit } = setup();
    submit('ftp://packs.example.org/peace.json');
    submit(`  ${PACK_URL}#latest `);
    expect(subscribe.onPreview).toHaveBeenCalledExactlyOnceWith(PACK_URL);
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the shell’s error as text in the alert region, and holds Preview while busy', () => {
    setup({ error: 'Could not preview this pack: <b>404</b>', busy: true });
    expect(screen.getByRole('alert').textContent).toBe('Could not preview this pack: <b>404</b>');
    expect((screen.getByRole('button', { name: 'Preview' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the preview, and Subscribe sends the choices (none: every conflict keeps mine)', () => {
    const { subscribe } = setup({ preview: subscriptionPreview() });
    const region = screen.getByRole('region', { name: 'What subscribing changes' });
    fireEvent.click(within(region).getByRole('button', { name: 'Subscribe' }));
    expect(subscribe.onSubscribe).toHaveBeenCalledExactlyOnceWith({});
    fireEvent.click(within(region).getByRole('button', { name: 'Cancel' }));
    expect(subscribe.onCancel).toHaveBeenCalledOnce();
  });

  it('has no axe violations, with a refusal and a preview shown', async () => {
    const { container, submit } = setup({ preview: subscriptionPreview() });
    submit('http://example.org/');
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations).toEqual([]);
  });
});
