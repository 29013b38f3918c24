import { DOSSIER_WORDS } from '@/components/dossier/dossier-wording';
import { t } from '@/utils/i18n/t';

/** Props of {@link PopupHeader}. */
export interface PopupHeaderProps {
  /** Already a tab: the button to open one is not offered. */
  wide: boolean;
  onOpenInTab(): void;
  /** Opens the dossier (timeline, stance matrix, entry pages) in a tab. */
  onOpenDossier(): void;
}

/** The popup's title bar, with the ways out to a full tab for long edits and to the dossier. */
export function PopupHeader({ wide, onOpenInTab, onOpenDossier }: PopupHeaderProps) {
  return (
    <header class="fl-header">
      <h1 class="fl-title">{t('ext_name')}</h1>
      <span>
        <button type="button" class="fl-link-button" onClick={onOpenDossier}>
          {DOSSIER_WORDS.openDossier}
        </button>
        {!wide && (
          <button type="button" class="fl-link-button" onClick={onOpenInTab}>
            {t('popup_open_in_tab')}
          </button>
        )}
      </span>
    </header>
  );
}
