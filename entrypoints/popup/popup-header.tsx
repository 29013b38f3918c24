import { t } from '@/utils/i18n/t';

/** Props of {@link PopupHeader}. */
export interface PopupHeaderProps {
  /** Already a tab: the button to open one is not offered. */
  wide: boolean;
  onOpenInTab(): void;
}

/** The popup's title bar, with the way out to a full tab for long edits. */
export function PopupHeader({ wide, onOpenInTab }: PopupHeaderProps) {
  return (
    <header class="fl-header">
      <h1 class="fl-title">{t('ext_name')}</h1>
      {!wide && (
        <button type="button" class="fl-link-button" onClick={onOpenInTab}>
          {t('popup_open_in_tab')}
        </button>
      )}
    </header>
  );
}
